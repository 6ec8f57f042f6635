#pragma once
// InputSource — the student's original image (before grayscale, crop and resize) and core's
// InputGeometry mapping the model input back onto it; what the receptive-field explainer draws on.
#include <QImage>
#include <QMetaType>
#include <QString>

#include "alexnet/core/data/input_geometry.h"

namespace alexnet::ui {

struct InputSource {
  QImage original;              // stages[0] of the preprocessing ("Original"), full size, gray or RGB
  InputGeometry geometry;       // core's inputGeometry for the switches and the model's input side
  QString description;          // "Fashion-MNIST test sample 12 (Ankle boot)", a file name, …
  std::int64_t fileWidth = 0;   // the file's own size when `original` is a reduced decode of a large
  std::int64_t fileHeight = 0;  // photo (image/image_input.h); 0 when original is the full image
  bool isValid() const { return !original.isNull() && geometry.inputWidth > 0; }
};

}  // namespace alexnet::ui
