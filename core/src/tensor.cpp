#include "alexnet/core/tensor.h"

#include <algorithm>

namespace alexnet {
namespace {

void checkShape(const Shape& shape) {
  for (std::int64_t d : shape)
    if (d < 0) throw ShapeError("negative dimension in shape " + toString(shape));
}

}  // namespace

Tensor::Tensor(Shape shape, float fill) : m_shape(std::move(shape)) {
  checkShape(m_shape);
  m_data.assign(static_cast<std::size_t>(alexnet::numel(m_shape)), fill);
}

Tensor::Tensor(Shape shape, std::vector<float> values) : m_shape(std::move(shape)) {
  checkShape(m_shape);
  if (static_cast<std::int64_t>(values.size()) != alexnet::numel(m_shape))
    throw ShapeError("Tensor: " + std::to_string(values.size()) + " values do not fill shape " + toString(m_shape));
  m_data.assign(values.begin(), values.end());
}

Tensor Tensor::uninitialized(Shape shape) {
  checkShape(shape);
  Tensor t;
  t.m_data.resize(static_cast<std::size_t>(alexnet::numel(shape)));  // default-initialised: no fill
  t.m_shape = std::move(shape);
  return t;
}

float& Tensor::at(std::int64_t n, std::int64_t c, std::int64_t h, std::int64_t w) {
  return m_data[static_cast<std::size_t>(((n * m_shape[1] + c) * m_shape[2] + h) * m_shape[3] + w)];
}

float Tensor::at(std::int64_t n, std::int64_t c, std::int64_t h, std::int64_t w) const {
  return m_data[static_cast<std::size_t>(((n * m_shape[1] + c) * m_shape[2] + h) * m_shape[3] + w)];
}

Tensor Tensor::reshaped(Shape shape) const& {
  Tensor copy = *this;
  return std::move(copy).reshaped(std::move(shape));
}

Tensor Tensor::reshaped(Shape shape) && {
  if (alexnet::numel(shape) != numel())
    throw ShapeError("cannot reshape " + toString(m_shape) + " to " + toString(shape));
  m_shape = std::move(shape);
  return std::move(*this);
}

void Tensor::resize(Shape shape) {
  checkShape(shape);
  m_data.resize(static_cast<std::size_t>(alexnet::numel(shape)));
  m_shape = std::move(shape);
}

void Tensor::fill(float value) { std::fill(m_data.begin(), m_data.end(), value); }

MatrixMap Tensor::matrix(std::int64_t rows, std::int64_t cols) {
  if (rows * cols != numel())
    throw ShapeError("matrix view " + std::to_string(rows) + "x" + std::to_string(cols) + " does not match " +
                     toString(m_shape));
  return MatrixMap(m_data.data(), rows, cols);
}

ConstMatrixMap Tensor::matrix(std::int64_t rows, std::int64_t cols) const {
  if (rows * cols != numel())
    throw ShapeError("matrix view " + std::to_string(rows) + "x" + std::to_string(cols) + " does not match " +
                     toString(m_shape));
  return ConstMatrixMap(m_data.data(), rows, cols);
}

}  // namespace alexnet
