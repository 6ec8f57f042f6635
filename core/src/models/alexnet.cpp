#include "alexnet/core/models/alexnet.h"

#include "alexnet/core/layers/conv2d.h"
#include "alexnet/core/layers/dropout.h"
#include "alexnet/core/layers/flatten.h"
#include "alexnet/core/layers/linear.h"
#include "alexnet/core/layers/local_response_norm.h"
#include "alexnet/core/layers/max_pool2d.h"
#include "alexnet/core/layers/relu.h"

namespace alexnet {

std::unique_ptr<Sequential> alexnet(const AlexNetOptions& options) {
  const auto& w = options.widths.values;  // c1..c5, f1, f2
  auto net = std::make_unique<Sequential>(Shape{1, options.inChannels, options.inputSize, options.inputSize});
  const auto pool = [&] { net->emplace<MaxPool2d>(MaxPool2dOptions{.kernelSize = 3, .stride = 2}); };
  const auto lrn = [&] {
    if (options.localResponseNorm)
      net->emplace<LocalResponseNorm>(LocalResponseNormOptions{.size = 5, .alpha = 1e-4f, .beta = 0.75f, .k = 2.0f});
  };
  net->emplace<Conv2d>(Conv2dOptions{
      .inChannels = options.inChannels, .outChannels = w[0], .kernelSize = 11, .stride = 4, .padding = 1});
  net->emplace<ReLU>();
  lrn();
  pool();
  net->emplace<Conv2d>(Conv2dOptions{.inChannels = w[0], .outChannels = w[1], .kernelSize = 5, .padding = 2});
  net->emplace<ReLU>();
  lrn();
  pool();
  net->emplace<Conv2d>(Conv2dOptions{.inChannels = w[1], .outChannels = w[2], .kernelSize = 3, .padding = 1});
  net->emplace<ReLU>();
  net->emplace<Conv2d>(Conv2dOptions{.inChannels = w[2], .outChannels = w[3], .kernelSize = 3, .padding = 1});
  net->emplace<ReLU>();
  net->emplace<Conv2d>(Conv2dOptions{.inChannels = w[3], .outChannels = w[4], .kernelSize = 3, .padding = 1});
  net->emplace<ReLU>();
  pool();
  net->emplace<Flatten>();
  net->emplace<Linear>(LinearOptions{.inFeatures = net->outputShape()[1], .outFeatures = w[5]});
  net->emplace<ReLU>();
  net->emplace<Dropout>(DropoutOptions{.p = 0.5f, .seed = options.dropoutSeed * 2 + 1});
  net->emplace<Linear>(LinearOptions{.inFeatures = w[5], .outFeatures = w[6]});
  net->emplace<ReLU>();
  net->emplace<Dropout>(DropoutOptions{.p = 0.5f, .seed = options.dropoutSeed * 2 + 2});
  net->emplace<Linear>(LinearOptions{.inFeatures = w[6], .outFeatures = options.numClasses});
  return net;
}

std::unique_ptr<Sequential> alexnet2012(const AlexNetOptions& options) { return alexnet(options); }

}  // namespace alexnet
