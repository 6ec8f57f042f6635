#include "alexnet/core/models/lenet.h"

#include "alexnet/core/layers/avg_pool2d.h"
#include "alexnet/core/layers/conv2d.h"
#include "alexnet/core/layers/flatten.h"
#include "alexnet/core/layers/linear.h"
#include "alexnet/core/layers/sigmoid.h"

namespace alexnet {

std::unique_ptr<Sequential> lenet(const LeNetOptions& options) {
  auto net = std::make_unique<Sequential>(Shape{1, 1, options.inputSize, options.inputSize});
  net->emplace<Conv2d>(Conv2dOptions{.inChannels = 1, .outChannels = 6, .kernelSize = 5, .padding = 2});  // 0
  net->emplace<Sigmoid>();                                                                                // 1
  net->emplace<AvgPool2d>(AvgPool2dOptions{.kernelSize = 2, .stride = 2});                                // 2
  net->emplace<Conv2d>(Conv2dOptions{.inChannels = 6, .outChannels = 16, .kernelSize = 5});               // 3
  net->emplace<Sigmoid>();                                                                                // 4
  net->emplace<AvgPool2d>(AvgPool2dOptions{.kernelSize = 2, .stride = 2});                                // 5
  net->emplace<Flatten>();                                                                                // 6
  net->emplace<Linear>(LinearOptions{.inFeatures = net->outputShape()[1], .outFeatures = 120});           // 7
  net->emplace<Sigmoid>();                                                                                // 8
  net->emplace<Linear>(LinearOptions{.inFeatures = 120, .outFeatures = 84});                              // 9
  net->emplace<Sigmoid>();                                                                                // 10
  net->emplace<Linear>(LinearOptions{.inFeatures = 84, .outFeatures = options.numClasses});               // 11
  return net;
}

}  // namespace alexnet
