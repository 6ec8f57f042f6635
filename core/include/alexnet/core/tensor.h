#pragma once
// Tensor: a dense, contiguous, row-major float32 array with a shape.
//
// Layout convention used everywhere in AlexNet Lab: NCHW for images and feature maps
// (batch, channels, height, width), (N, features) for dense activations, PyTorch's
// (out, in, kh, kw) for convolution weights and (out, in) for linear weights.
// The buffer is 64-byte aligned so Eigen's vectorised kernels can read it directly.
#include <Eigen/Core>
#include <cstdint>
#include <new>
#include <utility>
#include <vector>

#include "alexnet/core/shape.h"

namespace alexnet {

using RowMatrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
using MatrixMap = Eigen::Map<RowMatrix>;
using ConstMatrixMap = Eigen::Map<const RowMatrix>;

namespace detail {
// Eigen's aligned allocator, except that growing a vector default-initialises the new floats
// (leaves them as they are) instead of zeroing them, so Tensor::uninitialized() costs no fill.
template <class T>
class DefaultInitAllocator : public Eigen::aligned_allocator<T> {
 public:
  template <class U>
  struct rebind {
    using other = DefaultInitAllocator<U>;
  };
  DefaultInitAllocator() = default;
  template <class U>
  DefaultInitAllocator(const DefaultInitAllocator<U>&) noexcept {}
  template <class U>
  void construct(U* p) noexcept {
    ::new (static_cast<void*>(p)) U;
  }
  template <class U, class... Args>
  void construct(U* p, Args&&... args) {
    ::new (static_cast<void*>(p)) U(std::forward<Args>(args)...);
  }
};
}  // namespace detail

class Tensor {
 public:
  Tensor() = default;
  explicit Tensor(Shape shape, float fill = 0.0f);
  Tensor(Shape shape, std::vector<float> values);  // values.size() must equal numel(shape)

  // A tensor whose contents are unspecified (no zero fill): for layer outputs that are written in full.
  static Tensor uninitialized(Shape shape);

  const Shape& shape() const { return m_shape; }
  std::size_t rank() const { return m_shape.size(); }
  std::int64_t dim(std::size_t axis) const { return m_shape.at(axis); }
  std::int64_t numel() const { return static_cast<std::int64_t>(m_data.size()); }
  bool empty() const { return m_data.empty(); }

  float* data() { return m_data.data(); }
  const float* data() const { return m_data.data(); }
  float& operator[](std::int64_t i) { return m_data[static_cast<std::size_t>(i)]; }
  float operator[](std::int64_t i) const { return m_data[static_cast<std::size_t>(i)]; }

  // Element of a rank-4 (NCHW) tensor.
  float& at(std::int64_t n, std::int64_t c, std::int64_t h, std::int64_t w);
  float at(std::int64_t n, std::int64_t c, std::int64_t h, std::int64_t w) const;

  // Same data, another shape with the same element count (throws ShapeError otherwise).
  Tensor reshaped(Shape shape) const&;
  Tensor reshaped(Shape shape) &&;

  // Changes the shape, keeping the allocation when it is large enough; contents are unspecified.
  void resize(Shape shape);
  void fill(float value);
  void setZero() { fill(0.0f); }

  // Row-major matrix views over the whole buffer; rows * cols must equal numel().
  MatrixMap matrix(std::int64_t rows, std::int64_t cols);
  ConstMatrixMap matrix(std::int64_t rows, std::int64_t cols) const;

  std::vector<float> toVector() const { return {m_data.begin(), m_data.end()}; }

 private:
  Shape m_shape;
  std::vector<float, detail::DefaultInitAllocator<float>> m_data;
};

}  // namespace alexnet
