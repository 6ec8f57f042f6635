#include "ui/network/code_highlighter.h"

#include <QSet>

namespace alexnet::ui {
namespace {

// Block states: -1/0 = normal, 1 = inside ''' … ''', 2 = inside """ … """.
constexpr int kInSingleTriple = 1;
constexpr int kInDoubleTriple = 2;

const QSet<QString>& keywords() {
  static const QSet<QString> words{
      QStringLiteral("and"),     QStringLiteral("as"),       QStringLiteral("assert"), QStringLiteral("break"),
      QStringLiteral("class"),   QStringLiteral("continue"), QStringLiteral("def"),    QStringLiteral("del"),
      QStringLiteral("elif"),    QStringLiteral("else"),     QStringLiteral("except"), QStringLiteral("False"),
      QStringLiteral("finally"), QStringLiteral("for"),      QStringLiteral("from"),   QStringLiteral("global"),
      QStringLiteral("if"),      QStringLiteral("import"),   QStringLiteral("in"),     QStringLiteral("is"),
      QStringLiteral("lambda"),  QStringLiteral("None"),     QStringLiteral("not"),    QStringLiteral("or"),
      QStringLiteral("pass"),    QStringLiteral("print"),    QStringLiteral("raise"),  QStringLiteral("return"),
      QStringLiteral("True"),    QStringLiteral("try"),      QStringLiteral("while"),  QStringLiteral("with"),
      QStringLiteral("yield")};
  return words;
}

// The modules the reader understands, coloured also when imported bare (`from torch.nn import Conv2d`).
const QSet<QString>& moduleNames() {
  static const QSet<QString> names{
      QStringLiteral("Sequential"), QStringLiteral("Conv2d"),     QStringLiteral("LazyConv2d"),
      QStringLiteral("Linear"),     QStringLiteral("LazyLinear"), QStringLiteral("ReLU"),
      QStringLiteral("Sigmoid"),    QStringLiteral("MaxPool2d"),  QStringLiteral("AvgPool2d"),
      QStringLiteral("Flatten"),    QStringLiteral("Dropout"),    QStringLiteral("LocalResponseNorm")};
  return names;
}

bool isNameStart(QChar c) { return c.isLetter() || c == QLatin1Char('_'); }
bool isNameChar(QChar c) { return c.isLetterOrNumber() || c == QLatin1Char('_'); }

}  // namespace

CodeHighlighter::CodeHighlighter(QTextDocument* document) : QSyntaxHighlighter(document) {
  m_keyword.setForeground(QColor(0x00, 0x33, 0xB3));
  m_keyword.setFontWeight(QFont::Bold);
  m_module.setForeground(QColor(0x00, 0x79, 0x6B));
  m_module.setFontWeight(QFont::Bold);
  m_number.setForeground(QColor(0x17, 0x50, 0xEB));
  m_string.setForeground(QColor(0x06, 0x7D, 0x17));
  m_comment.setForeground(QColor(0x8C, 0x8C, 0x8C));
  m_comment.setFontItalic(true);
}

qsizetype CodeHighlighter::highlightString(const QString& text, qsizetype start, const QString& quote) {
  qsizetype i = start + quote.size();
  while (i < text.size()) {
    if (text[i] == QLatin1Char('\\')) {
      i += 2;
      continue;
    }
    if (text.mid(i, quote.size()) == quote) {
      i += quote.size();
      setFormat(static_cast<int>(start), static_cast<int>(i - start), m_string);
      return i;
    }
    ++i;
  }
  // Unclosed: a triple-quoted string goes on on the next line; a plain one ends here (the reader says why).
  setFormat(static_cast<int>(start), static_cast<int>(text.size() - start), m_string);
  if (quote.size() == 3) setCurrentBlockState(quote[0] == QLatin1Char('\'') ? kInSingleTriple : kInDoubleTriple);
  return text.size();
}

void CodeHighlighter::highlightBlock(const QString& text) {
  setCurrentBlockState(0);
  qsizetype i = 0;
  const int previous = previousBlockState();
  if (previous == kInSingleTriple || previous == kInDoubleTriple) {
    const QString quote = previous == kInSingleTriple ? QStringLiteral("'''") : QStringLiteral("\"\"\"");
    const qsizetype end = text.indexOf(quote);
    if (end < 0) {
      setFormat(0, static_cast<int>(text.size()), m_string);
      setCurrentBlockState(previous);
      return;
    }
    i = end + 3;
    setFormat(0, static_cast<int>(i), m_string);
  }
  while (i < text.size()) {
    const QChar c = text[i];
    if (c == QLatin1Char('#')) {
      setFormat(static_cast<int>(i), static_cast<int>(text.size() - i), m_comment);
      return;
    }
    if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
      const QString triple(3, c);
      i = highlightString(text, i, text.mid(i, 3) == triple ? triple : QString(c));
      continue;
    }
    if (c.isDigit() || (c == QLatin1Char('.') && i + 1 < text.size() && text[i + 1].isDigit())) {
      qsizetype end = i;
      while (end < text.size() &&
             (text[end].isLetterOrNumber() || text[end] == QLatin1Char('.') || text[end] == QLatin1Char('_')))
        ++end;
      setFormat(static_cast<int>(i), static_cast<int>(end - i), m_number);
      i = end;
      continue;
    }
    if (isNameStart(c)) {
      // A dotted name: `nn.Conv2d`, `torch.nn.ReLU`, `torch.randn`.
      qsizetype end = i;
      QStringList parts;
      while (true) {
        const qsizetype partStart = end;
        while (end < text.size() && isNameChar(text[end])) ++end;
        parts << text.mid(partStart, end - partStart);
        if (end + 1 < text.size() && text[end] == QLatin1Char('.') && isNameStart(text[end + 1])) {
          ++end;
          continue;
        }
        break;
      }
      const bool nnModule = parts.size() >= 2 && parts[parts.size() - 2] == QLatin1String("nn");
      if (nnModule || (parts.size() == 1 && moduleNames().contains(parts[0])))
        setFormat(static_cast<int>(i), static_cast<int>(end - i), m_module);
      else if (parts.size() == 1 && keywords().contains(parts[0]))
        setFormat(static_cast<int>(i), static_cast<int>(end - i), m_keyword);
      i = end;
      continue;
    }
    ++i;
  }
}

}  // namespace alexnet::ui
