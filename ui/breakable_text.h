#pragma once
// breakableText — lets a word-wrapped label break a very long word (a file name of 160 letters)
// by putting a zero-width space after every `run` characters of it; shorter words are untouched.
// Without it QLabel cannot wrap such a word, and the text is clipped (issue 18, Layout).
#include <QString>

namespace alexnet::ui {

QString breakableText(const QString& text, int run = 24);

}  // namespace alexnet::ui
