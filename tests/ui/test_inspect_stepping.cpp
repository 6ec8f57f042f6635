// Stepping LeNet on the Inspect screen: each step runs one layer on the worker thread and the
// feature view, the diagram highlight and the shape table follow; a diagram click jumps there;
// a corrupt image file shows an error and keeps the previous image.
#include <QPainter>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QPushButton>
#include <QtTest>

#include "alexnet/core/io/checkpoint.h"
#include "alexnet/core/layers/conv2d.h"
#include "alexnet/core/models/model_config.h"
#include "alexnet/core/models/model_presets.h"
#include "ui/architecture/architecture_panel.h"
#include "ui/architecture/architecture_scene.h"
#include "ui/architecture/layer_block_item.h"
#include "ui/inspect/feature_map_view.h"
#include "ui/inspect/input_panel.h"
#include "ui/inspect/inspect_panel.h"
#include "ui/inspect/inspect_session.h"
#include "ui/inspect/probability_bars.h"
#include "ui/inspect/run_view.h"
#include "ui/layer_selection.h"
#include "ui/main_window.h"
#include "ui/shapes/shapes_panel.h"

using namespace alexnet;
using namespace alexnet::ui;

namespace {

QImage testImage() {  // a light "shirt" on a dark background, 60×40 (not square, not 28×28)
  QImage image(60, 40, QImage::Format_RGB32);
  image.fill(QColor(20, 20, 30));
  QPainter painter(&image);
  painter.setBrush(QColor(230, 220, 210));
  painter.setPen(Qt::NoPen);
  painter.drawRect(20, 8, 20, 28);
  painter.drawRect(12, 8, 36, 8);
  return image;
}

LayerBlockItem* blockFor(MainWindow& window, const QString& family, int layer) {
  for (LayerBlockItem* block : window.architecturePanel()->scene()->blocksOf(family))
    if (block->covers(layer)) return block;
  return nullptr;
}

}  // namespace

class TestInspectStepping : public QObject {
  Q_OBJECT
 private slots:
  void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

  void steppingUpdatesEveryPanel() {
    MainWindow window({.persistSettings = false});
    InspectPanel* inspect = window.inspectPanel();
    inspect->setModelKey(QStringLiteral("lenet"));
    inspect->inputPanel()->setSourceImage(testImage(), QStringLiteral("test shirt"));
    window.show();
    RunView* run = inspect->primaryView();
    QTRY_VERIFY_WITH_TIMEOUT(!inspect->isBusy() && run->session()->hasModel(), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(run->featureView()->hasTensor(), 10000);
    QCOMPARE(run->cursor(), 0);
    QCOMPARE(run->layerCount(), 12);

    inspect->step();
    QTRY_COMPARE_WITH_TIMEOUT(run->cursor(), 1, 10000);
    run->featureView()->renderNow();
    QCOMPARE(run->featureView()->grid().channels(), 6);  // Conv2d(1, 6, 5, padding=2)
    QCOMPARE(run->featureView()->grid().mapHeight(), 28);
    QVERIFY(!run->featureView()->grid().image().isNull());
    QVERIFY(run->kernelView()->hasTensor());  // conv layers show their kernels
    QCOMPARE(window.selection()->currentFamily(), QStringLiteral("lenet"));
    QCOMPARE(window.selection()->currentLayer(), 0);
    QVERIFY(blockFor(window, QStringLiteral("lenet"), 0)->isHighlighted());
    QCOMPARE(window.shapesPanel()->tableView()->currentIndex().row(), 0);

    inspect->step();  // Sigmoid: still the first block (as its tag)
    inspect->step();  // AvgPool2d
    QTRY_COMPARE_WITH_TIMEOUT(run->cursor(), 3, 10000);
    QVERIFY(blockFor(window, QStringLiteral("lenet"), 2)->isHighlighted());
    QVERIFY(!blockFor(window, QStringLiteral("lenet"), 0)->isHighlighted());
    run->featureView()->renderNow();
    QCOMPARE(run->featureView()->grid().mapHeight(), 14);

    inspect->back();
    QTRY_COMPARE_WITH_TIMEOUT(run->cursor(), 2, 10000);
    QCOMPARE(window.selection()->currentLayer(), 1);

    inspect->runToEnd();
    QTRY_COMPARE_WITH_TIMEOUT(run->cursor(), 12, 10000);
    const std::vector<float>& probabilities = run->probabilityBars()->values();
    QCOMPARE(probabilities.size(), std::size_t(10));
    double sum = 0.0;
    for (float p : probabilities) sum += p;
    QVERIFY(std::abs(sum - 1.0) < 1e-4);
    run->featureView()->renderNow();
    QVERIFY(run->featureView()->grid().isDense());

    // A click on a diagram block (a selection from another panel) moves the stepper there.
    window.selection()->select(QStringLiteral("lenet"), 3);
    QTRY_COMPARE_WITH_TIMEOUT(run->cursor(), 4, 10000);
    run->featureView()->renderNow();
    QCOMPARE(run->featureView()->grid().channels(), 16);  // Conv2d(6, 16, 5)

    inspect->reset();
    QTRY_COMPARE_WITH_TIMEOUT(run->cursor(), 0, 10000);
  }

  void corruptImageKeepsThePreviousOne() {
    MainWindow window({.persistSettings = false});
    InspectPanel* inspect = window.inspectPanel();
    inspect->inputPanel()->setSourceImage(testImage(), QStringLiteral("test shirt"));
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("broken.png"));
    {
      QFile file(bad);
      QVERIFY(file.open(QIODevice::WriteOnly));
      file.write("\x89PNG\r\n\x1a\n this is not really a png");
    }
    QSignalSpy errors(inspect, &InspectPanel::errorOccurred);
    QSignalSpy finished(inspect->inputPanel(), &InputPanel::loadFinished);
    inspect->openImage(bad);  // decodes on a pool thread
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.takeFirst().at(0).toBool(), false);
    QCOMPARE(errors.count(), 1);
    QVERIFY(inspect->inputPanel()->lastError().contains(QStringLiteral("broken.png")));
    QCOMPARE(inspect->inputPanel()->description(), QStringLiteral("test shirt"));
    inspect->openImage(dir.filePath(QStringLiteral("missing.jpg")));
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.takeFirst().at(0).toBool(), false);
    QCOMPARE(inspect->inputPanel()->description(), QStringLiteral("test shirt"));
    // A good file replaces it and clears the error.
    const QString good = dir.filePath(QStringLiteral("good.png"));
    QVERIFY(testImage().save(good));
    inspect->openImage(good);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.takeFirst().at(0).toBool(), true);
    QCOMPARE(inspect->inputPanel()->description(), QStringLiteral("good.png"));
    QVERIFY(inspect->inputPanel()->lastError().isEmpty());
  }

  void checkpointChoosesTheModelAndItsWeights() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("slim.safetensors"));
    ModelConfig config;
    config.kind = ModelKind::AlexNet;
    config.widths = slimAlexNetWidths();
    config.inputSize = 96;
    config.seed = 7;
    auto model = buildModel(config);
    saveCheckpoint(path.toStdString(), *model, config);
    const Tensor& saved = dynamic_cast<const Conv2d&>(model->layer(0)).weight().value;  // (12, 1, 11, 11)

    MainWindow window({.persistSettings = false});
    InspectPanel* inspect = window.inspectPanel();
    inspect->setModelKey(QStringLiteral("lenet"));
    inspect->inputPanel()->setSourceImage(testImage(), QStringLiteral("test shirt"));
    RunView* run = inspect->primaryView();
    QTRY_VERIFY_WITH_TIMEOUT(!inspect->isBusy() && run->session()->hasModel(), 30000);
    inspect->loadCheckpoint(path);
    QTRY_VERIFY_WITH_TIMEOUT(!inspect->isBusy() && run->family() == QStringLiteral("alexnet"), 30000);
    QCOMPARE(inspect->modelKey(), QStringLiteral("alexnet-slim"));  // the checkpoint's metadata decided
    QCOMPARE(run->inputSide(), 96);
    QCOMPARE(inspect->weightsPath(), path);
    QVERIFY2(!run->modelInfo().source.contains(QLatin1Char('/')), qPrintable(run->modelInfo().source));  // never a path
    inspect->step();
    QTRY_COMPARE_WITH_TIMEOUT(run->cursor(), 1, 10000);
    const Tensor& kernels = *run->session()->lastSnapshot().kernels;
    QCOMPARE(kernels.shape(), saved.shape());
    QVERIFY(std::equal(saved.data(), saved.data() + saved.numel(), kernels.data()));

    // A broken checkpoint reports an error and keeps the loaded model.
    const QString broken = dir.filePath(QStringLiteral("broken.safetensors"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("\x10\0\0\0\0\0\0\0{not json}");
    file.close();
    QSignalSpy errors(inspect, &InspectPanel::errorOccurred);
    inspect->loadCheckpoint(broken);
    QTRY_VERIFY_WITH_TIMEOUT(!inspect->isBusy() && errors.count() >= 1, 30000);
    QVERIFY(errors.first().first().toString().contains(QStringLiteral("broken.safetensors")));
    // The error stays in the panel (not only a status-bar flash) until dismissed; the header and the
    // chooser still name the weights in use.
    QVERIFY2(inspect->loadError().contains(QStringLiteral("broken.safetensors")), qPrintable(inspect->loadError()));
    QCOMPARE(inspect->weightsPath(), path);
    QVERIFY2(!run->title().contains(QStringLiteral("Loading")), qPrintable(run->title()));  // not stuck
    QCOMPARE(run->title(), run->modelInfo().source);
    auto* dismiss = inspect->findChild<QPushButton*>(QStringLiteral("dismissLoadError"));
    QVERIFY(dismiss && dismiss->isVisibleTo(inspect));
    dismiss->click();
    QVERIFY(inspect->loadError().isEmpty());

    QCOMPARE(inspect->weightsPath(), path);
    QVERIFY2(!run->modelInfo().source.contains(QLatin1Char('/')), qPrintable(run->modelInfo().source));  // never a path
  }

  void sideBySideRunsBothNetworks() {
    MainWindow window({.persistSettings = false});
    InspectPanel* inspect = window.inspectPanel();
    inspect->setModelKey(QStringLiteral("lenet"));
    inspect->inputPanel()->setSourceImage(testImage(), QStringLiteral("test shirt"));
    inspect->setCompare(true);
    QTRY_VERIFY_WITH_TIMEOUT(!inspect->isBusy() && inspect->secondaryView()->session()->hasModel(), 60000);
    QCOMPARE(inspect->secondaryView()->family(), QStringLiteral("alexnet"));
    inspect->step();
    QTRY_COMPARE_WITH_TIMEOUT(inspect->secondaryView()->cursor(), 1, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(inspect->primaryView()->cursor(), 1, 30000);
    inspect->secondaryView()->featureView()->renderNow();
    // conv1's channels of the AlexNet shown (the bundled trained one: its widths, not d2l's 96).
    QCOMPARE(inspect->secondaryView()->featureView()->grid().channels(),
             static_cast<int>(inspect->secondaryView()->modelInfo().config.widths.values[0]));
  }
};

QTEST_MAIN(TestInspectStepping)
#include "test_inspect_stepping.moc"
