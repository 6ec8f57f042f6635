// Guided backpropagation against a tiny network worked by hand, and against the plain gradient on
// a network without ReLUs (where the two must agree exactly).
#include <gtest/gtest.h>

#include "alexnet/core/exec/saliency.h"
#include "alexnet/core/layers/flatten.h"
#include "alexnet/core/layers/linear.h"
#include "alexnet/core/layers/relu.h"
#include "alexnet/core/models/model_config.h"

namespace alexnet {
namespace {

// x (1, 1, 1, 2) → Flatten (1, 2) → Linear 2→3 → ReLU → Linear 3→2 (logits).
//   W1 = [[1, −0.25], [0, 1], [−1, 0]], b1 = 0;  W2 = [[2, −3, 5], [1, 1, 1]], b2 = 0.
// With x = [1, 2]:
//   h = W1·x = [1 − 0.5, 2, −1] = [0.5, 2, −1]        ReLU → r = [0.5, 2, 0]
//   logits = W2·r = [1 − 6 + 0, 0.5 + 2 + 0] = [−5, 2.5]
// Differentiating class 0: ∂logit0/∂r = W2[0] = [2, −3, 5].
//   plain ReLU:   g · [h > 0]           = [2, −3, 0]
//   guided ReLU:  g · [h > 0] · [g > 0] = [2,  0, 0]   (the −3 is negative evidence: dropped)
//   dx = W1ᵀ · (that):
//     plain:  [1·2 + 0·(−3) + (−1)·0, −0.25·2 + 1·(−3) + 0·0] = [2, −3.5]
//     guided: [1·2,                   −0.25·2               ] = [2, −0.5]
//   The input gradient itself is not clamped: −0.5 stays negative.
std::unique_ptr<Sequential> tinyNetwork() {
  auto model = std::make_unique<Sequential>(Shape{1, 1, 1, 2});
  model->emplace<Flatten>();
  auto& first = model->emplace<Linear>(LinearOptions{.inFeatures = 2, .outFeatures = 3});
  model->emplace<ReLU>();
  auto& second = model->emplace<Linear>(LinearOptions{.inFeatures = 3, .outFeatures = 2});
  for (auto& [key, p] : model->namedParameters()) p->value = Tensor(p->value.shape(), 0.0f);
  (void)first;
  (void)second;
  model->namedParameters()[0].parameter->value = Tensor({3, 2}, std::vector<float>{1, -0.25f, 0, 1, -1, 0});
  model->namedParameters()[2].parameter->value = Tensor({2, 3}, std::vector<float>{2, -3, 5, 1, 1, 1});
  return model;
}

TEST(GuidedBackprop, MatchesTheHandWorkedTinyNetwork) {
  auto model = tinyNetwork();
  const Tensor x({1, 1, 1, 2}, std::vector<float>{1.0f, 2.0f});
  const SaliencyResult plain = computeSaliency(*model, x, {.classIndex = 0, .method = SaliencyMethod::Gradient});
  EXPECT_EQ(plain.logits.toVector(), (std::vector<float>{-5.0f, 2.5f}));
  EXPECT_EQ(plain.gradient.toVector(), (std::vector<float>{2.0f, -3.5f}));
  const SaliencyResult guided = computeSaliency(*model, x, {.classIndex = 0, .method = SaliencyMethod::GuidedBackprop});
  EXPECT_EQ(guided.classIndex, 0);
  EXPECT_EQ(guided.gradient.shape(), x.shape());
  EXPECT_EQ(guided.gradient.toVector(), (std::vector<float>{2.0f, -0.5f}));
  // Class 1 (the prediction): ∂/∂r = [1, 1, 1], all positive, so guided = plain:
  //   [1, 1, 0] → dx = [1·1 + 0, −0.25 + 1] = [1, 0.75].
  const SaliencyResult predicted = computeSaliency(*model, x, {.method = SaliencyMethod::GuidedBackprop});
  EXPECT_EQ(predicted.classIndex, 1);
  EXPECT_EQ(predicted.gradient.toVector(), (std::vector<float>{1.0f, 0.75f}));
  for (const auto& [key, p] : std::as_const(*model).namedParameters()) EXPECT_TRUE(p->grad.empty()) << key;
}

TEST(GuidedBackprop, EqualsThePlainGradientWithoutReLUs) {
  ModelConfig config;
  config.kind = ModelKind::LeNet;  // d2l's LeNet: sigmoids and average pools, no ReLU
  config.seed = 3;
  auto model = buildModel(config);
  Tensor x({1, 1, 28, 28});
  for (std::int64_t i = 0; i < x.numel(); ++i) x[i] = static_cast<float>((i * 37) % 101) / 100.0f;
  const SaliencyResult plain = computeSaliency(*model, x, {.classIndex = 2});
  const SaliencyResult guided = computeSaliency(*model, x, {.classIndex = 2, .method = SaliencyMethod::GuidedBackprop});
  EXPECT_EQ(plain.gradient.toVector(), guided.gradient.toVector());
}

TEST(GuidedBackprop, DiffersFromThePlainGradientOnAlexNet) {
  ModelConfig config;
  config.kind = ModelKind::AlexNet;
  config.inputSize = 96;  // the smallest side AlexNet's 11×11/4 stem and three 3×3/2 pools accept comfortably
  config.widths.values = {8, 16, 16, 16, 16, 32, 32};
  config.seed = 5;
  auto model = buildModel(config);
  Tensor x(model->inputShape());
  for (std::int64_t i = 0; i < x.numel(); ++i) x[i] = static_cast<float>((i * 53) % 97) / 96.0f;
  const SaliencyResult plain = computeSaliency(*model, x, {.classIndex = 4});
  const SaliencyResult guided = computeSaliency(*model, x, {.classIndex = 4, .method = SaliencyMethod::GuidedBackprop});
  ASSERT_EQ(guided.gradient.shape(), x.shape());
  EXPECT_NE(plain.gradient.toVector(), guided.gradient.toVector());
}

}  // namespace
}  // namespace alexnet
