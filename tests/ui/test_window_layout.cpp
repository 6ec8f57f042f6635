// The window under long texts and small sizes (issue 18, Layout): no widget can force the window
// wider than a 1024-px screen (a long weights file name, side by side, several runs on the Training
// screen), the window goes down to 1024×700 with every control still usable, feature-map grids
// that do not fit scroll (AlexNet conv1's 96 maps), and headers elide with the full text as tooltip.
#include <QAbstractButton>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLayout>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSlider>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

#include "ui/elided_label.h"
#include "ui/inspect/feature_map_view.h"
#include "ui/inspect/inspect_panel.h"
#include "ui/inspect/inspect_session.h"
#include "ui/inspect/run_view.h"
#include "ui/inspect/stage_alignment.h"
#include "ui/inspect/stage_bar.h"
#include "ui/main_window.h"
#include "ui/training/training_panel.h"

using namespace alexnet;
using namespace alexnet::ui;

namespace {

constexpr int kScreenWidth = 1024;
constexpr int kScreenHeight = 700;

// A checkpoint under a file name far wider than any screen.
QString longNamedCopy(const QTemporaryDir& dir, const QString& source, const QString& suffix) {
  const QString path = dir.filePath(QStringLiteral("lenet_") + QString(160, QLatin1Char('x')) + suffix);
  QFile::remove(path);
  if (!QFile::copy(source, path)) return {};
  return path;
}

// Widgets (under `root`) whose minimum width (or height) is above `limit`: names the culprit when
// the test fails.
QStringList largestWidgets(QWidget* root, int limit, Qt::Orientation orientation = Qt::Horizontal) {
  QStringList found;
  for (QWidget* widget : root->findChildren<QWidget*>()) {
    if (widget->isHidden()) continue;  // pages of the tab widget count, though not shown
    const bool across = orientation == Qt::Horizontal;
    const int minimum = across ? qMax(widget->minimumSizeHint().width(), widget->minimumWidth())
                               : qMax(widget->minimumSizeHint().height(), widget->minimumHeight());
    if (minimum > limit)
      found << QStringLiteral("%1 (%2%3) min %4")
                   .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(),
                        qobject_cast<QLabel*>(widget)
                            ? QStringLiteral(" '%1'").arg(qobject_cast<QLabel*>(widget)->text().left(40))
                            : QString())
                   .arg(minimum);
  }
  return found;
}

bool waitIdle(const MainWindow& window) {
  return QTest::qWaitFor([&window] { return !window.isBusy(); }, 120000);
}

// Every visible button, slider and combo box of the current tab gets at least its minimum size
// (sliders: a usable 40 px); the failures name the control.
QStringList crampedControls(QWidget* page) {
  QStringList cramped;
  for (QWidget* widget : page->findChildren<QWidget*>()) {
    if (!widget->isVisibleTo(page) || widget->width() <= 0) continue;
    const bool slider = qobject_cast<QSlider*>(widget) != nullptr;
    if (!slider && !qobject_cast<QAbstractButton*>(widget) && !qobject_cast<QComboBox*>(widget)) continue;
    if (qobject_cast<QScrollBar*>(widget->parentWidget())) continue;
    const QSize need = slider ? QSize(40, widget->minimumSizeHint().height()) : widget->minimumSizeHint();
    if (widget->width() < need.width() || widget->height() < need.height())
      cramped << QStringLiteral("%1 '%2' (%3): %4×%5 < %6×%7")
                     .arg(QString::fromLatin1(widget->metaObject()->className()),
                          qobject_cast<QAbstractButton*>(widget) ? qobject_cast<QAbstractButton*>(widget)->text()
                                                                 : QString(),
                          widget->objectName())
                     .arg(widget->width())
                     .arg(widget->height())
                     .arg(need.width())
                     .arg(need.height());
  }
  return cramped;
}

}  // namespace

class TestWindowLayout : public QObject {
  Q_OBJECT
 private slots:
  void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

  void longTextsNeverWidenTheWindow() {
    QTemporaryDir dir;
    const QString checkpoint =
        longNamedCopy(dir, QStringLiteral(ALEXNET_TEST_DATA_DIR "/interop/lenet_pytorch.safetensors"),
                      QStringLiteral(".safetensors"));
    QVERIFY(!checkpoint.isEmpty());
    MainWindow window({.persistSettings = false});
    InspectPanel* inspect = window.inspectPanel();
    inspect->setModelKey(QStringLiteral("lenet"));
    inspect->useDefaultInput();
    inspect->loadCheckpoint(checkpoint);
    window.show();
    window.showTab(QStringLiteral("inspect"));
    QVERIFY(waitIdle(window));
    QVERIFY2(inspect->primaryView()->modelInfo().path == checkpoint, qPrintable(inspect->loadError()));
    inspect->goToStep(4);
    QVERIFY(waitIdle(window));
    inspect->setCompare(true);
    QTRY_VERIFY_WITH_TIMEOUT(
        !inspect->isBusy() && inspect->secondaryView()->session()->hasModel() && !inspect->stageBar()->stages().empty(),
        120000);
    for (const QString& log : {QStringLiteral("lenet_d2l.csv"), QStringLiteral("alexnet_slim_96.csv")}) {
      const QString copy = longNamedCopy(dir, QStringLiteral(ALEXNET_TEST_DATA_DIR "/../../docs/results/") + log,
                                         QStringLiteral("_") + log);
      QVERIFY(window.trainingPanel()->loadRunLog(copy));
    }
    for (const QString& tab : MainWindow::tabNames()) {
      window.showTab(tab);
      QTest::qWait(50);
      const int minimum = qMax(window.minimumSizeHint().width(), window.minimumWidth());
      QVERIFY2(minimum <= kScreenWidth, qPrintable(QStringLiteral("%1: minimum width %2; %3")
                                                       .arg(tab)
                                                       .arg(minimum)
                                                       .arg(largestWidgets(&window, 500).join(QStringLiteral("; ")))));
      QVERIFY2(window.layout()->minimumSize().width() <= kScreenWidth, qPrintable(tab));
      QVERIFY2(qMax(window.minimumSizeHint().height(), window.minimumHeight()) <= kScreenHeight,
               qPrintable(QStringLiteral("%1: minimum height %2; %3")
                              .arg(tab)
                              .arg(window.minimumSizeHint().height())
                              .arg(largestWidgets(&window, 400, Qt::Vertical).join(QStringLiteral("; ")))));
    }
    const QSize smallest = QSize(kScreenWidth, kScreenHeight).boundedTo(window.screen()->availableGeometry().size());
    QCOMPARE(window.minimumSize(), smallest);
    // The header names the file, elided, and the tooltip has it whole.
    auto* title = inspect->primaryView()->findChild<ElidedLabel*>(QStringLiteral("runTitle"));
    QVERIFY(title);
    QVERIFY(title->fullText().contains(QStringLiteral("xxxxxxxxxx")) ||
            title->toolTip().contains(QStringLiteral("xxxxxxxxxx")));
    QVERIFY(title->toolTip().contains(QFileInfo(checkpoint).fileName()));
    QVERIFY2(title->displayedText().contains(QChar(0x2026)), qPrintable(title->displayedText()));
    QVERIFY(title->fontMetrics().horizontalAdvance(title->displayedText()) <= title->contentsRect().width());
  }

  void sideBySideStartsAtTheCurrentStep() {
    MainWindow window({.persistSettings = false});
    InspectPanel* inspect = window.inspectPanel();
    inspect->setModelKey(QStringLiteral("lenet"));
    inspect->useDefaultInput();
    window.show();
    window.showTab(QStringLiteral("inspect"));
    QVERIFY(waitIdle(window));
    inspect->goToStep(4);
    QTRY_VERIFY_WITH_TIMEOUT(!inspect->isBusy() && inspect->primaryView()->cursor() == 4, 60000);
    inspect->setCompare(true);
    StageBar* bar = inspect->stageBar();
    QTRY_VERIFY_WITH_TIMEOUT(!inspect->isBusy() && !bar->stages().empty() &&
                                 inspect->secondaryView()->session()->lastSnapshot().output->numel() > 0,
                             120000);
    QVERIFY(bar->currentStage() > 0);  // not "0. input"
    const AlignedStage& stage = bar->stages()[std::size_t(bar->currentStage())];
    QCOMPARE(stage.cursor[0], 4);
    QCOMPARE(inspect->secondaryView()->cursor(), stage.cursor[1]);
    // Stepping on moves the stage shown with it.
    for (int row = 0; row < int(bar->stages().size()); ++row) {
      const AlignedStage& next = bar->stages()[std::size_t(row)];
      if (next.empty[0] || next.cursor[0] <= 4) continue;
      inspect->goToStep(next.cursor[0]);
      QTRY_VERIFY_WITH_TIMEOUT(!inspect->isBusy() && inspect->primaryView()->cursor() == next.cursor[0], 60000);
      QCOMPARE(bar->currentStage(), row);
      break;
    }
  }

  void featureMapsScrollWhenTheyDoNotFit() {
    MainWindow window({.persistSettings = false});
    InspectPanel* inspect = window.inspectPanel();
    inspect->setModelKey(QStringLiteral("alexnet"));
    inspect->useUntrained();  // d2l's AlexNet: conv1 has 96 maps of 54×54
    inspect->useDefaultInput();
    window.resize(kScreenWidth, kScreenHeight);
    window.show();
    window.showTab(QStringLiteral("inspect"));
    QVERIFY(waitIdle(window));
    inspect->goToStep(1);
    QTRY_VERIFY_WITH_TIMEOUT(!inspect->isBusy() && inspect->primaryView()->cursor() == 1, 120000);
    FeatureMapView* view = inspect->primaryView()->featureView();
    QTest::qWait(100);
    view->renderNow();
    QCOMPARE(view->grid().channels(), 96);
    auto* scroll = qobject_cast<QScrollArea*>(view->parentWidget() ? view->parentWidget()->parentWidget() : nullptr);
    QVERIFY2(scroll, "the feature maps sit in a scroll area");
    // Every tile is inside the scrolled content, and a scroll bar reaches what the viewport cannot show.
    const QRect last = view->grid().tileRect(95);
    QVERIFY(QRect(QPoint(0, 0), view->grid().image().size()).contains(last));
    QVERIFY(view->width() >= view->grid().image().width() && view->height() >= view->grid().image().height());
    const bool overflows = view->grid().image().height() > scroll->viewport()->height() ||
                           view->grid().image().width() > scroll->viewport()->width();
    QVERIFY(overflows);
    QTRY_VERIFY(scroll->verticalScrollBar()->isVisible() || scroll->horizontalScrollBar()->isVisible());
    scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
    scroll->horizontalScrollBar()->setValue(scroll->horizontalScrollBar()->maximum());
    const QRect shown(view->mapFrom(scroll->viewport(), QPoint(0, 0)), scroll->viewport()->size());
    QVERIFY2(shown.intersects(last), "the last map can be scrolled into view");
  }

  void everyControlUsableAtTheMinimumSize() {
    MainWindow window({.persistSettings = false});
    InspectPanel* inspect = window.inspectPanel();
    inspect->useDefaultInput();
    window.show();
    window.resize(kScreenWidth, kScreenHeight);
    QVERIFY(waitIdle(window));
    for (bool sideBySide : {false, true}) {
      inspect->setCompare(sideBySide);
      QVERIFY(waitIdle(window));
      for (const QString& tab : MainWindow::tabNames()) {
        window.showTab(tab);
        QTest::qWait(30);
        QCOMPARE(window.size(), QSize(kScreenWidth, kScreenHeight));
        const QStringList cramped = crampedControls(window.tabs()->currentWidget());
        QVERIFY2(cramped.isEmpty(), qPrintable(QStringLiteral("%1%2: %3")
                                                   .arg(tab, sideBySide ? QStringLiteral(" (side by side)") : QString(),
                                                        cramped.join(QStringLiteral("; ")))));
      }
    }
  }
};

QTEST_MAIN(TestWindowLayout)
#include "test_window_layout.moc"
