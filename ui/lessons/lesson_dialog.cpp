#include "ui/lessons/lesson_dialog.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>
#include <algorithm>

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
  if (auto* column = qobject_cast<QVBoxLayout*>(m_page->layout())) column->addStretch(1);  // short pages sit at the top
  m_scroll = new QScrollArea(this);
  m_scroll->setWidgetResizable(true);
  m_scroll->setFrameShape(QFrame::NoFrame);
  m_scroll->setWidget(m_page);
  m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  m_buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
  connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(m_scroll, 1);
  layout->addWidget(m_buttons);
  resize(760, 400);
  fitHeight();
  connect(m_page, &LessonPage::ready, this, &LessonDialog::fitHeight);  // the worker's figures make it taller
}

void LessonDialog::fitHeight() {
  // Computed from the dialog's own width, so it works before the dialog is first shown.
  const QMargins margins = layout()->contentsMargins();
  const int pageWidth = width() - margins.left() - margins.right();
  const int chrome = margins.top() + margins.bottom() + layout()->spacing() + m_buttons->sizeHint().height();
  resize(width(), std::clamp(m_page->heightForWidth(pageWidth) + chrome + 8, 300, 820));
}

bool LessonDialog::isBusy() const { return m_page->isBusy(); }

LessonDialog* openLesson(LessonId id, QWidget* parent) {
  auto* dialog = new LessonDialog(id, parent);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  dialog->show();
  return dialog;
}

}  // namespace alexnet::ui
