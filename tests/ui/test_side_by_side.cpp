// LeNet and AlexNet side by side on one image: the stage bar aligns their stages as the architecture
// diagram does (input, conv, pool, conv, pool, …, dense), every aligned row moves both columns to a
// layer of that stage with an output, and the explainers open by clicking in either column.
// With ALEXNET_UI_GRAB_DIR set, the window is saved as side_by_side.png.
#include <QApplication>
#include <QPainter>
#include <QStandardPaths>
#include <QtTest>

#include "ui/inspect/conv_explain_dialog.h"
#include "ui/inspect/explain_launcher.h"
#include "ui/inspect/fashion_samples.h"
#include "ui/inspect/feature_map_view.h"
#include "ui/inspect/input_panel.h"
#include "ui/inspect/inspect_panel.h"
#include "ui/inspect/inspect_session.h"
#include "ui/inspect/run_view.h"
#include "ui/inspect/stage_alignment.h"
#include "ui/inspect/stage_bar.h"
#include "ui/inspect/unit_explain_dialog.h"
#include "ui/main_window.h"

using namespace alexnet;
using namespace alexnet::ui;

namespace {

StageCategory categoryOfType(const QString& type) {
  if (type == QStringLiteral("Input")) return StageCategory::Input;
  if (type == QStringLiteral("Conv2d")) return StageCategory::Conv;
  if (type == QStringLiteral("MaxPool2d") || type == QStringLiteral("AvgPool2d")) return StageCategory::Pool;
  if (type == QStringLiteral("Linear")) return StageCategory::Dense;
  if (type == QStringLiteral("Flatten")) return StageCategory::Flatten;
  return StageCategory::Other;
}

QPoint centerOfTile(FeatureMapView* view) {
  const QPoint origin((view->width() - view->grid().image().width()) / 2,
                      (view->height() - view->grid().image().height()) / 2);
  return origin + view->grid().tileRect(0).center();
}

}  // namespace

class TestSideBySide : public QObject {
  Q_OBJECT
 private slots:
  void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

  void alignmentFollowsTheDiagram() {
    ModelConfig lenet;
    ModelConfig alexnet;
    alexnet.kind = ModelKind::AlexNet;
    const auto stages = alignStages(makeShapeReport(*buildModel(lenet)), makeShapeReport(*buildModel(alexnet)), false);
    // input, conv, pool, conv, pool, conv, conv, conv, pool, flatten, dense, dense, dense.
    QCOMPARE(int(stages.size()), 13);
    QCOMPARE(stages[0].category, StageCategory::Input);
    QCOMPARE(stages[0].cursor[0], 0);
    QCOMPARE(stages[1].layer[0], 0);  // LeNet conv1 beside AlexNet conv1
    QCOMPARE(stages[1].layer[1], 0);
    QCOMPARE(stages[4].layer[0], 5);  // LeNet pool2 beside AlexNet pool2
    QCOMPARE(stages[4].layer[1], 5);
    QVERIFY(stages[5].empty[0]);  // AlexNet conv3 faces empty space; LeNet stays at pool2
    QCOMPARE(stages[5].layer[0], 5);
    QCOMPARE(stages.back().layer[0], 11);
    QCOMPARE(stages.back().layer[1], 20);
    const auto activated =
        alignStages(makeShapeReport(*buildModel(lenet)), makeShapeReport(*buildModel(alexnet)), true);
    QCOMPARE(activated[1].layer[0], 1);    // Sigmoid
    QCOMPARE(activated[1].layer[1], 1);    // ReLU
    QCOMPARE(activated[10].layer[1], 15);  // fc1's ReLU, not its Dropout
  }

  void bothColumnsShowEveryAlignedStage() {
    MainWindow window({.persistSettings = false});
    InspectPanel* inspect = window.inspectPanel();
    inspect->setModelKey(QStringLiteral("lenet"));
    QImage image(60, 60, QImage::Format_RGB32);
    image.fill(Qt::black);
    {
      QPainter painter(&image);
      painter.setBrush(Qt::white);
      painter.drawEllipse(QRect(12, 8, 36, 44));
    }
    inspect->inputPanel()->setSourceImage(image, QStringLiteral("ellipse"));
    if (fashionTestCount() > 0) inspect->inputPanel()->useSample(0);  // an ankle boot
    inspect->loadCheckpoint(QStringLiteral(ALEXNET_TEST_DATA_DIR "/interop/lenet_pytorch.safetensors"));
    window.resize(1500, 900);
    window.show();
    window.showTab(QStringLiteral("inspect"));
    inspect->setCompare(true);
    RunView* left = inspect->primaryView();
    RunView* right = inspect->secondaryView();
    StageBar* bar = inspect->stageBar();
    QVERIFY(bar->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!inspect->isBusy() && left->session()->hasModel() && right->session()->hasModel() &&
                                 right->modelInfo().config.kind == ModelKind::AlexNet && !bar->stages().empty() &&
                                 right->session()->lastSnapshot().output->numel() > 0,
                             60000);
    QCOMPARE(left->modelInfo().config.kind, ModelKind::LeNet);
    int checked = 0;
    for (int row = 0; row < int(bar->stages().size()); ++row) {
      const AlignedStage& stage = bar->stages()[std::size_t(row)];
      bar->setStage(row);
      QTRY_VERIFY_WITH_TIMEOUT(
          left->cursor() == stage.cursor[0] && right->cursor() == stage.cursor[1] && !inspect->isBusy(), 60000);
      const StepSnapshot& a = left->session()->lastSnapshot();
      const StepSnapshot& b = right->session()->lastSnapshot();
      QVERIFY(a.output->numel() > 0);
      QVERIFY(b.output->numel() > 0);
      if (stage.empty[0] || stage.empty[1]) continue;
      QCOMPARE(categoryOfType(a.layerType), stage.category);
      QCOMPARE(categoryOfType(b.layerType), stage.category);
      ++checked;
    }
    QCOMPARE(checked, 9);  // input, conv, pool, conv, pool, flatten, three dense rows

    // Explainers in both columns: the pool stage (AvgPool2d | MaxPool2d), then conv1.
    for (auto [row, leftType, rightType] : {std::tuple{2, "AvgPool2d", "MaxPool2d"}}) {
      bar->setStage(row);
      QTRY_VERIFY_WITH_TIMEOUT(left->cursor() == 3 && right->cursor() == 3 && !inspect->isBusy(), 60000);
      for (auto [view, type] : {std::pair{left, leftType}, std::pair{right, rightType}}) {
        FeatureMapView* features = view->featureView();
        features->setEnlargedChannel(1);
        features->renderNow();
        QSignalSpy opened(view->explainLauncher(), &ExplainLauncher::dialogOpened);
        QTest::mouseClick(features, Qt::LeftButton, {}, centerOfTile(features));
        QVERIFY(opened.wait(20000));
        UnitExplainDialog* dialog = view->explainLauncher()->lastDialog();
        QCOMPARE(dialog->snapshot().layerType, QString::fromLatin1(type));
        QCOMPARE(dialog->explainedText(), dialog->layerText());
        dialog->close();
        features->setEnlargedChannel(-1);
      }
    }
    bar->setStage(1);
    QTRY_VERIFY_WITH_TIMEOUT(left->cursor() == 1 && right->cursor() == 1 && !inspect->isBusy(), 60000);
    for (RunView* view : {left, right}) {
      FeatureMapView* features = view->featureView();
      features->setEnlargedChannel(2);
      features->renderNow();
      QTest::mouseClick(features, Qt::LeftButton, {}, centerOfTile(features));
      auto* dialog = view->findChild<ConvExplainDialog*>();
      QVERIFY(dialog);
      QTRY_VERIFY_WITH_TIMEOUT(dialog->answered(), 30000);  // the worker computes the arithmetic
      QVERIFY2(dialog->hasExplanation(), qPrintable(dialog->error()));
      QVERIFY(std::abs(dialog->explanation().value - dialog->layerValue()) < 1e-4f);
      dialog->close();
      features->setEnlargedChannel(-1);
    }
    bar->setStage(4);
    QTRY_VERIFY_WITH_TIMEOUT(left->cursor() == 6 && right->cursor() == 6 && !inspect->isBusy(), 60000);
    if (qEnvironmentVariableIsSet("ALEXNET_UI_GRAB_DIR")) {
      QTest::qWait(100);
      window.grab().save(qEnvironmentVariable("ALEXNET_UI_GRAB_DIR") + QStringLiteral("/side_by_side.png"));
    }
  }
};

QTEST_MAIN(TestSideBySide)
#include "test_side_by_side.moc"
