#pragma once
// ReceptiveField — which pixels of the model input one output unit of a layer can see.
//
// Computed from the layer stack alone (kernel sizes, strides, paddings), never from a forward pass.
// Kernels, strides and paddings are square in AlexNet Lab, so one set of numbers serves both axes.
// For layer L with kernel k, stride s, padding p, and the previous layer's field (r, j, a):
//
//   size  r' = r + (k − 1)·j        jump j' = j·s        start a' = a − p·j
//
// Unit (y, x) of layer L then covers input rows [a + y·j, a + y·j + r − 1] (columns likewise);
// `start` is negative when the field of unit 0 hangs over the zero padding.
//   Conv2d, MaxPool2d, AvgPool2d           the rule above (pooling has p = 0)
//   ReLU, Sigmoid, Dropout, LocalResponseNorm   unchanged (spatially pointwise)
//   Flatten, Linear and everything after    the whole input (wholeInput = true)
// d2l AlexNet on 224×224: conv1 11 (jump 4), pool1 19 (8), conv2 51, pool2 67 (16), conv3 99,
// conv4 131, conv5 163, pool5 195 (32).
#include <cstdint>
#include <stdexcept>
#include <vector>

#include "alexnet/core/sequential.h"

namespace alexnet {

// Thrown for a layer whose spatial footprint is unknown (a rank-4 layer that is not listed above).
class ReceptiveFieldError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct ReceptiveField {
  std::int64_t size = 1;    // side of the square field on the model input, in input pixels
  std::int64_t jump = 1;    // input pixels between neighbouring units (effective stride)
  std::int64_t start = 0;   // input coordinate of the first row/column of unit 0's field (≤ 0)
  bool wholeInput = false;  // dense layers: every unit sees the whole input
  bool operator==(const ReceptiveField&) const = default;
};

// One entry per layer of `model` (index = Sequential index).
std::vector<ReceptiveField> receptiveFields(const Sequential& model);

// A rectangle on the model input, in input pixels (x = column, y = row).
struct InputRect {
  std::int64_t x = 0;
  std::int64_t y = 0;
  std::int64_t width = 0;
  std::int64_t height = 0;
  bool operator==(const InputRect&) const = default;
};

struct UnitReceptiveField {
  ReceptiveField field;  // of the layer
  InputRect unclipped;   // may extend past the image into the padding
  InputRect clipped;     // intersected with the input image [0, W) × [0, H)
};

// The input rectangle seen by unit (y, x) of layer `layer` (any channel). For dense layers
// (y, x) are ignored and the rectangle is the whole input. Throws std::out_of_range for a layer
// index or position outside the layer's output.
UnitReceptiveField unitReceptiveField(const Sequential& model, std::size_t layer, std::int64_t y, std::int64_t x);

// The same from a layer's field (one entry of receptiveFields) and shapes, without the model: for
// callers that keep the fields but not the network (the GUI's value snapshots). `input` is the
// model input (1, C, H, W), `layerOutput` the layer's output shape. Throws std::out_of_range for a
// position outside a rank-4 output.
UnitReceptiveField unitReceptiveField(const ReceptiveField& field, const Shape& input, const Shape& layerOutput,
                                      std::int64_t y, std::int64_t x);

}  // namespace alexnet
