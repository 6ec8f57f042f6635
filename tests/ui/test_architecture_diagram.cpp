// The architecture diagram is drawn from the live models: one block per non-activation layer,
// labelled with the book label and output shape; stages aligned; a click selects the layer in the
// other panels; PNG and SVG export write files.
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include "alexnet/core/models/model_config.h"
#include "ui/architecture/architecture_panel.h"
#include "ui/architecture/architecture_scene.h"
#include "ui/architecture/architecture_view.h"
#include "ui/architecture/diagram_layout.h"
#include "ui/architecture/layer_block_item.h"
#include "ui/layer_selection.h"
#include "ui/model_catalog.h"
#include "ui/shapes/shapes_panel.h"

using namespace alexnet;
using namespace alexnet::ui;

namespace {
const ShapeReport& reportOf(ModelKind kind) {
  ModelConfig config;
  config.kind = kind;
  return cachedShapeReport(config);
}
bool isTag(const std::string& type) { return type == "ReLU" || type == "Sigmoid" || type == "Dropout"; }
}  // namespace

class TestArchitectureDiagram : public QObject {
  Q_OBJECT
 private slots:
  void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

  void blocksMatchTheModelLayers() {
    for (ModelKind kind : {ModelKind::LeNet, ModelKind::AlexNet, ModelKind::AlexNet2012}) {
      const ShapeReport& report = reportOf(kind);
      const std::vector<DiagramBlock> blocks = diagramBlocks(report);
      std::size_t mainLayers = 0, tags = 0;
      for (const LayerShapeRow& row : report.rows) (isTag(row.type) ? tags : mainLayers)++;
      QCOMPARE(blocks.size(), mainLayers + 1);  // + the input image
      std::size_t blockTags = 0;
      for (const DiagramBlock& block : blocks) {
        blockTags += block.tags.size();
        if (block.layer < 0) continue;
        const LayerShapeRow& row = report.rows.at(static_cast<std::size_t>(block.layer));
        QCOMPARE(block.title, QString::fromStdString(row.bookLabel));
        QCOMPARE(block.typeName, QString::fromStdString(row.type));
      }
      QCOMPARE(blockTags, tags);
      QVERIFY(blocks.back().isOutput);
    }
  }

  void alexNetLabelsAreTheBooks() {
    const std::vector<DiagramBlock> blocks = diagramBlocks(reportOf(ModelKind::AlexNet));
    QVERIFY(blocks[1].title.startsWith(QStringLiteral("11×11 Conv (96), stride 4")));
    QCOMPARE(blocks[1].shapeText, QStringLiteral("96×54×54"));
    QCOMPARE(blocks[1].tags.size(), std::size_t(1));
    QCOMPARE(blocks[1].tags[0].layer, 1);
    QCOMPARE(blocks[2].title, QStringLiteral("3×3 MaxPool, stride 2"));
    QStringList titles;
    for (const DiagramBlock& block : blocks) titles << block.title;
    QCOMPARE(titles.count(QStringLiteral("Dense (4096)")), 2);
    QCOMPARE(blocks.front().shapeText, QStringLiteral("1×224×224"));
  }

  void stagesAreAligned() {
    const auto lenet = diagramBlocks(reportOf(ModelKind::LeNet));
    const auto alexnet = diagramBlocks(reportOf(ModelKind::AlexNet));
    const auto rows = alignColumns(lenet, alexnet);
    int matched = 0;
    for (const auto& [l, r] : rows) {
      if (l < 0 || r < 0) continue;
      ++matched;
      QCOMPARE(int(lenet[std::size_t(l)].category), int(alexnet[std::size_t(r)].category));
    }
    QCOMPARE(matched, int(lenet.size()));  // every LeNet stage has an AlexNet partner
    QCOMPARE(rows.size(), alexnet.size());
    // LeNet's second pooling sits beside AlexNet's second pooling; AlexNet's conv×3 face gaps.
    QCOMPARE(rows[4], std::make_pair(4, 4));
    QCOMPARE(rows[5].first, -1);
    QCOMPARE(rows[7].first, -1);
  }

  void clickSelectsTheLayerEverywhere() {
    LayerSelection selection;
    ArchitecturePanel panel(&selection);
    ShapesPanel shapes(&selection);
    panel.resize(1000, 800);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.view()->setZoom(1.0);
    LayerBlockItem* target = nullptr;
    for (LayerBlockItem* block : panel.scene()->blocksOf(QStringLiteral("alexnet")))
      if (block->block().layer == 3) target = block;
    QVERIFY(target);
    panel.view()->centerOn(target);
    const QPoint at = panel.view()->mapFromScene(target->mapToScene(QPointF(40, 20)));
    QTest::mouseClick(panel.view()->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(selection.family(), QStringLiteral("alexnet"));
    QCOMPARE(selection.layer(), 3);
    QVERIFY(target->isLayerSelected());
    QCOMPARE(shapes.modelKey(), QStringLiteral("alexnet"));
    QCOMPARE(shapes.tableView()->currentIndex().row(), 3);
    // The stepper's position highlights the covering block (a ReLU tag lights its conv block).
    selection.setCurrentLayer(QStringLiteral("alexnet"), 4);
    QVERIFY(target->isHighlighted());
    selection.setCurrentLayer(QStringLiteral("alexnet"), 5);
    QVERIFY(!target->isHighlighted());
  }

  void exportsPngAndSvg() {
    LayerSelection selection;
    ArchitecturePanel panel(&selection);
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("d.png")), svg = dir.filePath(QStringLiteral("d.svg"));
    QCOMPARE(panel.exportTo(png), QString());
    QCOMPARE(panel.exportTo(svg), QString());
    QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 600);
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("<svg"));
    QVERIFY(text.contains("11×11 Conv (96), stride 4") || text.contains("11&#215;11 Conv (96), stride 4") ||
            text.contains("Conv (96)"));
    QVERIFY(!panel.exportTo(dir.filePath(QStringLiteral("missing/dir/x.png"))).isEmpty());
  }
};

QTEST_MAIN(TestArchitectureDiagram)
#include "test_architecture_diagram.moc"
