// Activation gradients: a two-image, two-feature network worked by hand (sigmoid then ReLU), the
// derivative of each kind, and the refusal of a model with no activation to measure.
#include <gtest/gtest.h>

#include "alexnet/core/exec/activation_gradients.h"
#include "alexnet/core/layers/linear.h"
#include "alexnet/core/layers/relu.h"
#include "alexnet/core/layers/sigmoid.h"

namespace alexnet {
namespace {

void setLinear(Layer& layer, std::vector<float> weight, std::vector<float> bias) {
  std::vector<Parameter*> parameters = layer.parameters();
  parameters[0]->value = Tensor(Shape{2, 2}, std::move(weight));  // (out, in)
  parameters[1]->value = Tensor(Shape{2}, std::move(bias));
}

// x (2 images, 2 features) → Linear(identity) → Sigmoid → Linear([[1, 0], [0, −1]]) → ReLU.
Sequential tinyNetwork() {
  Sequential model(Shape{1, 2});
  setLinear(model.add(std::make_unique<Linear>(LinearOptions{.inFeatures = 2, .outFeatures = 2})), {1, 0, 0, 1},
            {0, 0});
  model.add(std::make_unique<Sigmoid>());
  setLinear(model.add(std::make_unique<Linear>(LinearOptions{.inFeatures = 2, .outFeatures = 2})), {1, 0, 0, -1},
            {0, 0});
  model.add(std::make_unique<ReLU>());
  return model;
}

TEST(ActivationGradients, DerivativesOfBothKinds) {
  EXPECT_FLOAT_EQ(activationDerivative(LayerKind::Sigmoid, 0.0f), 0.25f);
  EXPECT_NEAR(activationDerivative(LayerKind::Sigmoid, 8.0f), 3.3524e-4f, 1e-8f);  // σ(8) = 0.9996646
  EXPECT_FLOAT_EQ(activationDerivative(LayerKind::ReLU, 2.5f), 1.0f);
  EXPECT_FLOAT_EQ(activationDerivative(LayerKind::ReLU, 0.0f), 0.0f);  // PyTorch's choice at the kink
  EXPECT_FLOAT_EQ(activationDerivative(LayerKind::ReLU, -3.0f), 0.0f);
  EXPECT_THROW(activationDerivative(LayerKind::Linear, 1.0f), std::invalid_argument);
}

TEST(ActivationGradients, TinyNetworkWorkedByHand) {
  Sequential model = tinyNetwork();
  const Tensor images(Shape{2, 2}, {0.0f, 8.0f, -1.0f, 3.0f});  // (N = 2, F = 2)
  const ActivationGradientStats stats = measureActivationGradients(model, images);
  ASSERT_EQ(stats.layers.size(), 2u);
  EXPECT_EQ(stats.images, 2);

  // Sigmoid at z = 0, 8, −1, 3: σ' = 0.25, 0.000335 (near zero), 0.196612, 0.045177.
  const ActivationLayerGradients& sigmoid = stats.layers[0];
  EXPECT_EQ(sigmoid.layer, 1);
  EXPECT_EQ(sigmoid.kind, LayerKind::Sigmoid);
  EXPECT_EQ(sigmoid.count, 4);
  EXPECT_EQ(sigmoid.nearZero, 1);
  EXPECT_EQ(sigmoid.fullStrength, 0);
  EXPECT_NEAR(sigmoid.derivativeSum, 0.25 + 0.000335 + 0.196612 + 0.045177, 1e-5);

  // ReLU at z = σ(0), −σ(8), σ(−1), −σ(3) = 0.5, −0.99966, 0.26894, −0.95257: f' = 1, 0, 1, 0.
  const ActivationLayerGradients& relu = stats.layers[1];
  EXPECT_EQ(relu.layer, 3);
  EXPECT_EQ(relu.kind, LayerKind::ReLU);
  EXPECT_EQ(relu.count, 4);
  EXPECT_EQ(relu.nearZero, 2);
  EXPECT_EQ(relu.fullStrength, 2);
  EXPECT_DOUBLE_EQ(relu.derivativeSum, 2.0);

  EXPECT_EQ(stats.count(), 8);
  EXPECT_DOUBLE_EQ(stats.nearZeroFraction(), 3.0 / 8.0);
  EXPECT_DOUBLE_EQ(stats.fullStrengthFraction(), 2.0 / 8.0);
  EXPECT_NEAR(stats.meanDerivative(), (0.492124 + 2.0) / 8.0, 1e-5);
}

TEST(ActivationGradients, TheThresholdDecides) {
  Sequential model = tinyNetwork();
  const Tensor images(Shape{2, 2}, {0.0f, 8.0f, -1.0f, 3.0f});
  // 0.05 also catches σ'(3) = 0.045.
  const ActivationGradientStats stats = measureActivationGradients(model, images, {.threshold = 0.05f});
  EXPECT_EQ(stats.layers[0].nearZero, 2);
  EXPECT_EQ(stats.layers[1].nearZero, 2);
}

TEST(ActivationGradients, AModelWithoutActivationsIsRefused) {
  Sequential model(Shape{1, 2});
  model.add(std::make_unique<Linear>(LinearOptions{.inFeatures = 2, .outFeatures = 2}));
  EXPECT_THROW(measureActivationGradients(model, Tensor(Shape{1, 2}, {1.0f, 2.0f})), std::invalid_argument);
}

}  // namespace
}  // namespace alexnet
