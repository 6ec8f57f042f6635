#pragma once
// runLessonTask — runs a lesson's blocking computation (lesson_data.h) on the global QThreadPool
// and hands the value back to `receiver`'s thread; nothing is delivered if the receiver is gone.
//
//   runLessonTask(this, [options] { return compareActivationGradients(options); },
//                 [this](const GradientComparison& r) { show(r); });
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
    QObject* target = guard.data();
    if (!target) return;
    QMetaObject::invokeMethod(
        target,
        [guard, result = std::move(result), done = std::move(done)]() mutable {
          if (guard) done(result);
        },
        Qt::QueuedConnection);
  });
}

}  // namespace alexnet::ui
