#include "alexnet/core/exec/stepper.h"

#include <stdexcept>

#include "alexnet/core/layers/conv2d.h"

namespace alexnet {

Stepper::Stepper(Sequential& model) : m_model(&model) {}

void Stepper::setInput(Tensor input) {
  m_model->checkInput(input);
  m_input = std::move(input);
  reset();
}

bool Stepper::step() {
  if (!hasInput()) throw std::logic_error("Stepper::step: no input set");
  if (atEnd()) return false;
  if (m_outputs.size() == m_cursor) {
    const Tensor& previous = m_cursor == 0 ? m_input : m_outputs[m_cursor - 1];
    m_outputs.push_back(m_model->layer(m_cursor).forward(previous, Mode::Eval));
  }
  ++m_cursor;
  return true;
}

bool Stepper::back() {
  if (m_cursor == 0) return false;
  --m_cursor;
  return true;
}

void Stepper::runToEnd() {
  while (step()) {
  }
}

void Stepper::reset() {
  m_cursor = 0;
  m_outputs.clear();
}

const Tensor& Stepper::output(std::size_t index) const {
  if (index >= m_outputs.size())
    throw std::out_of_range("Stepper::output: layer " + std::to_string(index) + " has not been computed");
  return m_outputs[index];
}

const Tensor& Stepper::current() const { return m_cursor == 0 ? m_input : m_outputs[m_cursor - 1]; }

LayerKind Stepper::layerKind(std::size_t index) const { return m_model->layer(index).kind(); }

std::optional<ConvLayerView> Stepper::convLayer(std::size_t index) const {
  const Layer& layer = m_model->layer(index);
  if (layer.kind() != LayerKind::Conv2d) return std::nullopt;
  const auto& conv = static_cast<const Conv2d&>(layer);
  return ConvLayerView{.weight = &conv.weight().value,
                       .bias = &conv.bias().value,
                       .stride = conv.options().stride,
                       .padding = conv.options().padding};
}

}  // namespace alexnet
