#pragma once
// LessonPage — the common frame of a lesson: its title, the book section it comes from, then
// paragraphs (rich-text labels, so they wrap and translate) and figures. Pages that compute their
// numbers on a worker (lesson_task.h) are busy until the numbers arrive, then emit ready().
#include <QWidget>

#include "ui/lessons/lesson_data.h"
#include "ui/lessons/lesson_registry.h"

class QLabel;
class QVBoxLayout;

namespace alexnet::ui {

class LessonPage : public QWidget {
  Q_OBJECT
 public:
  LessonPage(LessonId id, QWidget* parent);

  LessonId id() const { return m_id; }
  bool isBusy() const { return m_pending > 0; }

  // The page of `id` (relu_lesson.cpp, pooling_lesson.cpp, …).
  static LessonPage* create(LessonId id, QWidget* parent);

 signals:
  void ready();  // the last worker-computed figure arrived

 protected:
  QLabel* addParagraph(const QString& html);
  void addFigure(QWidget* figure);
  // A label that says "Computing…" until a worker fills it (setText), or shows its error.
  QLabel* addPendingLabel();
  void beginWork() { ++m_pending; }
  void endWork();
  LessonDataOptions dataOptions() const;              // the Fashion-MNIST directory from the settings
  static QString number(double value, int decimals);  // locale-aware, e.g. 0.123
  static QString percent(double fraction);            // "12.3 %"

 private:
  LessonId m_id;
  QVBoxLayout* m_layout;
  int m_pending = 0;
};

}  // namespace alexnet::ui
