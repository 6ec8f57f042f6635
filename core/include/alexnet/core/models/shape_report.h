#pragma once
// ShapeReport — the table of the Shapes screen and of `alexnet-lab shapes`: one row per layer
// with its output shape, parameter count, FLOPs and activation memory, plus totals.
// Computed from Layer::outputShape only (no forward pass), so it is instant even for AlexNet.
#include <string>
#include <vector>

#include "alexnet/core/sequential.h"

namespace alexnet {

struct LayerShapeRow {
  std::size_t index = 0;              // PyTorch Sequential index
  std::string name;                   // "conv1", "relu1", "pool1", …, "pool5", "fc6", "fc7", "fc8": numbered by the
                                      // weight layer (Conv2d/Linear) they follow, as in Caffe's AlexNet
                                      // (LeNet: conv1 … pool2, fc3, fc4, fc5)
  std::string type;                   // "Conv2d"
  LayerKind kind = LayerKind::Other;  // what to switch on (type is for display)
  std::string repr;                   // "Conv2d(1, 96, kernel_size=(11, 11), stride=(4, 4), padding=(1, 1))"
  std::string bookLabel;              // as in the d2l figure: "11×11 Conv (96), stride 4"
  Shape outputShape;                  // batch 1
  std::int64_t params = 0;
  std::int64_t flops = 0;            // multiply-adds × 2
  std::int64_t activationBytes = 0;  // float32 output, batch 1
};

struct ShapeReport {
  Shape inputShape;
  std::vector<LayerShapeRow> rows;
  std::int64_t totalParams = 0;
  std::int64_t totalFlops = 0;
  std::int64_t totalActivationBytes = 0;
};

ShapeReport makeShapeReport(const Sequential& model);

// The label the d2l figure gives a layer ("11×11 Conv (96), stride 4", "3×3 MaxPool, stride 2",
// "Dense (4096)", "sigmoid", …).
std::string bookLabel(const Layer& layer, const Shape& outputShape);

}  // namespace alexnet
