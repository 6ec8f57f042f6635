#pragma once
// ImagePreprocessor — the GUI's one door from a QImage to the model's (1, 1, S, S) input, with every
// step kept as a visible stage (PRODUCT.md §2): grayscale, centre crop to square, bilinear resize to
// the model's input (PyTorch semantics, core's resizeBilinear), scale to [0, 1], and invert when the
// background is light (Fashion-MNIST objects are light on black).
// Kept behind this one class so core's data/preprocess.h can replace the arithmetic later.
#include <QImage>
#include <QString>
#include <vector>

#include "alexnet/core/tensor.h"

namespace alexnet::ui {

enum class InvertChoice { Auto, On, Off };

struct PreprocessSwitches {
  bool centreCrop = true;
  InvertChoice invert = InvertChoice::Auto;
};

struct PreprocessStageView {
  QString name;      // translated: "Original", "Grayscale", …
  bool applied = true;
  QString note;      // "border mean 0.87 > 0.5"
  QImage image;      // what the step produced (gray images as Format_Grayscale8)
};

struct PreprocessOutcome {
  std::vector<PreprocessStageView> stages;
  Tensor tensor;  // (1, 1, side, side), values in [0, 1]
  bool inverted = false;
};

class ImagePreprocessor {
 public:
  static PreprocessOutcome run(const QImage& source, int side, const PreprocessSwitches& switches);
};

}  // namespace alexnet::ui
