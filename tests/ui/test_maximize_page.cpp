// The Evaluate screen's "maximize" page: shown, it computes a grid with one maximizing input per
// channel of the default layer (LeNet conv2: 16 tiles), each above its starting noise, in the
// background while the event loop keeps running; the top test images arrive for every channel when
// the data set is installed; Cancel stops a run with the finished channels kept; changing the layer
// restarts the grid with that layer's channel count.
#include <QElapsedTimer>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardPaths>
#include <QToolButton>
#include <QtTest>

#include "ui/evaluate/evaluate_panel.h"
#include "ui/evaluate/maximize_page.h"

using namespace alexnet;
using namespace alexnet::ui;

namespace {

bool waitUntilIdle(const MaximizePage& page, int timeoutMs = 120000) {
  QElapsedTimer timer;
  timer.start();
  while (page.isBusy() && timer.elapsed() < timeoutMs) QTest::qWait(20);
  return !page.isBusy();
}

}  // namespace

class TestMaximizePage : public QObject {
  Q_OBJECT
 private slots:
  void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

  void theEvaluatePanelHasTheMaximizePage() {
    EvaluatePanel panel;
    QVERIFY(EvaluatePanel::pageNames().contains(QStringLiteral("maximize")));
    QVERIFY(qobject_cast<MaximizePage*>(panel.page(QStringLiteral("maximize"))));
    QVERIFY(!panel.isBusy());  // nothing runs until the page is shown
  }

  void showingThePageFillsTheGrid() {
    MaximizePage page;
    QCOMPARE(page.layer(), 3);  // LeNet conv2, 16 channels
    page.show();
    QVERIFY(page.isBusy());
    int ticks = 0;  // the event loop runs while channels compute
    QTimer timer;
    connect(&timer, &QTimer::timeout, [&ticks] { ++ticks; });
    timer.start(10);
    QVERIFY(waitUntilIdle(page));
    QVERIFY(ticks > 5);
    QCOMPARE(page.finishedChannels(), 16);
    QCOMPARE(page.findChildren<QToolButton*>(QRegularExpression(QStringLiteral("^maximizeTile"))).size(), 16);
    for (int c = 0; c < 16; ++c) {
      const MaximizedChannel* result = page.channel(c);
      QVERIFY(result);
      QCOMPARE(result->input.size(), QSize(28, 28));
      QVERIFY2(result->activation > result->startActivation, qPrintable(QString::number(c)));
    }
    if (page.topImages().error.isEmpty()) {  // Fashion-MNIST installed
      QCOMPARE(page.topImages().perChannel.size(), 16);
      QCOMPARE(page.topImages().examined, 10000);
      for (const auto& top : page.topImages().perChannel) QCOMPARE(top.size(), 6);
    }
  }

  // The tiles reflow to the visible width: at 1024 × 700 (the smallest layout) AlexNet's grid once kept
  // 8 columns and needed a horizontal scroll bar. Tiles stay in channel order, row by row.
  void theGridReflowsToTheVisibleWidth() {
    MaximizePage page;
    page.setSteps(5);
    page.resize(1400, 800);
    page.show();
    QVERIFY(waitUntilIdle(page));
    QCOMPARE(page.finishedChannels(), 16);
    QWidget* grid = page.findChild<QToolButton*>(QStringLiteral("maximizeTile0"))->parentWidget();
    QScrollArea* scroll = nullptr;  // the grid's
    for (QScrollArea* area : page.findChildren<QScrollArea*>())
      if (area->widget() == grid) scroll = area;
    QVERIFY(scroll);
    const auto columnsOf = [&page] {
      const int y = page.findChild<QToolButton*>(QStringLiteral("maximizeTile0"))->y();
      int columns = 0;
      for (int c = 0; c < 16; ++c)
        if (page.findChild<QToolButton*>(QStringLiteral("maximizeTile%1").arg(c))->y() == y) ++columns;
      return columns;
    };
    QCOMPARE(columnsOf(), 4);  // √16: a square grid when there is room
    page.resize(330, 800);
    QTRY_VERIFY(columnsOf() < 4);
    QTRY_VERIFY2(grid->width() <= scroll->viewport()->width(),
                 qPrintable(QStringLiteral("%1 > %2").arg(grid->width()).arg(scroll->viewport()->width())));
    QVERIFY(!scroll->horizontalScrollBar()->isVisible());
    const int columns = columnsOf();
    for (int c = 1; c < 16; ++c) {  // channel order: row c / columns, column c % columns
      const QToolButton* tile = page.findChild<QToolButton*>(QStringLiteral("maximizeTile%1").arg(c));
      const QToolButton* left = page.findChild<QToolButton*>(QStringLiteral("maximizeTile%1").arg(c - 1));
      if (c % columns == 0)
        QVERIFY(tile->y() > left->y());
      else
        QVERIFY(tile->x() > left->x() && tile->y() == left->y());
    }
    page.resize(1400, 800);
    QTRY_COMPARE(columnsOf(), 4);
  }

  void cancelKeepsTheFinishedChannelsAndALayerChangeRestarts() {
    MaximizePage page;
    page.setSteps(20000);  // ~0.3 s a channel: the cancel lands mid-grid even on a loaded machine (2,000 once did not)
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(page.finishedChannels() >= 1, 60000);
    page.cancel();
    QVERIFY(waitUntilIdle(page));
    QVERIFY(page.finishedChannels() >= 1);
    QVERIFY(page.finishedChannels() < 16);

    page.setSteps(50);
    page.setLayer(0);  // conv1: 6 channels
    QVERIFY(page.isBusy());
    QVERIFY(waitUntilIdle(page));
    QCOMPARE(page.finishedChannels(), 6);
  }
};

QTEST_MAIN(TestMaximizePage)
#include "test_maximize_page.moc"
