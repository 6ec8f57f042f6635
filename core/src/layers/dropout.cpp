#include "alexnet/core/layers/dropout.h"

#include <sstream>

namespace alexnet {

Dropout::Dropout(const DropoutOptions& options) : m_p(options.p), m_rng(options.seed) {
  if (!(options.p >= 0.0f && options.p < 1.0f)) throw std::invalid_argument("Dropout: p must be in [0, 1)");
}

std::string Dropout::repr() const {
  std::ostringstream out;
  out << "Dropout(p=" << m_p << ", inplace=False)";
  return out.str();
}

Tensor Dropout::forward(const Tensor& x, Mode mode) {
  if (mode == Mode::Eval || m_p == 0.0f) {
    m_mask = Tensor();
    return x;
  }
  m_mask.resize(x.shape());
  std::bernoulli_distribution keep(1.0 - m_p);
  const float scale = 1.0f / (1.0f - m_p);
  Tensor out(x.shape());
  for (std::int64_t i = 0; i < x.numel(); ++i) {
    m_mask[i] = keep(m_rng) ? scale : 0.0f;
    out[i] = x[i] * m_mask[i];
  }
  return out;
}

Tensor Dropout::backward(const Tensor& gradOut) {
  if (m_mask.empty()) return gradOut;  // eval mode: identity
  if (gradOut.shape() != m_mask.shape())
    throw ShapeError("Dropout backward: expected gradient " + toString(m_mask.shape()) + ", got " +
                     toString(gradOut.shape()));
  Tensor gradIn(gradOut.shape());
  for (std::int64_t i = 0; i < gradOut.numel(); ++i) gradIn[i] = gradOut[i] * m_mask[i];
  return gradIn;
}

}  // namespace alexnet
