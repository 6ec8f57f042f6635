#pragma once
// Stepper — runs a network one layer at a time and keeps every layer's output, for the
// step-by-step Inspect screen (mlpack's Forward(start, end), llama2.c's RunState).
//
//   Stepper stepper(model);            // non-owning; the model must outlive the stepper
//   stepper.setInput(x);               // (N, C, H, W), cursor = 0
//   stepper.step();                    // computes layer 0, cursor = 1
//   stepper.back();                    // cursor = 0 (outputs are kept and reused)
//   stepper.runToEnd();                // cursor = model.size()
//
// Always evaluates in Mode::Eval. Outputs are returned as const references; callers never reach
// into layers: layerKind(i) says what layer i is, and convLayer(i) gives what explaining a Conv2d
// value needs (its weight, bias, stride and padding).
#include <cstdint>
#include <optional>
#include <vector>

#include "alexnet/core/sequential.h"

namespace alexnet {

// A Conv2d layer's parameters, read-only, valid while the model lives and is not trained.
struct ConvLayerView {
  const Tensor* weight = nullptr;  // (C_out, C_in, k, k)
  const Tensor* bias = nullptr;    // (C_out)
  std::int64_t stride = 1;
  std::int64_t padding = 0;
};

class Stepper {
 public:
  explicit Stepper(Sequential& model);

  void setInput(Tensor input);  // throws ShapeError on a shape the model cannot take
  bool hasInput() const { return !m_input.empty(); }
  const Tensor& input() const { return m_input; }

  bool step();  // computes the next layer; false when already at the end
  bool back();  // moves the cursor back one layer; false at the start
  void runToEnd();
  void reset();  // cursor = 0, outputs dropped

  std::size_t cursor() const { return m_cursor; }
  std::size_t layerCount() const { return m_model->size(); }
  bool atEnd() const { return m_cursor == m_model->size(); }

  const Tensor& output(std::size_t index) const;  // index < computed count
  // The output shown at the cursor (the input when cursor == 0).
  const Tensor& current() const;

  LayerKind layerKind(std::size_t index) const;  // index < layerCount()
  // Layer `index`'s parameters when it is a Conv2d, else nullopt.
  std::optional<ConvLayerView> convLayer(std::size_t index) const;

 private:
  Sequential* m_model;            // non-owning
  Tensor m_input;                 // (N, C, H, W)
  std::vector<Tensor> m_outputs;  // computed outputs; size() ≥ m_cursor
  std::size_t m_cursor = 0;
};

}  // namespace alexnet
