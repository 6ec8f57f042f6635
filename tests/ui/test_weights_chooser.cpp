// The GUI starts trained: Inspect opens with the bundled LeNet (header names it briefly, never a
// path), each model keeps its own choice across model switches, the choice survives a restart
// (settings), side by side opens the other network trained too, and "Untrained vs trained" puts the
// same network with random weights in the second column.
#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

#include "alexnet/core/io/weights_library.h"
#include "ui/inspect/input_panel.h"
#include "ui/inspect/inspect_panel.h"
#include "ui/inspect/inspect_session.h"
#include "ui/inspect/run_view.h"
#include "ui/inspect/weights_chooser.h"
#include "ui/main_window.h"

using namespace alexnet;
using namespace alexnet::ui;

namespace {

QString bundledPath(const std::string& id) {
  return QString::fromStdString(resolveWeights(id, defaultWeightsLibraryOptions()).path.string());
}

QImage testImage() {
  QImage image(64, 64, QImage::Format_Grayscale8);
  image.fill(20);
  for (int y = 16; y < 48; ++y)
    for (int x = 12; x < 52; ++x) image.setPixel(x, y, qRgb(220, 220, 220));
  return image;
}

}  // namespace

class TestWeightsChooser : public QObject {
  Q_OBJECT
 private slots:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("AlexNetLabTest"));  // QSettings needs one
    QCoreApplication::setApplicationName(QStringLiteral("test_weights_chooser"));
    QSettings().clear();
  }

  void inspectOpensWithTheBundledTrainedNetwork() {
    MainWindow window({.persistSettings = false});
    InspectPanel* inspect = window.inspectPanel();
    inspect->setModelKey(QStringLiteral("lenet"));
    inspect->inputPanel()->setSourceImage(testImage(), QStringLiteral("test"));
    RunView* run = inspect->primaryView();
    QTRY_VERIFY_WITH_TIMEOUT(!inspect->isBusy() && run->session()->hasModel(), 30000);
    QCOMPARE(inspect->weightsPath(), bundledPath("lenet-d2l"));
    QCOMPARE(run->modelInfo().path, bundledPath("lenet-d2l"));
    QCOMPARE(run->modelInfo().source, QStringLiteral("LeNet, d2l recipe, test acc 0.808"));
  }

  void eachModelKeepsItsChoiceAcrossSwitches() {
    MainWindow window({.persistSettings = false});
    InspectPanel* inspect = window.inspectPanel();
    inspect->setModelKey(QStringLiteral("lenet"));
    inspect->useUntrained();
    QCOMPARE(inspect->weightsPath(), QString());
    inspect->setModelKey(QStringLiteral("alexnet"));
    QCOMPARE(inspect->weightsPath(), bundledPath("alexnet-224"));  // AlexNet's own default: trained
    inspect->setModelKey(QStringLiteral("lenet"));
    QCOMPARE(inspect->weightsPath(), QString());  // LeNet's choice was kept, not reset to untrained or bundled
    QTRY_VERIFY_WITH_TIMEOUT(!inspect->isBusy() && inspect->primaryView()->session()->hasModel(), 30000);
    QVERIFY(inspect->primaryView()->modelInfo().path.isEmpty());
  }

  void theChoiceSurvivesARestart() {
    {
      MainWindow window({.persistSettings = true});
      window.inspectPanel()->setModelKey(QStringLiteral("lenet"));
      window.inspectPanel()->useUntrained();
    }
    {
      MainWindow window({.persistSettings = true});
      window.inspectPanel()->setModelKey(QStringLiteral("lenet"));
      QCOMPARE(window.inspectPanel()->weightsPath(), QString());
      window.inspectPanel()->weightsChooser()->choosePath(bundledPath("lenet-d2l"));
      emit window.inspectPanel()->weightsChooser()->activated(window.inspectPanel()->weightsChooser()->currentIndex());
    }
    MainWindow window({.persistSettings = true});
    window.inspectPanel()->setModelKey(QStringLiteral("lenet"));
    QCOMPARE(window.inspectPanel()->weightsPath(), bundledPath("lenet-d2l"));
    QSettings().clear();
  }

  void bothComparisonsOpenTrainedAndUntrainedAsAsked() {
    MainWindow window({.persistSettings = false});
    InspectPanel* inspect = window.inspectPanel();
    inspect->setModelKey(QStringLiteral("lenet"));
    inspect->inputPanel()->setSourceImage(testImage(), QStringLiteral("test"));
    inspect->setCompare(true);  // LeNet and AlexNet: the second column trained as well
    QTRY_VERIFY_WITH_TIMEOUT(!inspect->isBusy() && inspect->secondaryView()->session()->hasModel(), 60000);
    QCOMPARE(inspect->secondaryView()->modelInfo().path, bundledPath("alexnet-224"));
    inspect->setCompareUntrained(true);  // the same LeNet, untrained, on the right
    QVERIFY(inspect->isCompareUntrained() && inspect->isCompare());
    QTRY_VERIFY_WITH_TIMEOUT(
        !inspect->isBusy() && inspect->secondaryView()->modelInfo().config.kind == ModelKind::LeNet, 60000);
    QVERIFY(inspect->secondaryView()->modelInfo().path.isEmpty());
    QCOMPARE(inspect->primaryView()->modelInfo().path, bundledPath("lenet-d2l"));
    inspect->step();
    QTRY_COMPARE_WITH_TIMEOUT(inspect->secondaryView()->cursor(), 1, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(inspect->primaryView()->cursor(), 1, 30000);
    // Same layer, different weights: the kernels differ.
    const Tensor& trained = *inspect->primaryView()->session()->lastSnapshot().kernels;
    const Tensor& untrained = *inspect->secondaryView()->session()->lastSnapshot().kernels;
    QCOMPARE(trained.shape(), untrained.shape());
    QVERIFY(trained.toVector() != untrained.toVector());
  }
};

QTEST_MAIN(TestWeightsChooser)
#include "test_weights_chooser.moc"
