// Saliency: ∂ logit / ∂ input through the model's own backward equals central finite differences,
// has the input's shape, is non-trivial for trained weights, and leaves no parameter gradient behind.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <numeric>

#include "alexnet/core/exec/saliency.h"
#include "alexnet/core/io/checkpoint.h"
#include "alexnet/core/io/safetensors.h"
#include "alexnet/core/models/model_config.h"
#include "reference.h"

namespace alexnet {
namespace {

// LeNet with the PyTorch reference weights (lenet_e2e.safetensors: "0.weight" … "11.bias") and its input.
std::unique_ptr<Sequential> referenceLeNet(Tensor* input) {
  ModelConfig config;
  config.kind = ModelKind::LeNet;
  auto model = buildModel(config);
  SafeTensors file = readSafeTensors(test::referenceDir() / "lenet_e2e.safetensors");
  SafeTensors weightsOnly;
  for (auto& [key, p] : model->namedParameters()) weightsOnly.floats.emplace(key, file.tensor(key));
  loadStateDict(weightsOnly, *model, "lenet_e2e");
  const Tensor& batch = file.tensor("input");  // (N, 1, 28, 28)
  *input = Tensor({1, 1, 28, 28}, std::vector<float>(batch.data(), batch.data() + 28 * 28));
  return model;
}

TEST(Saliency, MatchesFiniteDifferencesOnLeNet) {
  Tensor x;
  auto model = referenceLeNet(&x);
  const std::int64_t cls = 3;
  const SaliencyResult result = computeSaliency(*model, x, {.classIndex = cls});
  ASSERT_EQ(result.gradient.shape(), x.shape());
  EXPECT_EQ(result.classIndex, cls);
  // The 4 largest-gradient pixels and 4 fixed ones.
  std::vector<std::int64_t> order(static_cast<std::size_t>(x.numel()));
  std::iota(order.begin(), order.end(), 0);
  std::partial_sort(order.begin(), order.begin() + 4, order.end(), [&](std::int64_t a, std::int64_t b) {
    return std::abs(result.gradient[a]) > std::abs(result.gradient[b]);
  });
  std::vector<std::int64_t> pixels(order.begin(), order.begin() + 4);
  for (std::int64_t p : {0L, 14L * 28 + 14, 5L * 28 + 20, 27L * 28 + 27}) pixels.push_back(p);
  // Large steps: the sigmoid LeNet is nearly linear in one pixel (O(eps²) error), while float
  // rounding of the logits (~1e-7 of 0.4) would swamp a small step against gradients ~1e-4.
  const float eps = 0.25f;
  double scale = 0.0;
  for (std::int64_t i = 0; i < x.numel(); ++i) scale = std::max(scale, double(std::abs(result.gradient[i])));
  ASSERT_GT(scale, 0.0);
  for (std::int64_t p : pixels) {
    Tensor plus = x, minus = x;
    plus[p] += eps;
    minus[p] -= eps;
    const double up = model->forward(plus, Mode::Eval)[cls];
    const double down = model->forward(minus, Mode::Eval)[cls];
    const double numeric = (up - down) / (2.0 * eps);
    EXPECT_NEAR(result.gradient[p], numeric, 2e-2 * scale) << "pixel " << p;
  }
}

TEST(Saliency, PredictedClassAndNonTrivialForTrainedWeights) {
  Tensor x;
  auto model = referenceLeNet(&x);
  const Tensor logits = model->forward(x, Mode::Eval);  // (1, 10)
  const SaliencyResult result = computeSaliency(*model, x);
  const std::int64_t argmax = std::max_element(logits.data(), logits.data() + 10) - logits.data();
  EXPECT_EQ(result.classIndex, argmax);
  EXPECT_EQ(result.logits.toVector(), logits.toVector());
  EXPECT_EQ(result.score, logits[argmax]);
  ASSERT_EQ(result.gradient.shape(), (Shape{1, 1, 28, 28}));
  std::int64_t nonzero = 0;
  double maxAbs = 0.0;
  for (std::int64_t i = 0; i < result.gradient.numel(); ++i) {
    nonzero += result.gradient[i] != 0.0f;
    maxAbs = std::max(maxAbs, double(std::abs(result.gradient[i])));
  }
  EXPECT_GT(nonzero, 28 * 28 / 2);  // sigmoids and average pools: the gradient reaches almost everywhere
  EXPECT_GT(maxAbs, 1e-6);          // the reference LeNet's gradients peak near 9e-5 (sigmoids, early training)
  // Another class gives another map.
  const SaliencyResult other = computeSaliency(*model, x, {.classIndex = (argmax + 1) % 10});
  EXPECT_NE(other.gradient.toVector(), result.gradient.toVector());
  // No parameter gradient is left behind (nor its memory).
  for (const auto& [key, p] : std::as_const(*model).namedParameters()) EXPECT_TRUE(p->grad.empty()) << key;
}

TEST(Saliency, MapIsTheMaxAbsoluteGradientOverChannels) {
  Tensor g({1, 2, 1, 3}, std::vector<float>{1.0f, -4.0f, 0.5f, -2.0f, 3.0f, 0.0f});
  const Tensor map = saliencyMap(g);
  EXPECT_EQ(map.shape(), (Shape{1, 3}));
  EXPECT_EQ(map.toVector(), (std::vector<float>{2.0f, 4.0f, 0.5f}));
  EXPECT_THROW(saliencyMap(Tensor({2, 1, 1, 1})), SaliencyError);
}

TEST(Saliency, RejectsBadInputsAndClasses) {
  ModelConfig config;
  config.kind = ModelKind::LeNet;
  config.seed = 1;
  auto model = buildModel(config);
  EXPECT_THROW(computeSaliency(*model, Tensor({2, 1, 28, 28})), SaliencyError);
  EXPECT_THROW(computeSaliency(*model, Tensor({1, 1, 32, 32})), SaliencyError);
  EXPECT_THROW(computeSaliency(*model, Tensor({1, 1, 28, 28}), {.classIndex = 10}), SaliencyError);
  EXPECT_NO_THROW(computeSaliency(*model, Tensor({1, 1, 28, 28}), {.classIndex = 9}));
}

}  // namespace
}  // namespace alexnet
