#pragma once
// LeNet-5 as in d2l (sigmoid activations, average pooling), PyTorch Sequential indices:
//   0 Conv2d(1,6,5,padding=2) 1 Sigmoid 2 AvgPool2d(2,2) 3 Conv2d(6,16,5) 4 Sigmoid 5 AvgPool2d(2,2)
//   6 Flatten 7 Linear(400,120) 8 Sigmoid 9 Linear(120,84) 10 Sigmoid 11 Linear(84,10)
// Input (N, 1, 28, 28) by default; another side is allowed (Linear 7's inputs are inferred).
#include <memory>

#include "alexnet/core/sequential.h"

namespace alexnet {

struct LeNetOptions {
  std::int64_t inputSize = 28;
  std::int64_t numClasses = 10;
};

std::unique_ptr<Sequential> lenet(const LeNetOptions& options = {});

}  // namespace alexnet
