#include "ui/network/code_editor.h"

#include <QFontDatabase>
#include <QPaintEvent>
#include <QPainter>
#include <QTextBlock>
#include <algorithm>

namespace alexnet::ui {

class LineNumberArea : public QWidget {
 public:
  explicit LineNumberArea(CodeEditor* editor) : QWidget(editor), m_editor(editor) {}
  QSize sizeHint() const override { return {m_editor->lineNumberWidth(), 0}; }

 protected:
  void paintEvent(QPaintEvent* event) override { m_editor->paintLineNumbers(event); }

 private:
  CodeEditor* m_editor;
};

namespace {

bool isTokenChar(QChar c) { return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('.'); }

// End (exclusive, in QString positions of `text`) of the token starting at `start`.
qsizetype tokenEnd(const QString& text, qsizetype start) {
  if (start >= text.size()) return text.size();
  const QChar c = text[start];
  if (isTokenChar(c)) {
    qsizetype end = start;
    while (end < text.size() && isTokenChar(text[end])) ++end;
    return end;
  }
  if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
    const qsizetype close = text.indexOf(c, start + 1);
    return close < 0 ? text.size() : close + 1;
  }
  // Punctuation (an unclosed bracket, a stray operator): the rest of the line, without trailing blanks.
  qsizetype end = text.size();
  while (end > start + 1 && text[end - 1].isSpace()) --end;
  return end;
}

}  // namespace

CodeEditor::CodeEditor(QWidget* parent) : QPlainTextEdit(parent), m_lineNumbers(new LineNumberArea(this)) {
  setObjectName(QStringLiteral("codeEditor"));
  QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
  font.setStyleHint(QFont::Monospace);
  setFont(font);
  setLineWrapMode(QPlainTextEdit::NoWrap);
  setTabStopDistance(QFontMetricsF(font).horizontalAdvance(QLatin1Char(' ')) * 4);
  connect(this, &QPlainTextEdit::blockCountChanged, this, [this] { setViewportMargins(lineNumberWidth(), 0, 0, 0); });
  connect(this, &QPlainTextEdit::updateRequest, this, &CodeEditor::updateLineNumbers);
  setViewportMargins(lineNumberWidth(), 0, 0, 0);
}

int CodeEditor::lineNumberWidth() const {
  int digits = 2;
  for (int lines = std::max(1, blockCount()); lines >= 100; lines /= 10) ++digits;
  return 12 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * digits;
}

void CodeEditor::resizeEvent(QResizeEvent* event) {
  QPlainTextEdit::resizeEvent(event);
  const QRect area = contentsRect();
  m_lineNumbers->setGeometry(QRect(area.left(), area.top(), lineNumberWidth(), area.height()));
}

void CodeEditor::updateLineNumbers(const QRect& rect, int dy) {
  if (dy != 0)
    m_lineNumbers->scroll(0, dy);
  else
    m_lineNumbers->update(0, rect.y(), m_lineNumbers->width(), rect.height());
}

void CodeEditor::paintLineNumbers(QPaintEvent* event) {
  QPainter painter(m_lineNumbers);
  painter.fillRect(event->rect(), QColor(0xF3, 0xF5, 0xF7));
  const int errorLine = m_errorStart >= 0 ? document()->findBlock(m_errorStart).blockNumber() : -1;
  QTextBlock block = firstVisibleBlock();
  int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
  while (block.isValid() && top <= event->rect().bottom()) {
    const int height = qRound(blockBoundingRect(block).height());
    if (block.isVisible() && top + height >= event->rect().top()) {
      const bool error = block.blockNumber() == errorLine;
      painter.setPen(error ? QColor(0xC6, 0x28, 0x28) : QColor(0x90, 0xA4, 0xAE));
      painter.drawText(0, top, m_lineNumbers->width() - 6, fontMetrics().height(), Qt::AlignRight,
                       QString::number(block.blockNumber() + 1));
    }
    block = block.next();
    top += height;
  }
}

int CodeEditor::positionOf(int line, int column) const {
  const QTextBlock block = document()->findBlockByNumber(std::clamp(line, 1, blockCount()) - 1);
  const QString text = block.text();
  qsizetype i = 0;
  for (int points = 1; points < column && i < text.size(); ++points)
    i += (text[i].isHighSurrogate() && i + 1 < text.size()) ? 2 : 1;  // a code point outside the BMP is two QChars
  return block.position() + static_cast<int>(i);
}

void CodeEditor::markError(int line, int column) {
  const int start = positionOf(line, column);
  const QTextBlock block = document()->findBlock(start);
  const QString text = block.text();
  qsizetype from = start - block.position();
  qsizetype to = tokenEnd(text, from);
  if (from >= text.size() && !text.isEmpty()) {  // past the end of the line (e.g. at its end): mark its last character
    from = text.size() - 1;
    to = text.size();
  }
  QTextEdit::ExtraSelection selection;
  selection.cursor = QTextCursor(document());
  selection.cursor.setPosition(block.position() + static_cast<int>(from));
  selection.cursor.setPosition(block.position() + static_cast<int>(to), QTextCursor::KeepAnchor);
  selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
  selection.format.setUnderlineColor(QColor(0xD3, 0x2F, 0x2F));
  selection.format.setBackground(QColor(0xFF, 0xEB, 0xEE));
  if (from == to) {  // an empty line: tint the whole line instead
    selection.format.setProperty(QTextFormat::FullWidthSelection, true);
    selection.cursor.clearSelection();
  }
  m_errorStart = block.position() + static_cast<int>(from);
  m_errorEnd = block.position() + static_cast<int>(to);
  setExtraSelections({selection});
  m_lineNumbers->update();
}

void CodeEditor::clearError() {
  if (m_errorStart < 0 && extraSelections().isEmpty()) return;
  m_errorStart = m_errorEnd = -1;
  setExtraSelections({});
  m_lineNumbers->update();
}

void CodeEditor::goTo(int line, int column) {
  QTextCursor cursor(document());
  cursor.setPosition(positionOf(line, column));
  setTextCursor(cursor);
  centerCursor();
  setFocus();
}

}  // namespace alexnet::ui
