#pragma once
// MonkeyWatch — what the monkey test watches while it walks:
//   - Qt messages: critical and fatal ones, and warnings that mean a threading or wiring bug
//     (a QObject used from the wrong thread, a timer from another thread, a thread destroyed while
//     running, a failed connect), fail the walk; other warnings are counted and listed at the end.
//   - GUI-thread stalls: the longest gap between ticks of a 10 ms timer in which the GUI thread
//     itself was busy (its CPU time, so that waiting for a CPU on a loaded machine does not count).
//   - modal dialogs and popup menus a click opened (file dialogs, message boxes): closed at once, as
//     a user pressing Escape would, so the walk goes on.
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include "../gap_probe.h"

namespace alexnet::ui::monkey {

class MonkeyWatch : public QObject {
  Q_OBJECT
 public:
  MonkeyWatch();
  ~MonkeyWatch() override;

  QString fatalMessage() const { return m_fatal; }  // the first fatal Qt message ("" = none)
  QMap<QString, int> warnings() const { return m_warnings; }
  int dialogsClosed() const { return m_dialogsClosed; }

  // The stall measurement since the last restartStallProbe(): GUI-thread CPU in the worst gap, ms.
  double worstBusyGapMs() const { return m_probe.longestCpu; }
  qint64 worstGapMs() const { return m_probe.longest; }
  void restartStallProbe() { m_probe.start(); }

  static bool isFatalWarning(const QString& message);

 private:
  static void handleMessage(QtMsgType type, const QMessageLogContext& context, const QString& message);
  void record(QtMsgType type, const QString& message);
  void closeModalDialogs();

  QString m_fatal;
  QMap<QString, int> m_warnings;
  test::GapProbe m_probe;
  QTimer m_dismisser;
  int m_dialogsClosed = 0;
  QtMessageHandler m_previous = nullptr;
};

}  // namespace alexnet::ui::monkey
