#include "ui/network/code_shapes.h"

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

namespace alexnet::ui {
namespace {

constexpr std::int64_t kDefaultSide = 224;  // buildFromCode's, for code without an X

// The in size of a Conv2d/Linear: written, or (Lazy) taken from the shape reaching it.
std::int64_t inSize(const LayerCode& code, const Shape& in) {
  if (code.type == "Conv2d" || code.type == "Linear") return code.inChannels;
  if (code.type == "LazyConv2d") return in.size() == 4 ? in[1] : 1;
  return in.size() == 2 ? in[1] : 1;  // LazyLinear
}

std::unique_ptr<Layer> makeLayer(const LayerCode& code, const Shape& in) {
  const std::string& t = code.type;
  if (t == "Conv2d" || t == "LazyConv2d")
    return std::make_unique<Conv2d>(Conv2dOptions{.inChannels = inSize(code, in), .outChannels = code.outChannels,
                                                  .kernelSize = code.kernelSize, .stride = code.stride,
                                                  .padding = code.padding});
  if (t == "Linear" || t == "LazyLinear")
    return std::make_unique<Linear>(LinearOptions{.inFeatures = inSize(code, in), .outFeatures = code.outChannels});
  if (t == "ReLU") return std::make_unique<ReLU>();
  if (t == "Sigmoid") return std::make_unique<Sigmoid>();
  if (t == "Flatten") return std::make_unique<Flatten>();
  if (t == "MaxPool2d")
    return std::make_unique<MaxPool2d>(MaxPool2dOptions{.kernelSize = code.kernelSize, .stride = code.stride});
  if (t == "AvgPool2d")
    return std::make_unique<AvgPool2d>(AvgPool2dOptions{.kernelSize = code.kernelSize, .stride = code.stride});
  if (t == "Dropout") return std::make_unique<Dropout>(DropoutOptions{.p = code.p, .seed = 0});
  if (t == "LocalResponseNorm")
    return std::make_unique<LocalResponseNorm>(
        LocalResponseNormOptions{.size = code.size, .alpha = code.alpha, .beta = code.beta, .k = code.k});
  throw std::invalid_argument("buildCodeShapes: unknown layer type '" + t + "'");
}

// Parameters the layer will hold, as a double (the factors can overflow 64 bits before the limit check).
double parameterCount(const LayerCode& code, const Shape& in) {
  const double out = static_cast<double>(code.outChannels), inner = static_cast<double>(inSize(code, in));
  if (code.type == "Conv2d" || code.type == "LazyConv2d")
    return out * (inner * static_cast<double>(code.kernelSize) * static_cast<double>(code.kernelSize) + 1.0);
  if (code.type == "Linear" || code.type == "LazyLinear") return out * (inner + 1.0);
  return 0.0;
}

}  // namespace

std::unique_ptr<Sequential> buildCodeShapes(const NetworkCode& code, std::int64_t inputSize) {
  const std::optional<Shape>& x = code.inputShape;
  const bool xUsable = x && x->size() == 4;
  const std::int64_t side = inputSize > 0 ? inputSize : xUsable ? (*x)[2] : kDefaultSide;
  std::int64_t channels = xUsable ? (*x)[1] : 0;
  for (std::size_t i = 0; channels == 0 && i < code.layers.size(); ++i)
    if (code.layers[i].type == "Conv2d" || code.layers[i].type == "LazyConv2d")
      channels = code.layers[i].type == "Conv2d" ? code.layers[i].inChannels : 1;
  if (channels <= 0) channels = 1;

  auto model = std::make_unique<Sequential>(Shape{1, channels, side, side});
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
      model->add(makeLayer(layer, in));
    } catch (const ShapeError& error) {
      if (layer.line <= 0) throw;
      throw ShapeError(code.fileName + ":" + std::to_string(layer.line) + ":" + std::to_string(layer.column) + ": " +
                       error.what());
    }
  }
  return model;
}

}  // namespace alexnet::ui
