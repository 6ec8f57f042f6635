#pragma once
// Sequential — an ordered list of layers with shapes inferred at construction, as nn.Sequential.
//
// The model is built for one input shape (N = 1, e.g. [1, 1, 224, 224]); add() calls the new
// layer's outputShape() and throws a ShapeError naming the layer index, type, and the expected
// and actual shapes on a mismatch. forward() accepts any batch size N with the same C, H, W.
// Parameters are named like PyTorch's state_dict: "<index>.weight", "<index>.bias".
#include <memory>
#include <string>
#include <vector>

#include "alexnet/core/layer.h"

namespace alexnet {

struct NamedParameter {
  std::string key;       // "0.weight"
  Parameter* parameter;  // non-owning; owned by the layer
};

class Sequential {
 public:
  explicit Sequential(Shape inputShape);  // e.g. {1, 1, 28, 28}

  Sequential(const Sequential&) = delete;
  Sequential& operator=(const Sequential&) = delete;
  Sequential(Sequential&&) = default;
  Sequential& operator=(Sequential&&) = default;

  // Appends a layer after checking it accepts the current output shape.
  Layer& add(std::unique_ptr<Layer> layer);
  template <class L, class... Args>
  L& emplace(Args&&... args) {
    return static_cast<L&>(add(std::make_unique<L>(std::forward<Args>(args)...)));
  }

  std::size_t size() const { return m_layers.size(); }
  Layer& layer(std::size_t index) { return *m_layers.at(index); }
  const Layer& layer(std::size_t index) const { return *m_layers.at(index); }

  const Shape& inputShape() const { return m_inputShape; }
  // Output shape of layer `index` for the batch-1 input shape.
  const Shape& outputShape(std::size_t index) const { return m_outputShapes.at(index); }
  // Output shape of the whole model (the input shape when empty).
  const Shape& outputShape() const;

  // Throws ShapeError unless x is (N, …inputShape()[1:]).
  void checkInput(const Tensor& x) const;

  Tensor forward(const Tensor& x, Mode mode);
  // Runs layers [first, last) only; used by the step-by-step runner.
  Tensor forwardRange(const Tensor& x, std::size_t first, std::size_t last, Mode mode);
  Tensor backward(const Tensor& gradOut);
  // backward() for a training step: the parameter gradients only, without the gradient with respect
  // to the input (the first layer's backwardParameters()).
  void backwardParameters(const Tensor& gradOut);

  std::vector<NamedParameter> namedParameters();
  std::vector<std::pair<std::string, const Parameter*>> namedParameters() const;
  std::int64_t parameterCount() const;
  void zeroGrad();

 private:
  Shape m_inputShape;
  std::vector<std::unique_ptr<Layer>> m_layers;
  std::vector<Shape> m_outputShapes;  // per layer, for the batch-1 input
};

}  // namespace alexnet
