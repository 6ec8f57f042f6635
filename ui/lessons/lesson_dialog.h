#pragma once
// LessonDialog — one lesson page (LessonPage::create) in a scrolling, non-modal window; the
// Architecture diagram's "Why?" menu, the Inspect screen's "Why?" button and `--tab lesson-…`
// open it with openLesson().
#include <QDialog>

class QDialogButtonBox;
class QScrollArea;

#include "ui/lessons/lesson_registry.h"

namespace alexnet::ui {

class LessonPage;

class LessonDialog : public QDialog {
  Q_OBJECT
 public:
  LessonDialog(LessonId id, QWidget* parent);

  LessonPage* page() const { return m_page; }
  bool isBusy() const;  // its figures are still being computed

 private:
  void fitHeight();  // as tall as the page (300–820 px), so short lessons leave no empty space

  LessonPage* m_page;
  QScrollArea* m_scroll = nullptr;
  QDialogButtonBox* m_buttons = nullptr;
};

// Opens (shows) the lesson as a child of `parent`, deleted on close.
LessonDialog* openLesson(LessonId id, QWidget* parent);

}  // namespace alexnet::ui
