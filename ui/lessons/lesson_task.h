#pragma once
// runLessonTask — runs a lesson's blocking computation (lesson_data.h) on the global QThreadPool
// and hands the value back on the GUI thread, where `receiver` lives; nothing is delivered if the
// receiver is gone by then.
//
//   runLessonTask(this, [options] { return compareActivationGradients(options); },
//                 [this](const GradientComparison& r) { show(r); });
#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>
#include <QThreadPool>
#include <functional>
#include <type_traits>

namespace alexnet::ui {

template <typename Work, typename Done>
void runLessonTask(QObject* receiver, Work work, Done done) {
  using Result = std::invoke_result_t<Work>;
  QPointer<QObject> guard(receiver);
  QThreadPool::globalInstance()->start([guard, work = std::move(work), done = std::move(done)]() mutable {
    Result result = work();
    // The answer is posted to the application object and `guard` is read only on the GUI thread: a
    // pool thread that read the receiver's pointer here could post to it just after the GUI thread
    // deleted it (its destructor drops only the events already queued), and the event loop would then
    // deliver to freed memory (tests/ui/test_lesson_task.cpp). Lesson receivers live on the GUI thread.
    QMetaObject::invokeMethod(
        QCoreApplication::instance(),
        [guard, result = std::move(result), done = std::move(done)]() mutable {
          if (guard) done(result);
        },
        Qt::QueuedConnection);
  });
}

}  // namespace alexnet::ui
