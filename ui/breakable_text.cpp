#include "ui/breakable_text.h"

namespace alexnet::ui {

QString breakableText(const QString& text, int run) {
  constexpr QChar kZeroWidthSpace(0x200B);
  QString out;
  out.reserve(text.size() + text.size() / run);
  int word = 0;  // characters since the last break opportunity
  for (const QChar c : text) {
    out += c;
    word = c.isSpace() ? 0 : word + 1;
    if (word >= run) {
      out += kZeroWidthSpace;
      word = 0;
    }
  }
  return out;
}

}  // namespace alexnet::ui
