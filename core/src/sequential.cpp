#include "alexnet/core/sequential.h"

#include <utility>

namespace alexnet {

Sequential::Sequential(Shape inputShape) : m_inputShape(std::move(inputShape)) {
  if (m_inputShape.empty()) throw ShapeError("Sequential: the input shape must not be empty");
}

Layer& Sequential::add(std::unique_ptr<Layer> layer) {
  const Shape& in = outputShape();
  Shape out;
  try {
    out = layer->outputShape(in);
  } catch (const ShapeError& error) {
    throw ShapeError("layer " + std::to_string(m_layers.size()) + " (" + std::string(layer->typeName()) +
                     "): cannot take input of shape " + toString(in) + ": " + error.what());
  }
  m_outputShapes.push_back(std::move(out));
  m_layers.push_back(std::move(layer));
  return *m_layers.back();
}

const Shape& Sequential::outputShape() const { return m_outputShapes.empty() ? m_inputShape : m_outputShapes.back(); }

void Sequential::checkInput(const Tensor& x) const {
  bool ok = x.rank() == m_inputShape.size() && x.dim(0) > 0;
  for (std::size_t i = 1; ok && i < m_inputShape.size(); ++i) ok = x.dim(i) == m_inputShape[i];
  if (!ok) {
    Shape expected = m_inputShape;
    std::string text = toString(expected);
    text.replace(1, std::to_string(expected[0]).size(), "N");
    throw ShapeError("model input: expected shape " + text + ", got " + toString(x.shape()));
  }
}

Tensor Sequential::forward(const Tensor& x, Mode mode) { return forwardRange(x, 0, m_layers.size(), mode); }

Tensor Sequential::forwardRange(const Tensor& x, std::size_t first, std::size_t last, Mode mode) {
  if (first == 0) checkInput(x);
  Tensor current = x;
  for (std::size_t i = first; i < last && i < m_layers.size(); ++i) current = m_layers[i]->forward(current, mode);
  return current;
}

Tensor Sequential::backward(const Tensor& gradOut) {
  Tensor grad = gradOut;
  for (std::size_t i = m_layers.size(); i-- > 0;) grad = m_layers[i]->backward(grad);
  return grad;
}

void Sequential::backwardParameters(const Tensor& gradOut) {
  if (m_layers.empty()) return;
  Tensor grad = gradOut;
  for (std::size_t i = m_layers.size(); i-- > 1;) grad = m_layers[i]->backward(grad);
  m_layers.front()->backwardParameters(grad);
}

std::vector<NamedParameter> Sequential::namedParameters() {
  std::vector<NamedParameter> out;
  for (std::size_t i = 0; i < m_layers.size(); ++i)
    for (Parameter* p : m_layers[i]->parameters()) out.push_back({std::to_string(i) + "." + p->name, p});
  return out;
}

std::vector<std::pair<std::string, const Parameter*>> Sequential::namedParameters() const {
  std::vector<std::pair<std::string, const Parameter*>> out;
  for (std::size_t i = 0; i < m_layers.size(); ++i)
    for (const Parameter* p : std::as_const(*m_layers[i]).parameters())
      out.emplace_back(std::to_string(i) + "." + p->name, p);
  return out;
}

std::int64_t Sequential::parameterCount() const {
  std::int64_t count = 0;
  for (const auto& layer : m_layers) count += layer->parameterCount();
  return count;
}

void Sequential::zeroGrad() {
  for (auto& layer : m_layers) layer->zeroGrad();
}

}  // namespace alexnet
