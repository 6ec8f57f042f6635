#pragma once
// The Layer contract — read this first.
//
// A network is a Sequential list of layers (see sequential.h). Every layer is a small class with
// paired forward/backward functions, in the style of PyTorch's nn.Module:
//
//   Tensor y  = layer.forward(x, Mode::Train);   // caches what backward needs (input, argmax, mask…)
//   Tensor dx = layer.backward(dy);              // returns dL/dx and ACCUMULATES dL/dparam (+=)
//
// - outputShape(in) is pure: the shape table, the diagram and Sequential's shape inference all
//   call it, so what the UI shows can never drift from what forward computes.
// - Names follow PyTorch (typeName() returns "Conv2d", "MaxPool2d", …), and repr() prints the
//   module the way PyTorch does, e.g. "Conv2d(1, 96, kernel_size=(11, 11), stride=(4, 4), padding=(1, 1))".
// - Parameters are named "weight" and "bias"; Sequential prefixes the layer index, giving the
//   nn.Sequential state_dict keys "0.weight", "0.bias", "3.weight", …
// - Mode::Eval makes Dropout the identity; nothing else depends on the mode.
// - kind() says which of core's layers this is, so callers switch on it instead of comparing
//   typeName() strings, guessing from what a layer carries, or dynamic_cast-ing.
//
// docs/adding-a-layer.md walks through writing a new layer; its code is compiled in
// tests/core/test_adding_a_layer.cpp so it cannot go stale.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "alexnet/core/tensor.h"

namespace alexnet {

enum class Mode { Train, Eval };

// Which of core's layer classes a Layer is (one value per class in layers/). Other: a layer core
// does not define (a test double, a layer being written as in docs/adding-a-layer.md).
enum class LayerKind {
  Conv2d,
  Linear,
  ReLU,
  Sigmoid,
  MaxPool2d,
  AvgPool2d,
  LocalResponseNorm,
  Flatten,
  Dropout,
  Other
};

// ReLU and Sigmoid: the elementwise non-linearities.
constexpr bool isActivation(LayerKind kind) { return kind == LayerKind::ReLU || kind == LayerKind::Sigmoid; }
// MaxPool2d and AvgPool2d.
constexpr bool isPooling(LayerKind kind) { return kind == LayerKind::MaxPool2d || kind == LayerKind::AvgPool2d; }
// Layers whose output unit (c, y, x) sees only input unit (c, y, x): activations, Dropout, LocalResponseNorm
// (across channels only).
constexpr bool isPointwise(LayerKind kind) {
  return isActivation(kind) || kind == LayerKind::Dropout || kind == LayerKind::LocalResponseNorm;
}

// A learnable tensor and its gradient (same shape). backward() adds into grad; zeroGrad() clears it.
// The gradient is allocated on first use (zeroGrad or backward), so a model that only runs forward —
// inspecting, evaluating — holds its weights once, not twice (AlexNet: 187 MB, not 374 MB).
struct Parameter {
  std::string name;  // "weight" or "bias"
  Tensor value;
  Tensor grad;  // empty until the first zeroGrad()/backward()

  // Allocates grad as zeros of value's shape if it is still empty; returns it.
  Tensor& ensureGrad() {
    if (grad.shape() != value.shape()) grad = Tensor(value.shape());
    return grad;
  }
};

class Layer {
 public:
  virtual ~Layer() = default;

  virtual std::string_view typeName() const = 0;               // PyTorch class name: "Conv2d"
  virtual LayerKind kind() const { return LayerKind::Other; }  // every layer in layers/ overrides it
  virtual std::string repr() const = 0;                        // PyTorch module repr
  virtual Shape outputShape(const Shape& in) const = 0;        // throws ShapeError when `in` is unusable
  virtual Tensor forward(const Tensor& x, Mode mode) = 0;
  virtual Tensor backward(const Tensor& gradOut) = 0;
  // backward() for the first layer of a training step, whose input gradient nobody reads (PyTorch
  // does not compute it either: the images do not require grad). Accumulates dL/dparam only. Layers
  // whose input gradient is work of its own override it to skip that work (Conv2d: AlexNet's conv1
  // input gradient is a 363 × 2916 × 96 product and a col2im per image).
  virtual void backwardParameters(const Tensor& gradOut) { backward(gradOut); }
  virtual std::vector<Parameter*> parameters() { return {}; }
  std::vector<const Parameter*> parameters() const;

  // Floating-point operations of one forward pass on input shape `in`, counted as
  // multiply-adds × 2 (Conv2d and Linear); layers without multiply-adds count 0.
  virtual std::int64_t flops(const Shape& in) const;

  std::int64_t parameterCount() const;
  void zeroGrad();
};

}  // namespace alexnet
