#pragma once
// The comments of the Network screen's preset code in the user's language, as d2l's Chinese edition
// writes its code comments in Chinese. Each block of consecutive "# " lines (same indentation) is
// translated as one text (lines joined with "\n"); code is never touched, and a block without a
// translation stays as written.
#include <QString>

namespace alexnet::ui {

QString translatePresetComments(const QString& code);

}  // namespace alexnet::ui
