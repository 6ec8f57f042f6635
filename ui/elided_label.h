#pragma once
// ElidedLabel — one line of text that never asks for more width than it has: shown elided ("…")
// when the label is narrower than the text, with the whole text as its tooltip. Headers that name
// files, runs or weights use it, so a long name never widens the window (issue 18, Layout).
#include <QLabel>

namespace alexnet::ui {

class ElidedLabel : public QLabel {
  Q_OBJECT
 public:
  explicit ElidedLabel(QWidget* parent = nullptr);

  // The text to show; the tooltip becomes `toolTip` if given, else the text itself.
  void setFullText(const QString& text, const QString& toolTip = QString());
  QString fullText() const { return m_fullText; }
  QString displayedText() const { return text(); }  // what is drawn: the text, elided to the width
  void setElideMode(Qt::TextElideMode mode);        // Qt::ElideRight unless set (file names: ElideMiddle)

  QSize minimumSizeHint() const override;
  QSize sizeHint() const override;

 protected:
  void resizeEvent(QResizeEvent* event) override;
  void changeEvent(QEvent* event) override;

 private:
  void updateElided();

  QString m_fullText;
  Qt::TextElideMode m_mode = Qt::ElideRight;
};

}  // namespace alexnet::ui
