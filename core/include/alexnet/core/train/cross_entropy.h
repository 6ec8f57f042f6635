#pragma once
// Softmax cross-entropy, as F.cross_entropy with reduction='mean':
//   loss = mean_n (logsumexp(z_n) − z_n[label_n]),  dloss/dz = (softmax(z) − onehot(label)) / N
// Shape: logits (N, K), labels N values in [0, K).
#include <cstdint>
#include <vector>

#include "alexnet/core/tensor.h"

namespace alexnet {

struct CrossEntropyResult {
  float loss = 0.0f;         // mean over the batch
  Tensor gradLogits;         // (N, K)
  std::int64_t correct = 0;  // rows whose argmax equals the label
};

CrossEntropyResult crossEntropy(const Tensor& logits, const std::vector<std::int64_t>& labels);

// Row-wise softmax of (N, K) logits.
Tensor softmax(const Tensor& logits);
// Row-wise argmax of (N, K) logits (first maximum on ties).
std::vector<std::int64_t> argmax(const Tensor& logits);

}  // namespace alexnet
