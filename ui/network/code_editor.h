#pragma once
// CodeEditor — the Network screen's code pane: a monospace QPlainTextEdit with line numbers that
// marks one error position with a red wave underline (an ExtraSelection) from the error's column to
// the end of the token there (a dotted name, a number, a string), else to the end of the line.
#include <QPlainTextEdit>

namespace alexnet::ui {

class CodeEditor : public QPlainTextEdit {
  Q_OBJECT
 public:
  explicit CodeEditor(QWidget* parent = nullptr);

  // line and column are 1-based, the column in Unicode code points (as the code reader counts them).
  void markError(int line, int column);
  void clearError();
  // The document range the mark covers (empty when there is none), in QString positions.
  int errorStart() const { return m_errorStart; }
  int errorEnd() const { return m_errorEnd; }
  // Puts the text cursor at a 1-based line and code-point column and scrolls it into view.
  void goTo(int line, int column);

  int lineNumberWidth() const;

 protected:
  void resizeEvent(QResizeEvent* event) override;

 private:
  friend class LineNumberArea;
  void paintLineNumbers(QPaintEvent* event);
  void updateLineNumbers(const QRect& rect, int dy);
  // Document position of a 1-based line / code-point column (clamped to the text).
  int positionOf(int line, int column) const;

  QWidget* m_lineNumbers;
  int m_errorStart = -1;
  int m_errorEnd = -1;
};

}  // namespace alexnet::ui
