// The Evaluate screen's confusion page: evaluation on a worker over a slice of the test set, two runs
// side by side, Cancel leaving a clear state, a clicked cell listing its images most confident first,
// and a clicked image opening on the Inspect screen with the run's weights.
#include <QCheckBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

#include "alexnet/core/io/weights_library.h"
#include "ui/evaluate/class_accuracy_bars.h"
#include "ui/evaluate/confusion_gallery.h"
#include "ui/evaluate/confusion_matrix_view.h"
#include "ui/evaluate/confusion_page.h"
#include "ui/evaluate/evaluate_panel.h"
#include "ui/inspect/fashion_samples.h"
#include "ui/inspect/input_panel.h"
#include "ui/inspect/inspect_panel.h"
#include "ui/main_window.h"

using namespace alexnet;
using namespace alexnet::ui;

namespace {

QString bundledPath(const std::string& id) {
  return QString::fromStdString(resolveWeights(id, defaultWeightsLibraryOptions()).path.string());
}

qint64 total(const QVector<QVector<qint64>>& counts) {
  qint64 sum = 0;
  for (const auto& row : counts)
    for (qint64 c : row) sum += c;
  return sum;
}

// The off-diagonal cell with the most images (the one a student clicks first).
QPoint largestMistake(const QVector<QVector<qint64>>& counts) {
  QPoint best(-1, -1);
  qint64 most = 0;
  for (int t = 0; t < counts.size(); ++t)
    for (int p = 0; p < counts[t].size(); ++p)
      if (t != p && counts[t][p] > most) {
        most = counts[t][p];
        best = QPoint(p, t);
      }
  return best;
}

}  // namespace

class TestConfusionPage : public QObject {
  Q_OBJECT
 private slots:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("AlexNetLabTest"));
    QCoreApplication::setApplicationName(QStringLiteral("test_confusion_page"));
  }

  void thePanelListsThePageFirst() {
    QCOMPARE(EvaluatePanel::pageNames().value(0), QStringLiteral("confusion"));
    EvaluatePanel panel;
    QVERIFY(qobject_cast<ConfusionPage*>(panel.page(QStringLiteral("confusion"))));
  }

  void defaultsAreLeNetAgainstAlexNet() {
    ConfusionPage page;
    QCOMPARE(page.weightsPath(0), bundledPath("lenet-d2l"));
    QCOMPARE(page.weightsPath(1), bundledPath("alexnet-224"));
    QVERIFY(page.isCompare());
    QVERIFY(!page.setWeights(0, QStringLiteral("no-such-weights")));
    QCOMPARE(page.weightsPath(0), bundledPath("lenet-d2l"));
  }

  void evaluatesTwoRunsOnASlice() {
    if (fashionTestCount() == 0) QSKIP("Fashion-MNIST is not installed (package dataset-fashion-mnist)");
    ConfusionPage page;
    page.setAutoStart(false);
    page.setLimit(120);
    page.resize(1300, 800);
    page.show();
    QVERIFY(!page.isBusy());
    page.start();
    QVERIFY(page.isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 120000);
    for (int run = 0; run < ConfusionPage::kRuns; ++run) {
      const ConfusionOutcome& outcome = page.outcome(run);
      QVERIFY2(outcome.complete(), qPrintable(outcome.error));
      QCOMPARE(total(outcome.confusion), qint64(120));
      QVERIFY(page.matrixView(run)->hasMatrix());
      for (int c = 0; c < 10; ++c) QCOMPARE(page.accuracyBars()->value(run, c), outcome.perClassAccuracy[c]);
    }
    QCOMPARE(page.outcome(0).modelName, QStringLiteral("LeNet"));
    QCOMPARE(page.outcome(1).modelName, QStringLiteral("AlexNet"));
    QCOMPARE(page.accuracyBars()->runCount(), 2);
    QVERIFY(page.gallery()->count() > 0);  // the largest mistake opens by itself
  }

  void evaluatesWhenFirstShownOnlyIfAsked() {
    if (fashionTestCount() == 0) QSKIP("Fashion-MNIST is not installed (package dataset-fashion-mnist)");
    ConfusionPage quiet;  // the default: a window built in a test computes nothing by itself
    quiet.show();
    QVERIFY(!quiet.isBusy());
    QVERIFY(!quiet.matrixView(0)->hasMatrix());
    ConfusionPage page;
    page.setAutoStart(true);
    page.setCompare(false);
    page.setLimit(50);
    page.show();
    QVERIFY(page.isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 60000);
    QCOMPARE(total(page.outcome(0).confusion), qint64(50));
    QVERIFY(!page.matrixView(1)->isVisible());
  }

  void cancelLeavesAClearState() {
    if (fashionTestCount() == 0) QSKIP("Fashion-MNIST is not installed (package dataset-fashion-mnist)");
    ConfusionPage page;
    page.setAutoStart(false);
    page.setWeights(0, QStringLiteral("alexnet-224"));  // slow enough to be caught mid-way
    page.setCompare(false);
    page.show();
    page.start();
    QTRY_VERIFY_WITH_TIMEOUT(page.progressBar()->value() > 0, 60000);
    // Mid-way: the status line names the network and counts the images; the bar's own text fits in it
    // (it once held "AlexNet, …: 1728 of 10000 images" in 160 pixels, cut off).
    QVERIFY2(page.statusText().contains(QStringLiteral(" of 10000 images")), qPrintable(page.statusText()));
    QVERIFY2(page.statusText().contains(QStringLiteral("AlexNet")), qPrintable(page.statusText()));
    QVERIFY2(page.progressBar()->fontMetrics().horizontalAdvance(page.progressBar()->text()) <
                 page.progressBar()->width(),
             qPrintable(page.progressBar()->text()));
    QVERIFY(page.cancelButton()->isEnabled());
    QTest::mouseClick(page.cancelButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 20000);
    QVERIFY(page.outcome(0).cancelled);
    QVERIFY(!page.matrixView(0)->hasMatrix());
    QVERIFY2(page.matrixView(0)->message().contains(QStringLiteral("Cancelled")),
             qPrintable(page.matrixView(0)->message()));
    QCOMPARE(page.gallery()->count(), 0);
    QCOMPARE(page.accuracyBars()->value(0, 0), -1.0);  // no bars
    QCOMPARE(page.progressBar()->value(), 0);
    QVERIFY(!page.cancelButton()->isEnabled());
    QVERIFY(page.statusText().contains(QStringLiteral("Cancelled")));
    // Nothing half-done is kept: the next evaluation starts afresh and completes.
    page.setLimit(64);
    page.start();
    QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 60000);
    QVERIFY(page.outcome(0).complete());
    QCOMPARE(total(page.outcome(0).confusion), qint64(64));
  }

  void aClickedCellListsItsImagesMostConfidentFirst() {
    if (fashionTestCount() == 0) QSKIP("Fashion-MNIST is not installed (package dataset-fashion-mnist)");
    ConfusionPage page;
    page.setAutoStart(false);
    page.setCompare(false);
    page.setLimit(1000);
    page.resize(1300, 800);
    page.show();
    page.start();
    QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 60000);
    const ConfusionOutcome& outcome = page.outcome(0);
    QVERIFY(outcome.complete());
    const QPoint cell = largestMistake(outcome.confusion);  // (predicted, true)
    QVERIFY(cell.x() >= 0);
    const int expected = static_cast<int>(outcome.confusion[cell.y()][cell.x()]);
    QVERIFY2(expected >= 2, "a 1000-image LeNet run makes more than one mistake of a kind");
    // The diagonal first (so the click below changes the gallery), then the mistake.
    ConfusionMatrixView* view = page.matrixView(0);
    QTest::mouseClick(view, Qt::LeftButton, {}, view->cellRect(3, 3).center());
    QCOMPARE(page.gallery()->count(), static_cast<int>(outcome.confusion[3][3]));
    QTest::mouseClick(view, Qt::LeftButton, {}, view->cellRect(cell.y(), cell.x()).center());
    QCOMPARE(view->selectedTrue(), cell.y());
    QCOMPARE(view->selectedPredicted(), cell.x());
    QCOMPARE(page.gallery()->count(), expected);
    float previous = 2.0f;
    for (int row = 0; row < expected; ++row) {
      const int index = page.gallery()->testIndexAt(row);
      const TestPrediction& item = outcome.predictions.items[static_cast<std::size_t>(index)];
      QCOMPARE(item.label, std::int64_t(cell.y()));
      QCOMPARE(item.predicted, std::int64_t(cell.x()));
      QVERIFY2(item.confidence <= previous, qPrintable(QStringLiteral("row %1").arg(row)));
      previous = item.confidence;
    }
  }

  void aClickedImageOpensInInspectWithTheRunsWeights() {
    if (fashionTestCount() == 0) QSKIP("Fashion-MNIST is not installed (package dataset-fashion-mnist)");
    MainWindow window({.persistSettings = false});
    auto* page = qobject_cast<ConfusionPage*>(window.evaluatePanel()->page(QStringLiteral("confusion")));
    QVERIFY(page);
    page->setAutoStart(false);
    page->setCompare(false);
    page->setLimit(300);
    QVERIFY(page->setWeights(0, QStringLiteral("alexnet-224")));
    window.resize(1400, 900);
    window.show();
    QVERIFY(window.showTab(QStringLiteral("confusion")));
    page->start();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 120000);
    QVERIFY(page->gallery()->count() > 0);
    QSignalSpy spy(page, &ConfusionPage::openInInspectRequested);
    QListWidget* list = page->gallery()->list();
    const int sample = page->gallery()->testIndexAt(0);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(0)).center());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toInt(), sample);
    QCOMPARE(spy.at(0).at(1).toString(), bundledPath("alexnet-224"));
    QCOMPARE(window.currentTabName(), QStringLiteral("inspect"));
    QCOMPARE(window.inspectPanel()->inputPanel()->sampleIndex(), sample);
    QCOMPARE(window.inspectPanel()->weightsPath(), bundledPath("alexnet-224"));
  }
};

QTEST_MAIN(TestConfusionPage)
#include "test_confusion_page.moc"
