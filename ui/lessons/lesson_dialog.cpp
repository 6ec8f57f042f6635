#include "ui/lessons/lesson_dialog.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include "ui/lessons/lesson_page.h"
#include "ui/lessons/relu_lesson.h"

namespace alexnet::ui {

// One per lesson file.
LessonPage* createPoolingLesson(QWidget* parent);
LessonPage* createOverlapLesson(QWidget* parent);
LessonPage* createDropoutLesson(QWidget* parent);
LessonPage* createLrnLesson(QWidget* parent);
LessonPage* createLargeKernelLesson(QWidget* parent);

LessonPage* LessonPage::create(LessonId id, QWidget* parent) {
  switch (id) {
    case LessonId::Relu:
      return new ReluLesson(parent);
    case LessonId::Pooling:
      return createPoolingLesson(parent);
    case LessonId::OverlappingPooling:
      return createOverlapLesson(parent);
    case LessonId::Dropout:
      return createDropoutLesson(parent);
    case LessonId::Lrn:
      return createLrnLesson(parent);
    case LessonId::LargeKernel:
      return createLargeKernelLesson(parent);
  }
  return createLargeKernelLesson(parent);
}

LessonDialog::LessonDialog(LessonId id, QWidget* parent) : QDialog(parent), m_page(LessonPage::create(id, nullptr)) {
  setObjectName(QStringLiteral("lessonDialog"));
  setWindowTitle(tr("Why? %1").arg(lessonTitle(id)));
  auto* scroll = new QScrollArea(this);
  scroll->setWidgetResizable(true);
  scroll->setFrameShape(QFrame::NoFrame);
  scroll->setWidget(m_page);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(scroll, 1);
  layout->addWidget(buttons);
  resize(760, 720);
}

bool LessonDialog::isBusy() const { return m_page->isBusy(); }

LessonDialog* openLesson(LessonId id, QWidget* parent) {
  auto* dialog = new LessonDialog(id, parent);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  dialog->show();
  return dialog;
}

}  // namespace alexnet::ui
