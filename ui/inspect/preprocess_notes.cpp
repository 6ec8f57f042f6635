#include "ui/inspect/preprocess_notes.h"

#include <QCoreApplication>

namespace alexnet::ui {
namespace {

QString sizeText(const Tensor& image) {  // (1, C, H, W) → "W×H"
  return QStringLiteral("%1×%2").arg(image.dim(3)).arg(image.dim(2));
}

QString inputNote(const Tensor& image) {
  return (image.dim(1) == 1 ? QCoreApplication::translate("alexnet::ui::PreprocessNotes", "%1, gray")
                            : QCoreApplication::translate("alexnet::ui::PreprocessNotes", "%1, RGB"))
      .arg(sizeText(image));
}

QString grayscaleNote(const PreprocessStage& stage, const Tensor& before, const PreprocessOptions& options) {
  if (options.channels == 3)
    return before.dim(1) == 1
               ? QCoreApplication::translate("alexnet::ui::PreprocessNotes",
                                             "gray image copied to RGB for a 3-channel model")
               : QCoreApplication::translate("alexnet::ui::PreprocessNotes", "RGB kept for a 3-channel model");
  if (before.dim(1) == 1) return QCoreApplication::translate("alexnet::ui::PreprocessNotes", "already gray");
  if (stage.applied)
    return QCoreApplication::translate("alexnet::ui::PreprocessNotes", "ITU-R 601 luma, as PIL's convert(\"L\")");
  return QCoreApplication::translate("alexnet::ui::PreprocessNotes", "off: RGB kept, but the model needs 1 channel");
}

QString cropNote(const PreprocessStage& stage, const Tensor& before) {
  if (before.dim(2) == before.dim(3))
    return QCoreApplication::translate("alexnet::ui::PreprocessNotes", "already square");
  if (stage.applied) return QStringLiteral("%1 → %2").arg(sizeText(before), sizeText(stage.image));
  return QCoreApplication::translate("alexnet::ui::PreprocessNotes", "off: the resize will stretch the image");
}

QString resizeNote(const PreprocessStage& stage, const Tensor& before, const PreprocessOptions& options) {
  if (before.dim(2) == options.size && before.dim(3) == options.size)
    return QCoreApplication::translate("alexnet::ui::PreprocessNotes", "already %1").arg(sizeText(before));
  if (stage.applied)
    return QCoreApplication::translate("alexnet::ui::PreprocessNotes", "%1 → %2, bilinear")
        .arg(sizeText(before), sizeText(stage.image));
  return QCoreApplication::translate("alexnet::ui::PreprocessNotes", "off: %1 kept, but the model needs %2×%2")
      .arg(sizeText(before))
      .arg(options.size);
}

QString invertNote(const PreprocessResult& result, const PreprocessOptions& options) {
  const bool light = result.borderMean > 0.5f;
  const QString border = (light ? QCoreApplication::translate("alexnet::ui::PreprocessNotes", "border mean %1 > 0.5")
                                : QCoreApplication::translate("alexnet::ui::PreprocessNotes", "border mean %1 ≤ 0.5"))
                             .arg(double(result.borderMean), 0, 'f', 3);
  switch (options.invert) {
    case InvertMode::On:
      return QCoreApplication::translate("alexnet::ui::PreprocessNotes", "forced on (%1)").arg(border);
    case InvertMode::Off:
      return QCoreApplication::translate("alexnet::ui::PreprocessNotes", "forced off (%1)").arg(border);
    case InvertMode::Auto:
      break;
  }
  return (light ? QCoreApplication::translate("alexnet::ui::PreprocessNotes", "auto: %1, light background")
                : QCoreApplication::translate("alexnet::ui::PreprocessNotes", "auto: %1, dark background"))
      .arg(border);
}

}  // namespace

QString preprocessNote(const PreprocessResult& result, std::size_t index, const PreprocessOptions& options) {
  if (index >= result.stages.size()) return {};
  const PreprocessStage& stage = result.stages[index];
  if (index == 0) return inputNote(stage.image);
  const Tensor& before = result.stages[index - 1].image;
  if (stage.name == "grayscale") return grayscaleNote(stage, before, options);
  if (stage.name == "centre crop") return cropNote(stage, before);
  if (stage.name == "resize") return resizeNote(stage, before, options);
  if (stage.name == "scale")
    return stage.applied ? QCoreApplication::translate("alexnet::ui::PreprocessNotes", "0..255 → 0..1")
                         : QCoreApplication::translate("alexnet::ui::PreprocessNotes", "off: values stay 0..255");
  if (stage.name == "invert") return invertNote(result, options);
  return QString::fromStdString(stage.note);  // a stage this file does not know yet: core's phrase
}

}  // namespace alexnet::ui
