#include "monkey_watch.h"

#include <QApplication>
#include <QDialog>
#include <QMenu>
#include <QWidget>
#include <cstdio>

namespace alexnet::ui::monkey {
namespace {
MonkeyWatch* g_watch = nullptr;
}

MonkeyWatch::MonkeyWatch() {
  g_watch = this;
  m_previous = qInstallMessageHandler(&MonkeyWatch::handleMessage);
  m_dismisser.setInterval(25);
  connect(&m_dismisser, &QTimer::timeout, this, &MonkeyWatch::closeModalDialogs);
  m_dismisser.start();
  m_probe.start();
}

MonkeyWatch::~MonkeyWatch() {
  qInstallMessageHandler(m_previous);
  g_watch = nullptr;
}

bool MonkeyWatch::isFatalWarning(const QString& message) {
  static const QStringList kFatal{
      QStringLiteral("different thread"),        // QObject: Cannot create children … / send events …
      QStringLiteral("another thread"),          // Timers cannot be started/stopped from another thread
      QStringLiteral("outside the GUI thread"),  // QPixmap: It is not safe to use pixmaps …
      QStringLiteral("Destroyed while thread"),  // QThread: Destroyed while thread is still running
      QStringLiteral("QObject::connect"),        // a connect that failed: a signal that never arrives
      QStringLiteral("QObject::startTimer"),    QStringLiteral("QObject::killTimer"),
      QStringLiteral("QSocketNotifier"),        QStringLiteral("ASSERT"),
  };
  for (const QString& pattern : kFatal)
    if (message.contains(pattern)) return true;
  return false;
}

void MonkeyWatch::handleMessage(QtMsgType type, const QMessageLogContext& context, const QString& message) {
  if (g_watch) g_watch->record(type, message);
  if (g_watch && g_watch->m_previous) g_watch->m_previous(type, context, message);
}

void MonkeyWatch::record(QtMsgType type, const QString& message) {
  if (type == QtDebugMsg || type == QtInfoMsg) return;
  const bool fatal = type == QtCriticalMsg || type == QtFatalMsg || isFatalWarning(message);
  if (fatal && m_fatal.isEmpty()) m_fatal = message;
  ++m_warnings[message.left(160)];
}

void MonkeyWatch::closeModalDialogs() {
  if (QWidget* popup = QApplication::activePopupWidget()) {
    popup->close();
    ++m_dialogsClosed;
  }
  QWidget* modal = QApplication::activeModalWidget();
  if (!modal) return;
  if (auto* dialog = qobject_cast<QDialog*>(modal))
    dialog->reject();
  else
    modal->close();
  ++m_dialogsClosed;
}

}  // namespace alexnet::ui::monkey
