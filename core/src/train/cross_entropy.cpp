#include "alexnet/core/train/cross_entropy.h"

#include <cmath>
#include <string>

namespace alexnet {

Tensor softmax(const Tensor& logits) {
  if (logits.rank() != 2) throw ShapeError("softmax: expected (N, K) logits, got " + toString(logits.shape()));
  const std::int64_t n = logits.dim(0), k = logits.dim(1);
  Tensor out(logits.shape());
  for (std::int64_t i = 0; i < n; ++i) {
    const float* z = logits.data() + i * k;
    float* p = out.data() + i * k;
    float maxLogit = z[0];
    for (std::int64_t j = 1; j < k; ++j) maxLogit = std::max(maxLogit, z[j]);
    double sum = 0.0;
    for (std::int64_t j = 0; j < k; ++j) sum += (p[j] = std::exp(z[j] - maxLogit));
    for (std::int64_t j = 0; j < k; ++j) p[j] = static_cast<float>(p[j] / sum);
  }
  return out;
}

std::vector<std::int64_t> argmax(const Tensor& logits) {
  if (logits.rank() != 2) throw ShapeError("argmax: expected (N, K) logits, got " + toString(logits.shape()));
  const std::int64_t n = logits.dim(0), k = logits.dim(1);
  std::vector<std::int64_t> out(static_cast<std::size_t>(n));
  for (std::int64_t i = 0; i < n; ++i) {
    std::int64_t best = 0;
    for (std::int64_t j = 1; j < k; ++j)
      if (logits[i * k + j] > logits[i * k + best]) best = j;
    out[static_cast<std::size_t>(i)] = best;
  }
  return out;
}

CrossEntropyResult crossEntropy(const Tensor& logits, const std::vector<std::int64_t>& labels) {
  if (logits.rank() != 2 || logits.dim(0) != static_cast<std::int64_t>(labels.size()))
    throw ShapeError("cross_entropy: expected (N, K) logits for " + std::to_string(labels.size()) + " labels, got " +
                     toString(logits.shape()));
  const std::int64_t n = logits.dim(0), k = logits.dim(1);
  CrossEntropyResult result;
  result.gradLogits = softmax(logits);  // becomes (softmax − onehot) / N below
  double total = 0.0;
  const auto predicted = argmax(logits);
  for (std::int64_t i = 0; i < n; ++i) {
    const std::int64_t label = labels[static_cast<std::size_t>(i)];
    if (label < 0 || label >= k)
      throw std::out_of_range("cross_entropy: label " + std::to_string(label) + " outside [0, " + std::to_string(k) +
                              ")");
    const float* z = logits.data() + i * k;
    float maxLogit = z[0];
    for (std::int64_t j = 1; j < k; ++j) maxLogit = std::max(maxLogit, z[j]);
    double sum = 0.0;
    for (std::int64_t j = 0; j < k; ++j) sum += std::exp(static_cast<double>(z[j] - maxLogit));
    total += std::log(sum) + maxLogit - z[label];
    result.gradLogits[i * k + label] -= 1.0f;
    if (predicted[static_cast<std::size_t>(i)] == label) ++result.correct;
  }
  const float inverseN = 1.0f / static_cast<float>(n);
  for (std::int64_t i = 0; i < result.gradLogits.numel(); ++i) result.gradLogits[i] *= inverseN;
  result.loss = static_cast<float>(total / static_cast<double>(n));
  return result;
}

}  // namespace alexnet
