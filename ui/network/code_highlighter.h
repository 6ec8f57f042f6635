#pragma once
// CodeHighlighter — Python colouring for the Network screen's editor: keywords, nn.* module names (and
// the modules imported bare from torch.nn), numbers, strings (also triple-quoted ones over several
// lines) and comments. A small scanner per line, so a '#' inside a string is not a comment.
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace alexnet::ui {

class CodeHighlighter : public QSyntaxHighlighter {
  Q_OBJECT
 public:
  explicit CodeHighlighter(QTextDocument* document);

 protected:
  void highlightBlock(const QString& text) override;

 private:
  // Colours the string starting at `start` (after any prefix) and returns where it ends.
  qsizetype highlightString(const QString& text, qsizetype start, const QString& quote);

  QTextCharFormat m_keyword;
  QTextCharFormat m_module;
  QTextCharFormat m_number;
  QTextCharFormat m_string;
  QTextCharFormat m_comment;
};

}  // namespace alexnet::ui
