#pragma once
// AlexNet as in d2l (1 input channel, 10 classes), PyTorch Sequential indices:
//   0 Conv2d(1,96,11,stride=4,padding=1) 1 ReLU 2 MaxPool2d(3,2)
//   3 Conv2d(96,256,5,padding=2) 4 ReLU 5 MaxPool2d(3,2)
//   6 Conv2d(256,384,3,padding=1) 7 ReLU 8 Conv2d(384,384,3,padding=1) 9 ReLU
//   10 Conv2d(384,256,3,padding=1) 11 ReLU 12 MaxPool2d(3,2) 13 Flatten
//   14 Linear(6400,4096) 15 ReLU 16 Dropout(0.5) 17 Linear(4096,4096) 18 ReLU 19 Dropout(0.5)
//   20 Linear(4096,10)
// Shapes for a 1×1×224×224 input: [1,96,54,54] → [1,96,26,26] → [1,256,26,26] → [1,256,12,12]
// → [1,384,12,12] ×2 → [1,256,12,12] → [1,256,5,5] → [1,6400] → [1,4096] → [1,4096] → [1,10].
//
// With localResponseNorm = true (the 2012 original) a LocalResponseNorm(5, 1e-4, 0.75, 2) follows
// the ReLU after conv1 and conv2, shifting the later indices by one and two.
#include <memory>

#include "alexnet/core/models/model_config.h"
#include "alexnet/core/sequential.h"

namespace alexnet {

struct AlexNetOptions {
  std::int64_t inputSize = 224;
  std::int64_t inChannels = 1;
  std::int64_t numClasses = 10;
  AlexNetWidths widths;
  bool localResponseNorm = false;
  std::uint64_t dropoutSeed = 0;
};

std::unique_ptr<Sequential> alexnet(const AlexNetOptions& options = {});
// The 2012 paper's network: 3×224×224 input, LRN after conv1 and conv2, 1000 classes.
std::unique_ptr<Sequential> alexnet2012(const AlexNetOptions& options = {
                                            .inChannels = 3, .numClasses = 1000, .localResponseNorm = true});

}  // namespace alexnet
