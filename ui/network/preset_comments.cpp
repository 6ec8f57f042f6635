#include "ui/network/preset_comments.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace alexnet::ui {
namespace {

// The preset files' comment blocks (resources/networks/*.py), listed for lupdate; the lookup at run
// time goes by the block's text. test_chinese_everywhere fails when a preset shows an untranslated one.
[[maybe_unused]] const char* const kPresetComments[] = {
    QT_TRANSLATE_NOOP("alexnet::ui::PresetComments",
                      "LeNet as d2l writes it (chapter 6.6): sigmoid activations and average pooling, 28×28 input."),
    QT_TRANSLATE_NOOP("alexnet::ui::PresetComments",
                      "AlexNet as the d2l chapter prints it (7.1): 1-channel 224×224 Fashion-MNIST input, 10 classes."),
    QT_TRANSLATE_NOOP("alexnet::ui::PresetComments",
                      "A larger 11×11 window to capture objects; stride 4 to shrink height and width quickly."),
    QT_TRANSLATE_NOOP("alexnet::ui::PresetComments",
                      "A smaller window, padding 2 keeps height and width; more output channels."),
    QT_TRANSLATE_NOOP("alexnet::ui::PresetComments", "Three convolutions in a row with small windows."),
    QT_TRANSLATE_NOOP("alexnet::ui::PresetComments",
                      "Dense layers many times wider than LeNet's, with dropout against overfitting."),
    QT_TRANSLATE_NOOP(
        "alexnet::ui::PresetComments",
        "Exercise 7.1.3 / 6.6: LeNet with the tools AlexNet brought — ReLU instead of sigmoid, max pooling\n"
        "instead of average pooling, dropout in the dense layers. Still 28×28 in, 10 classes out."),
    QT_TRANSLATE_NOOP(
        "alexnet::ui::PresetComments",
        "Exercise 7.1.2: a simpler AlexNet that trains faster on a CPU — d2l's layer sequence with about an\n"
        "eighth of the channels and 256-wide dense layers (the bundled alexnet-224 weights use these widths:\n"
        "24, 64, 96, 96, 64, 256, 256)."),
    QT_TRANSLATE_NOOP(
        "alexnet::ui::PresetComments",
        "Exercise 7.1.2 (design a better model that works directly on 28×28 images): AlexNet's ideas —\n"
        "ReLU, overlapping max pooling, three 3×3 convolutions in a row, dropout — sized for Fashion-MNIST\n"
        "without upsampling to 224. 28 → 28 → 13 → 13 → 6 (×128 channels) → 256 → 10."),
};

}  // namespace

QString translatePresetComments(const QString& code) {
  static const QRegularExpression comment(QStringLiteral("^(\\s*)# ?(.*)$"));
  const QStringList lines = code.split(QLatin1Char('\n'));
  QStringList out;
  for (qsizetype i = 0; i < lines.size();) {
    const QRegularExpressionMatch first = comment.match(lines[i]);
    if (!first.hasMatch()) {
      out << lines[i++];
      continue;
    }
    const QString indent = first.captured(1);
    QStringList block;
    for (; i < lines.size(); ++i) {  // the block: following comment lines with the same indentation
      const QRegularExpressionMatch m = comment.match(lines[i]);
      if (!m.hasMatch() || m.captured(1) != indent) break;
      block << m.captured(2);
    }
    const QByteArray source = block.join(QLatin1Char('\n')).toUtf8();
    const QString translated = QCoreApplication::translate("alexnet::ui::PresetComments", source.constData());
    for (const QString& line : translated.split(QLatin1Char('\n'))) out << indent + QStringLiteral("# ") + line;
  }
  return out.join(QLatin1Char('\n'));
}

}  // namespace alexnet::ui
