#include "ui/elided_label.h"

#include <QEvent>
#include <algorithm>

namespace alexnet::ui {

namespace {
constexpr int kMinimumWidth = 40;  // room for a few letters and the ellipsis
}

ElidedLabel::ElidedLabel(QWidget* parent) : QLabel(parent) {
  setWordWrap(false);
  setTextFormat(Qt::PlainText);
  setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
}

void ElidedLabel::setFullText(const QString& text, const QString& toolTip) {
  m_fullText = text;
  setToolTip(toolTip.isEmpty() ? text : toolTip);
  updateElided();
}

void ElidedLabel::setElideMode(Qt::TextElideMode mode) {
  m_mode = mode;
  updateElided();
}

QSize ElidedLabel::minimumSizeHint() const { return QSize(kMinimumWidth, QLabel::minimumSizeHint().height()); }

QSize ElidedLabel::sizeHint() const {
  const QMargins margins = contentsMargins();
  return QSize(fontMetrics().horizontalAdvance(m_fullText) + margins.left() + margins.right() + 2 * margin(),
               QLabel::sizeHint().height());
}

void ElidedLabel::resizeEvent(QResizeEvent* event) {
  QLabel::resizeEvent(event);
  updateElided();
}

void ElidedLabel::changeEvent(QEvent* event) {
  QLabel::changeEvent(event);
  if (event->type() == QEvent::FontChange) updateElided();
}

void ElidedLabel::updateElided() {
  const int width = std::max(0, contentsRect().width() - 2 * margin());
  const QString shown = fontMetrics().elidedText(m_fullText, m_mode, width);
  if (shown != text()) QLabel::setText(shown);
}

}  // namespace alexnet::ui
