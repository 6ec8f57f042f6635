#pragma once
// ImagePreprocessor — the GUI's door from a decoded image (core's Image, from alexnet_image's
// loadImageFile / imageFromQImage) to the model's (1, 1, S, S) input. The arithmetic is core's
// preprocessImage (data/preprocess.h: grayscale, centre crop, bilinear resize, scale to [0, 1],
// invert when the background is light); this class turns every stage into a thumbnail with a
// translated step name.
#include <QImage>
#include <QString>
#include <vector>

#include "alexnet/core/data/input_geometry.h"
#include "alexnet/core/data/preprocess.h"
#include "alexnet/core/tensor.h"

namespace alexnet::ui {

enum class InvertChoice { Auto, On, Off };

struct PreprocessSwitches {
  bool grayscale = true;
  bool centreCrop = true;
  bool resize = true;
  bool scale = true;
  InvertChoice invert = InvertChoice::Auto;
};

struct PreprocessStageView {
  QString name;  // translated: "Original", "Grayscale", …
  bool applied = true;
  QString note;  // translated reason (preprocess_notes.h): "border mean 0.870 > 0.5, light background"
  QImage image;  // what the step produced: full size for the original (stages[0]), at most
                 // kStageThumbnailSide pixels on a side for every later step
};

inline constexpr int kStageThumbnailSide = 64;

struct PreprocessOutcome {
  std::vector<PreprocessStageView> stages;
  Tensor tensor;  // (1, C, S, S) with every switch on; other shapes when switched off
  bool inverted = false;
  InputGeometry geometry;  // where each model-input pixel comes from in the original (stages[0])
  QString error;           // non-empty when the image could not be processed
};

class ImagePreprocessor {
 public:
  static PreprocessOutcome run(const Image& source, int side, const PreprocessSwitches& switches);
};

}  // namespace alexnet::ui
