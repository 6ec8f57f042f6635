// buildFromCode: a NetworkCode → an initialised Sequential, the same way buildModel builds its models
// (layers in order, initializeXavier(model, seed), the k-th Dropout seeded seed·2 + k).
#include <stdexcept>

#include "alexnet/core/layers/avg_pool2d.h"
#include "alexnet/core/layers/conv2d.h"
#include "alexnet/core/layers/dropout.h"
#include "alexnet/core/layers/flatten.h"
#include "alexnet/core/layers/linear.h"
#include "alexnet/core/layers/local_response_norm.h"
#include "alexnet/core/layers/max_pool2d.h"
#include "alexnet/core/layers/relu.h"
#include "alexnet/core/layers/sigmoid.h"
#include "alexnet/core/models/init.h"
#include "alexnet/core/models/sequential_code.h"

namespace alexnet {
namespace {

constexpr std::int64_t kDefaultSide = 224;
constexpr std::int64_t kMaxSide = 65536;
constexpr std::int64_t kMaxChannels = std::int64_t{1} << 20;

// The layer for `code` given the shape reaching it (Lazy layers take their in size from it; a shape of the
// wrong rank gives in size 1, and Sequential::add then names the real problem).
std::unique_ptr<Layer> makeLayer(const LayerCode& code, const Shape& in, std::uint64_t seed, std::uint64_t& dropouts) {
  const std::string& t = code.type;
  if (t == "Conv2d" || t == "LazyConv2d") {
    const std::int64_t inChannels = t == "Conv2d" ? code.inChannels : in.size() == 4 ? in[1] : 1;
    return std::make_unique<Conv2d>(Conv2dOptions{.inChannels = inChannels,
                                                  .outChannels = code.outChannels,
                                                  .kernelSize = code.kernelSize,
                                                  .stride = code.stride,
                                                  .padding = code.padding});
  }
  if (t == "Linear" || t == "LazyLinear") {
    const std::int64_t inFeatures = t == "Linear" ? code.inChannels : in.size() == 2 ? in[1] : 1;
    return std::make_unique<Linear>(LinearOptions{.inFeatures = inFeatures, .outFeatures = code.outChannels});
  }
  if (t == "ReLU") return std::make_unique<ReLU>();
  if (t == "Sigmoid") return std::make_unique<Sigmoid>();
  if (t == "Flatten") return std::make_unique<Flatten>();
  if (t == "MaxPool2d")
    return std::make_unique<MaxPool2d>(MaxPool2dOptions{.kernelSize = code.kernelSize, .stride = code.stride});
  if (t == "AvgPool2d")
    return std::make_unique<AvgPool2d>(AvgPool2dOptions{.kernelSize = code.kernelSize, .stride = code.stride});
  if (t == "Dropout") return std::make_unique<Dropout>(DropoutOptions{.p = code.p, .seed = seed * 2 + ++dropouts});
  if (t == "LocalResponseNorm")
    return std::make_unique<LocalResponseNorm>(
        LocalResponseNormOptions{.size = code.size, .alpha = code.alpha, .beta = code.beta, .k = code.k});
  throw std::invalid_argument("buildFromCode: unknown layer type '" + t + "'");
}

// Parameters the layer will hold (as a double: the factors can overflow 64 bits before the limit check).
double parameterCount(const LayerCode& code, const Shape& in) {
  if (code.type == "Conv2d" || code.type == "LazyConv2d") {
    const double inChannels = code.type == "Conv2d" ? static_cast<double>(code.inChannels)
                              : in.size() == 4      ? static_cast<double>(in[1])
                                                    : 1.0;
    const double k = static_cast<double>(code.kernelSize);
    return static_cast<double>(code.outChannels) * (inChannels * k * k + 1.0);
  }
  if (code.type == "Linear" || code.type == "LazyLinear") {
    const double inFeatures = code.type == "Linear" ? static_cast<double>(code.inChannels)
                              : in.size() == 2      ? static_cast<double>(in[1])
                                                    : 1.0;
    return static_cast<double>(code.outChannels) * (inFeatures + 1.0);
  }
  return 0.0;
}

std::string where(const NetworkCode& network, const LayerCode& layer) {
  if (layer.line <= 0) return "";
  return network.fileName + ":" + std::to_string(layer.line) + ":" + std::to_string(layer.column) + ": ";
}

}  // namespace

std::unique_ptr<Sequential> buildFromCode(const NetworkCode& code, const BuildFromCodeOptions& options) {
  if (options.inputSize < 0 || options.inputSize > kMaxSide)
    throw std::invalid_argument("buildFromCode: input size " + std::to_string(options.inputSize) +
                                " is out of range (0 to " + std::to_string(kMaxSide) + ")");
  if (options.inputChannels < 0 || options.inputChannels > kMaxChannels)
    throw std::invalid_argument("buildFromCode: input channels " + std::to_string(options.inputChannels) +
                                " is out of range (0 to " + std::to_string(kMaxChannels) + ")");
  const std::optional<Shape>& x = code.inputShape;
  const bool xUsable = x && x->size() == 4;
  const std::int64_t side = options.inputSize > 0 ? options.inputSize : xUsable ? (*x)[2] : kDefaultSide;
  std::int64_t channels = options.inputChannels > 0 ? options.inputChannels : xUsable ? (*x)[1] : 0;
  for (std::size_t i = 0; channels == 0 && i < code.layers.size(); ++i)
    if (code.layers[i].type == "Conv2d" || code.layers[i].type == "LazyConv2d")
      channels = code.layers[i].type == "Conv2d" ? code.layers[i].inChannels : 1;
  if (channels <= 0) channels = 1;

  auto model = std::make_unique<Sequential>(Shape{1, channels, side, side});
  std::uint64_t dropouts = 0;
  double parameters = 0.0;
  for (const LayerCode& layer : code.layers) {
    const Shape in = model->outputShape();
    parameters += parameterCount(layer, in);
    if (parameters > static_cast<double>(kSequentialCodeMaxParameters))
      throw SequentialCodeError(code.fileName, layer.line, layer.column,
                                "layer " + std::to_string(model->size()) + " (" + layer.type +
                                    ") takes the network past " + std::to_string(kSequentialCodeMaxParameters) +
                                    " parameters (4 GiB of float32), more than is built here");
    try {
      model->add(makeLayer(layer, in, options.seed, dropouts));
    } catch (const ShapeError& error) {
      throw ShapeError(where(code, layer) + error.what());
    }
  }
  if (options.initialize) initializeXavier(*model, options.seed);
  return model;
}

}  // namespace alexnet
