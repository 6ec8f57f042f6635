#pragma once
// InputGeometry — where a pixel of the model's input comes from in the student's original image,
// undoing preprocessing's geometric steps (data/preprocess.h): the centred square crop
// (torchvision offsets, round half to even) and the bilinear resize to S×S
// (align_corners=False: model pixel i covers [i·m/S, (i+1)·m/S) of the m-pixel crop).
// Grayscale, scale and invert do not move pixels. Used to outline a unit's receptive field on the
// pre-resize image (models/receptive_field.h gives the rectangle on the model input).
//
// Bilinear sampling reads up to half a source pixel beyond that footprint; the rectangle is the
// footprint itself, which is what the eye needs.
#include <cstdint>

#include "alexnet/core/data/preprocess.h"
#include "alexnet/core/models/receptive_field.h"

namespace alexnet {

struct InputGeometry {
  std::int64_t originalWidth = 0;
  std::int64_t originalHeight = 0;
  std::int64_t cropLeft = 0;  // the region of the original that was resized
  std::int64_t cropTop = 0;
  std::int64_t regionWidth = 0;
  std::int64_t regionHeight = 0;
  std::int64_t inputWidth = 0;  // the model input the region became (S×S when resize is on)
  std::int64_t inputHeight = 0;
};

// The geometry preprocessImage applies to a width×height image with these options.
// Throws PreprocessError on a non-positive size.
InputGeometry inputGeometry(std::int64_t width, std::int64_t height, const PreprocessOptions& options);

// A rectangle in original-image pixels (fractional when the resize scales).
struct ImageRect {
  double x = 0.0;
  double y = 0.0;
  double width = 0.0;
  double height = 0.0;
};

// Maps a rectangle on the model input (e.g. UnitReceptiveField::clipped) to the original image.
ImageRect toOriginalImage(const InputRect& rect, const InputGeometry& geometry);

}  // namespace alexnet
