#include "alexnet/core/layers/local_response_norm.h"

#include <cmath>
#include <charconv>

#include "shape_checks.h"

namespace alexnet {

LocalResponseNorm::LocalResponseNorm(const LocalResponseNormOptions& options) : m_options(options) {
  if (options.size <= 0) throw std::invalid_argument("LocalResponseNorm: size must be positive");
}

namespace {

// Python's repr of a float: shortest round-trip digits, always with a '.' or an exponent.
std::string pythonFloat(float value) {
  char buffer[32];
  const float magnitude = std::abs(value);
  const bool fixed = magnitude == 0.0f || (magnitude >= 1e-4f && magnitude < 1e16f);
  auto [end, ec] = fixed ? std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed)
                         : std::to_chars(buffer, buffer + sizeof buffer, value);
  std::string text(buffer, end);
  if (text.find_first_of(".e") == std::string::npos) text += ".0";
  return text;
}

}  // namespace

std::string LocalResponseNorm::repr() const {
  return "LocalResponseNorm(" + std::to_string(m_options.size) + ", alpha=" + pythonFloat(m_options.alpha) +
         ", beta=" + pythonFloat(m_options.beta) + ", k=" + pythonFloat(m_options.k) + ")";
}

Shape LocalResponseNorm::outputShape(const Shape& in) const {
  detail::requireRank(in, 4, "LocalResponseNorm", "a 4-D input (N, C, H, W)");
  return in;
}

// Window of channels summed for output channel c: [c − ⌊size/2⌋, c + ⌊(size−1)/2⌋] ∩ [0, C).
Tensor LocalResponseNorm::forward(const Tensor& x, Mode) {
  outputShape(x.shape());
  const std::int64_t n = x.dim(0), channels = x.dim(1), plane = x.dim(2) * x.dim(3);
  const std::int64_t before = m_options.size / 2, after = (m_options.size - 1) / 2;
  const float alphaOverSize = m_options.alpha / static_cast<float>(m_options.size);
  m_input = x;
  m_scale.resize(x.shape());  // (N, C, H, W)
  Tensor out(x.shape());
  for (std::int64_t b = 0; b < n; ++b) {
    for (std::int64_t c = 0; c < channels; ++c) {
      const std::int64_t first = std::max<std::int64_t>(0, c - before);
      const std::int64_t last = std::min<std::int64_t>(channels - 1, c + after);
      for (std::int64_t p = 0; p < plane; ++p) {
        float sum = 0.0f;
        for (std::int64_t cc = first; cc <= last; ++cc) {
          const float a = x[(b * channels + cc) * plane + p];
          sum += a * a;
        }
        const std::int64_t i = (b * channels + c) * plane + p;
        m_scale[i] = m_options.k + alphaOverSize * sum;
        out[i] = x[i] * std::pow(m_scale[i], -m_options.beta);
      }
    }
  }
  return out;
}

// dL/da_j = g_j·S_j^(−β) − (2αβ/size)·a_j · Σ_{c : j ∈ window(c)} g_c·a_c·S_c^(−β−1)
Tensor LocalResponseNorm::backward(const Tensor& gradOut) {
  if (gradOut.shape() != m_input.shape())
    throw ShapeError("LocalResponseNorm backward: expected gradient " + toString(m_input.shape()) + ", got " +
                     toString(gradOut.shape()));
  const std::int64_t n = m_input.dim(0), channels = m_input.dim(1), plane = m_input.dim(2) * m_input.dim(3);
  const std::int64_t before = m_options.size / 2, after = (m_options.size - 1) / 2;
  const float beta = m_options.beta;
  const float coefficient = 2.0f * m_options.alpha * beta / static_cast<float>(m_options.size);
  Tensor weighted(m_input.shape());  // g_c · a_c · S_c^(−β−1)
  for (std::int64_t i = 0; i < m_input.numel(); ++i)
    weighted[i] = gradOut[i] * m_input[i] * std::pow(m_scale[i], -beta - 1.0f);
  Tensor gradIn(m_input.shape());
  for (std::int64_t b = 0; b < n; ++b) {
    for (std::int64_t j = 0; j < channels; ++j) {
      // Channels c whose window contains j: c ∈ [j − after, j + before].
      const std::int64_t first = std::max<std::int64_t>(0, j - after);
      const std::int64_t last = std::min<std::int64_t>(channels - 1, j + before);
      for (std::int64_t p = 0; p < plane; ++p) {
        float sum = 0.0f;
        for (std::int64_t c = first; c <= last; ++c) sum += weighted[(b * channels + c) * plane + p];
        const std::int64_t i = (b * channels + j) * plane + p;
        gradIn[i] = gradOut[i] * std::pow(m_scale[i], -beta) - coefficient * m_input[i] * sum;
      }
    }
  }
  return gradIn;
}

}  // namespace alexnet
