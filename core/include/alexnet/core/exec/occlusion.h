#pragma once
// Occlusion sensitivity (Zeiler & Fergus 2014, §4.2): slide a grey square over the model input and
// record how much the probability of one class drops.
//
//   x        (1, C, H, W)  the preprocessed model input
//   x_ij     x with the P×P square at rows i·S … i·S+P−1, columns j·S … j·S+P−1 (all channels)
//            set to the fill value V; only positions where the square fits entirely
//   map[i][j] = p_c(x) − p_c(x_ij)     p = softmax(model(x)), c = the predicted class unless given
//   map      (rows, cols) with rows = (H − P) / S + 1, cols = (W − P) / S + 1
//
// A positive value means the square hid evidence for c; a negative one that it hid evidence against.
// The occluded copies go through the model `batch` at a time (Mode::Eval). The progress callback runs
// after every batch and may return false to cancel; `cancel` (optional) is checked between batches.
// A cancelled run returns the positions computed so far (the rest of the map is 0) with cancelled = true.
#include <atomic>
#include <cstdint>
#include <functional>
#include <stdexcept>

#include "alexnet/core/sequential.h"

namespace alexnet {

class OcclusionError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct OcclusionOptions {
  std::int64_t patch = 0;        // P; 0 = defaultOcclusionPatch(input side)
  std::int64_t stride = 0;       // S; 0 = defaultOcclusionStride(input side)
  float fill = 0.0f;             // V, in the model input's units (0 = black after preprocessing)
  std::int64_t classIndex = -1;  // c; -1 = the predicted class (argmax of the unoccluded logits)
  std::int64_t batch = 32;       // occluded copies per forward pass
  const std::atomic<bool>* cancel = nullptr;
};

struct OcclusionProgress {
  std::int64_t done = 0;  // positions computed so far
  std::int64_t total = 0;
};

struct OcclusionResult {
  Tensor map;                       // (rows, cols): p_c(x) − p_c(x_ij)
  Tensor probabilities;             // (1, K): softmax of the unoccluded logits
  std::int64_t classIndex = 0;      // c
  float probability = 0.0f;         // p_c(x)
  std::int64_t predictedClass = 0;  // argmax of the unoccluded logits
  std::int64_t patch = 0;
  std::int64_t stride = 0;
  float fill = 0.0f;
  bool cancelled = false;
};

// Defaults chosen so one square hides about one "part" of the object and the map has ~12–25 cells per side:
//   28×28 (LeNet, Fashion-MNIST): patch 4, stride 2 → a 13×13 map. A 4×4 square is about the width of a
//     sleeve or a shoe's heel at 28 pixels, and LeNet's first 5×5 kernels see a similar area.
//   224×224 (AlexNet): patch 32, stride 8 → a 25×25 map (625 forwards). 32 pixels is 1/7 of the side —
//     the Fashion-MNIST digit scaled 8× makes one 28-pixel part about 32 pixels wide — and stride 8
//     keeps neighbouring squares overlapping by 3/4 so the map is smooth.
//   Other sides scale these: patch ≈ side / 7, stride ≈ patch / 4 (at least 1).
std::int64_t defaultOcclusionPatch(std::int64_t side);
std::int64_t defaultOcclusionStride(std::int64_t side);

// Throws OcclusionError unless `input` is (1, …model.inputShape()[1:]), the model ends in (1, K)
// logits, P is in [1, min(H, W)], S ≥ 1, and the class is -1 or in [0, K).
OcclusionResult computeOcclusion(Sequential& model, const Tensor& input, const OcclusionOptions& options = {},
                                 const std::function<bool(const OcclusionProgress&)>& onProgress = {});

// x with the square at (top, left) of side `patch` set to `fill` in every channel; x is (N, C, H, W)
// and only sample `sample` is changed. Exposed for tests and for the one-at-a-time check.
void occludeSquare(Tensor& x, std::int64_t sample, std::int64_t top, std::int64_t left, std::int64_t patch, float fill);

}  // namespace alexnet

namespace alexnet {

// The map spread back over the model input, for drawing: pixel (y, x) gets the mean of map[i][j]
// over every square that covers it, and 0 where no square does (the strip a stride leaves at the
// right or bottom edge). map is (rows, cols); returns (height, width).
Tensor occlusionPixelMap(const Tensor& map, std::int64_t patch, std::int64_t stride, std::int64_t height,
                         std::int64_t width);

}  // namespace alexnet
