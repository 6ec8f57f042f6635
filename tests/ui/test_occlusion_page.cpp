// Evaluate › Occlusion (issue 17): with the bundled LeNet the page computes the map on its worker
// (busy meanwhile, not after), shows the prediction and a map whose hover reports the square under
// the pointer; Cancel stops an AlexNet run at once and leaves no map. The saliency dialog's mode
// switch asks the worker for guided backpropagation, which equals the plain gradient for the
// ReLU-free LeNet.
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QStandardPaths>
#include <QtTest>

#include "alexnet/core/io/weights_library.h"
#include "ui/evaluate/evaluate_panel.h"
#include "ui/evaluate/occlusion_page.h"
#include "ui/evaluate/occlusion_view.h"
#include "ui/inspect/explainers.h"
#include "ui/inspect/inspect_panel.h"
#include "ui/inspect/inspect_session.h"
#include "ui/inspect/run_view.h"
#include "ui/inspect/saliency_dialog.h"
#include "ui/main_window.h"

using namespace alexnet;
using namespace alexnet::ui;

class TestOcclusionPage : public QObject {
  Q_OBJECT
 private slots:
  void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

  void panelListsThePage() {
    QVERIFY(EvaluatePanel::pageNames().contains(QStringLiteral("occlusion")));
    EvaluatePanel panel;
    QVERIFY(qobject_cast<OcclusionPage*>(panel.page(QStringLiteral("occlusion"))));
  }

  void lenetMapIsComputedOffTheGuiThreadAndHovered() {
    OcclusionPage page;
    page.resize(1000, 700);
    page.show();
    QVERIFY(page.setWeights(QStringLiteral("lenet-d2l")));
    page.setSample(3);
    QVERIFY(page.isBusy());  // the job runs on its own thread; nothing is drawn yet
    QVERIFY(!page.hasMap());
    QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy() && page.hasMap(), 60000);
    auto* summary = page.findChild<QLabel*>(QStringLiteral("occlusionSummary"));
    QVERIFY(summary);
    QVERIFY2(summary->text().contains(QStringLiteral("13×13 squares of 4 pixels")), qPrintable(summary->text()));
    auto* view = page.findChild<OcclusionView*>(QStringLiteral("occlusionView"));
    QVERIFY(view);
    int row = -1, col = -1;
    float drop = 0.0f;
    QVERIFY(view->dropAt(view->rect().center(), &row, &col, &drop));
    QVERIFY(row >= 5 && row <= 7 && col >= 5 && col <= 7);    // the middle of a 13×13 map
    QVERIFY(!view->dropAt(QPoint(1, 1), &row, &col, &drop));  // the margin is not on the map
    QSignalSpy hovered(view, &OcclusionView::hovered);
    QTest::mouseMove(view, view->rect().center());
    QTRY_VERIFY(!hovered.isEmpty());
    QVERIFY(hovered.last().at(0).toString().contains(QStringLiteral("p drops by")));
  }

  // The weights box is narrower than its descriptions (in Chinese it cut off before the accuracy):
  // its tooltip holds the whole description of the weights in use, and follows a change.
  void theWeightsBoxTooltipHoldsTheWholeDescription() {
    OcclusionPage page;
    page.resize(1000, 700);
    page.show();
    auto* weights = page.findChild<QComboBox*>(QStringLiteral("occlusionWeights"));
    QVERIFY(weights);
    QVERIFY(weights->count() >= 2);
    QVERIFY(page.setWeights(QStringLiteral("lenet-d2l")));
    QCOMPARE(weights->toolTip(), weights->currentText());
    QVERIFY(weights->toolTip().contains(QStringLiteral("LeNet")));
    const int other = weights->currentIndex() == 0 ? 1 : 0;
    weights->setCurrentIndex(other);
    QCOMPARE(weights->toolTip(), weights->itemText(other));
    QCOMPARE(weights->itemData(other, Qt::ToolTipRole).toString(), weights->itemText(other));
    page.cancel();
  }

  // After a file is opened the sample box names the file, not the test image it showed before; stepping
  // it goes back to the test images.
  void theSampleBoxNamesAnOpenedFile() {
    OcclusionPage page;
    page.resize(1000, 700);
    page.show();
    QVERIFY(page.setWeights(QStringLiteral("lenet-d2l")));
    page.setSample(3);
    auto* sample = page.findChild<QSpinBox*>(QStringLiteral("occlusionSample"));
    QVERIFY(sample);
    QVERIFY2(sample->text().endsWith(QStringLiteral(" 3")), qPrintable(sample->text()));
    page.openImage(QStringLiteral(ALEXNET_TEST_DATA_DIR "/../../docs/samples/ankle_boot.png"));
    QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy() && page.hasMap(), 60000);
    QCOMPARE(sample->text(), QStringLiteral("ankle_boot.png"));
    // A file that fails to load leaves the picture in use, and its name, in place.
    QTemporaryDir scratch;
    QFile bad(scratch.filePath(QStringLiteral("bad.png")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("not an image");
    bad.close();
    page.openImage(bad.fileName());
    QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 60000);
    QCOMPARE(sample->text(), QStringLiteral("ankle_boot.png"));
    auto* summary = page.findChild<QLabel*>(QStringLiteral("occlusionSummary"));
    QVERIFY2(summary && summary->text().contains(QStringLiteral("bad.png")), qPrintable(summary->text()));
    sample->stepUp();  // back to the test set, at image 0
    QCOMPARE(sample->value(), 0);
    QVERIFY2(sample->text().endsWith(QStringLiteral(" 0")), qPrintable(sample->text()));
    QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy() && page.hasMap(), 60000);
  }

  void cancelStopsAnAlexNetRun() {
    OcclusionPage page;
    QVERIFY(page.setWeights(QStringLiteral("alexnet-224")));
    page.setSample(0);
    QVERIFY(!page.isBusy());  // nothing runs before the page is on screen
    page.show();
    QVERIFY(page.isBusy());
    auto* cancel = page.findChild<QPushButton*>(QStringLiteral("occlusionCancel"));
    QVERIFY(cancel && cancel->isEnabled());
    cancel->click();
    QVERIFY(!page.isBusy());
    QTest::qWait(200);
    QVERIFY(!page.hasMap());
    QVERIFY(!cancel->isEnabled());
  }

  void saliencyModeSwitchAsksForGuidedBackprop() {
    const QString lenet =
        QString::fromStdString(resolveWeights("lenet-d2l", defaultWeightsLibraryOptions()).path.string());
    MainWindow window({.persistSettings = false});
    InspectPanel* inspect = window.inspectPanel();
    inspect->loadCheckpoint(lenet);
    inspect->useDefaultInput();
    window.show();
    RunView* run = inspect->primaryView();
    QTRY_VERIFY_WITH_TIMEOUT(run->session()->hasModel() && !inspect->isBusy(), 60000);
    inspect->goToStep(1000);
    QTRY_VERIFY_WITH_TIMEOUT(!inspect->isBusy(), 60000);
    QString error;
    auto* dialog = qobject_cast<SaliencyDialog*>(openExplainer(run, ExplainerKind::GuidedSaliency, {}, &error));
    QVERIFY2(dialog, qPrintable(error));
    auto* mode = dialog->findChild<QComboBox*>(QStringLiteral("saliencyModeChooser"));
    QVERIFY(mode);
    QCOMPARE(mode->currentIndex(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->hasResult() && dialog->saliency().guided && !dialog->isComputing(), 30000);
    const std::vector<float> guided = dialog->saliency().gradient.toVector();
    dialog->setGuided(false);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->hasResult() && !dialog->saliency().guided && !dialog->isComputing(), 30000);
    QCOMPARE(dialog->saliency().gradient.toVector(), guided);  // LeNet has no ReLU: the same map
    dialog->close();
  }
};

QTEST_MAIN(TestOcclusionPage)
#include "test_occlusion_page.moc"
