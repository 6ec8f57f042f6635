// runLessonTask (ui/lessons/lesson_task.h): the value comes back on the receiver's thread, and nothing
// is delivered, and nothing touches the receiver, once it is gone. ui.test_lessons once crashed
// (SIGSEGV) delivering a posted event to a receiver that had been deleted: the pool thread read the
// receiver's pointer, the GUI thread deleted the receiver, and the pool thread then posted the answer
// to it, after the receiver's destructor had removed its pending events.
#include <QCoreApplication>
#include <QObject>
#include <QThread>
#include <QThreadPool>
#include <QtTest>
#include <atomic>
#include <memory>

#include "ui/lessons/lesson_task.h"

using alexnet::ui::runLessonTask;

class TestLessonTask : public QObject {
  Q_OBJECT

 private slots:
  void theValueComesBackOnTheReceiversThread() {
    QObject receiver;
    int value = 0;
    Qt::HANDLE workThread = nullptr, doneThread = nullptr;
    runLessonTask(
        &receiver,
        [&workThread] {
          workThread = QThread::currentThreadId();
          return 42;
        },
        [&](int result) {
          value = result;
          doneThread = QThread::currentThreadId();
        });
    QTRY_COMPARE(value, 42);
    QCOMPARE(doneThread, QThread::currentThreadId());
    QVERIFY(workThread != QThread::currentThreadId());
  }

  void nothingArrivesForAReceiverThatIsGone() {
    auto* receiver = new QObject;
    std::atomic<bool> release{false};
    bool delivered = false;
    runLessonTask(
        receiver,
        [&release] {
          while (!release.load()) QThread::usleep(100);
          return 1;
        },
        [&delivered](int) { delivered = true; });
    delete receiver;
    release = true;
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents();
    QVERIFY(!delivered);
  }

  // Receivers deleted while their tasks end, thousands of times: the pool thread must never post to
  // a receiver the GUI thread has just deleted (under ASan a use-after-free, in a release build a
  // crash when the event is delivered).
  void receiversDeletedWhileTheirTasksEnd() {
    std::atomic<int> finishedWork{0};
    int delivered = 0;
    constexpr int kTasks = 20000;
    for (int i = 0; i < kTasks; ++i) {
      auto receiver = std::make_unique<QObject>();
      runLessonTask(
          receiver.get(),
          [&finishedWork] {
            ++finishedWork;
            return 1;
          },
          [&delivered](int) { ++delivered; });
      // Spin until the task has done its work, then delete the receiver as it hands the value back.
      const int before = i + 1;
      while (finishedWork.load() < before) {
      }
      receiver.reset();
      if (i % 64 == 0) QCoreApplication::processEvents();
    }
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents();
    // Each receiver was deleted before the event loop could hand its value over: none arrives.
    QCOMPARE(delivered, 0);
  }
};

QTEST_MAIN(TestLessonTask)
#include "test_lesson_task.moc"
