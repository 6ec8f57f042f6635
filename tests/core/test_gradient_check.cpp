// Finite-difference gradient checks for every layer: the analytic dL/dx and dL/dparam from
// backward() against central differences of L = Σ out·R (accumulated in double). Inputs are
// kept away from ReLU's and MaxPool's kinks so the difference quotient is well defined.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <random>

#include "alexnet/core/layers/avg_pool2d.h"
#include "alexnet/core/layers/conv2d.h"
#include "alexnet/core/layers/dropout.h"
#include "alexnet/core/layers/flatten.h"
#include "alexnet/core/layers/linear.h"
#include "alexnet/core/layers/local_response_norm.h"
#include "alexnet/core/layers/max_pool2d.h"
#include "alexnet/core/layers/relu.h"
#include "alexnet/core/layers/sigmoid.h"
#include "alexnet/core/train/cross_entropy.h"
#include "gradient_check.h"

namespace alexnet {
namespace {

using test::gradientError;
using test::randomTensor;
using test::spacedTensor;

constexpr double kTolerance = 2e-3;

TEST(GradientCheck, Conv2dStridePadding) {
  std::mt19937 rng(1);
  Conv2d conv({.inChannels = 2, .outChannels = 3, .kernelSize = 3, .stride = 2, .padding = 1});
  for (Parameter* p : conv.parameters()) p->value = randomTensor(p->value.shape(), rng, 0.5f);
  EXPECT_LE(gradientError(conv, randomTensor({2, 2, 7, 6}, rng)), kTolerance);
}

TEST(GradientCheck, Conv2dAlexNetConv1Geometry) {
  std::mt19937 rng(2);
  Conv2d conv({.inChannels = 1, .outChannels = 2, .kernelSize = 11, .stride = 4, .padding = 1});
  for (Parameter* p : conv.parameters()) p->value = randomTensor(p->value.shape(), rng, 0.2f);
  EXPECT_LE(gradientError(conv, randomTensor({1, 1, 19, 19}, rng)), kTolerance);
}

TEST(GradientCheck, Linear) {
  std::mt19937 rng(3);
  Linear linear({.inFeatures = 6, .outFeatures = 4});
  for (Parameter* p : linear.parameters()) p->value = randomTensor(p->value.shape(), rng);
  EXPECT_LE(gradientError(linear, randomTensor({3, 6}, rng)), kTolerance);
}

TEST(GradientCheck, ReLUAwayFromZero) {
  std::mt19937 rng(4);
  ReLU relu;
  EXPECT_LE(gradientError(relu, spacedTensor({2, 2, 3, 3}, rng)), kTolerance);
}

TEST(GradientCheck, Sigmoid) {
  std::mt19937 rng(5);
  Sigmoid sigmoid;
  EXPECT_LE(gradientError(sigmoid, randomTensor({2, 3, 3, 3}, rng, 2.0f)), kTolerance);
}

TEST(GradientCheck, MaxPool2dOverlappingWindows) {
  std::mt19937 rng(6);
  MaxPool2d pool({.kernelSize = 3, .stride = 2});
  EXPECT_LE(gradientError(pool, spacedTensor({1, 2, 7, 7}, rng)), kTolerance);
}

TEST(GradientCheck, AvgPool2dOddSize) {
  std::mt19937 rng(7);
  AvgPool2d pool({.kernelSize = 2, .stride = 2});
  EXPECT_LE(gradientError(pool, randomTensor({2, 2, 5, 5}, rng)), kTolerance);
}

TEST(GradientCheck, Flatten) {
  std::mt19937 rng(8);
  Flatten flatten;
  EXPECT_LE(gradientError(flatten, randomTensor({2, 3, 2, 2}, rng)), kTolerance);
}

TEST(GradientCheck, DropoutEvalAndTrainWithFixedMask) {
  std::mt19937 rng(9);
  Dropout eval({.p = 0.5f});
  EXPECT_LE(gradientError(eval, randomTensor({2, 8}, rng), Mode::Eval), kTolerance);
  // In train mode each forward draws a new mask; with p = 0 the mask is all ones.
  Dropout none({.p = 0.0f});
  EXPECT_LE(gradientError(none, randomTensor({2, 8}, rng), Mode::Train), kTolerance);
}

TEST(GradientCheck, LocalResponseNormStrong) {
  std::mt19937 rng(10);
  LocalResponseNorm lrn({.size = 5, .alpha = 1.0f, .beta = 0.75f, .k = 1.0f});
  EXPECT_LE(gradientError(lrn, randomTensor({2, 7, 2, 2}, rng, 1.5f)), kTolerance);
}

TEST(GradientCheck, LocalResponseNormEvenSize) {
  std::mt19937 rng(11);
  LocalResponseNorm lrn({.size = 4, .alpha = 0.5f, .beta = 0.75f, .k = 2.0f});
  EXPECT_LE(gradientError(lrn, randomTensor({1, 6, 2, 2}, rng, 1.5f)), kTolerance);
}

TEST(GradientCheck, CrossEntropy) {
  std::mt19937 rng(12);
  Tensor logits = randomTensor({3, 5}, rng, 2.0f);
  const std::vector<std::int64_t> labels{0, 4, 2};
  const Tensor analytic = crossEntropy(logits, labels).gradLogits;
  const float eps = 1e-2f;
  for (std::int64_t i = 0; i < logits.numel(); ++i) {
    const float saved = logits[i];
    logits[i] = saved + eps;
    const double plus = crossEntropy(logits, labels).loss;
    logits[i] = saved - eps;
    const double minus = crossEntropy(logits, labels).loss;
    logits[i] = saved;
    EXPECT_NEAR((plus - minus) / (2 * eps), analytic[i], 2e-3) << "logit " << i;
  }
}

// The checker itself can fail: a layer whose backward is wrong by a factor is caught.
class WrongReLU final : public Layer {
 public:
  std::string_view typeName() const override { return "WrongReLU"; }
  std::string repr() const override { return "WrongReLU()"; }
  Shape outputShape(const Shape& in) const override { return in; }
  Tensor forward(const Tensor& x, Mode mode) override { return m_relu.forward(x, mode); }
  Tensor backward(const Tensor& g) override {
    Tensor d = m_relu.backward(g);
    for (std::int64_t i = 0; i < d.numel(); ++i) d[i] *= 1.1f;
    return d;
  }

 private:
  ReLU m_relu;
};

TEST(GradientCheck, DetectsAWrongBackward) {
  std::mt19937 rng(13);
  WrongReLU wrong;
  EXPECT_GT(gradientError(wrong, spacedTensor({1, 1, 3, 3}, rng)), 0.05);
}

}  // namespace
}  // namespace alexnet
