#include "alexnet/core/exec/saliency.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace alexnet {

SaliencyResult computeSaliency(Sequential& model, const Tensor& input, const SaliencyOptions& options) {
  if (input.rank() != 4 || input.dim(0) != 1)
    throw SaliencyError("saliency: expected one input image (1, C, H, W), got " + toString(input.shape()));
  try {
    model.checkInput(input);
  } catch (const ShapeError& error) {
    throw SaliencyError(std::string("saliency: ") + error.what());
  }
  const Shape& outShape = model.outputShape();
  if (outShape.size() != 2)
    throw SaliencyError("saliency: the model must end in (1, K) logits, not " + toString(outShape));

  SaliencyResult result;
  result.logits = model.forward(input, Mode::Eval);  // (1, K)
  const std::int64_t classes = result.logits.dim(1);
  if (options.classIndex >= classes || options.classIndex < -1)
    throw SaliencyError("saliency: class " + std::to_string(options.classIndex) + " is outside [0, " +
                        std::to_string(classes) + ")");
  if (options.classIndex >= 0) {
    result.classIndex = options.classIndex;
  } else {
    const float* logits = result.logits.data();
    result.classIndex = std::max_element(logits, logits + classes) - logits;
  }
  result.score = result.logits[result.classIndex];

  Tensor oneHot(result.logits.shape(), 0.0f);  // (1, K)
  oneHot[result.classIndex] = 1.0f;
  if (options.method == SaliencyMethod::Gradient) {
    result.gradient = model.backward(oneHot);  // (1, C, H, W)
  } else {
    Tensor gradient = oneHot;  // (1, K), then each layer's input shape going down
    for (std::size_t i = model.size(); i-- > 0;) {
      Layer& layer = model.layer(i);
      gradient = layer.backward(gradient);  // ReLU: g · [x > 0]
      if (layer.kind() == LayerKind::ReLU) {
        float* g = gradient.data();
        for (std::int64_t k = 0; k < gradient.numel(); ++k) g[k] = std::max(g[k], 0.0f);  // · [g > 0]
      }
    }
    result.gradient = std::move(gradient);  // (1, C, H, W)
  }
  // The parameter gradients were a by-product: free them (an inspected model keeps its weights once).
  for (auto& [key, parameter] : model.namedParameters()) parameter->grad = Tensor();
  return result;
}

Tensor saliencyMap(const Tensor& gradient) {
  if (gradient.rank() != 4 || gradient.dim(0) != 1)
    throw SaliencyError("saliency: expected a (1, C, H, W) gradient, got " + toString(gradient.shape()));
  const std::int64_t channels = gradient.dim(1), height = gradient.dim(2), width = gradient.dim(3);
  Tensor map({height, width}, 0.0f);  // (H, W)
  for (std::int64_t c = 0; c < channels; ++c)
    for (std::int64_t y = 0; y < height; ++y)
      for (std::int64_t x = 0; x < width; ++x)
        map[y * width + x] = std::max(map[y * width + x], std::abs(gradient.at(0, c, y, x)));
  return map;
}

}  // namespace alexnet
