// Parameter gradients are allocated on first use: a model that only runs forward holds its weights
// once (inspect/evaluate), training allocates them at the first zeroGrad()/backward().
#include <gtest/gtest.h>

#include "alexnet/core/layers/linear.h"
#include "alexnet/core/models/lenet.h"
#include "alexnet/core/models/model_config.h"
#include "alexnet/core/sequential.h"
#include "alexnet/core/train/sgd.h"

namespace alexnet {
namespace {

TEST(ParameterGradients, AForwardOnlyModelHasNoGradientMemory) {
  auto model = lenet();
  const Tensor out = model->forward(Tensor({2, 1, 28, 28}, 0.5f), Mode::Eval);  // (2, 10)
  EXPECT_EQ(out.shape(), (Shape{2, 10}));
  for (const auto& [key, p] : std::as_const(*model).namedParameters()) {
    EXPECT_FALSE(p->value.empty()) << key;
    EXPECT_TRUE(p->grad.empty()) << key;
  }
}

TEST(ParameterGradients, ZeroGradAndBackwardAllocateThemWithTheValuesShape) {
  auto model = lenet();
  model->zeroGrad();
  for (const auto& [key, p] : std::as_const(*model).namedParameters()) {
    ASSERT_EQ(p->grad.shape(), p->value.shape()) << key;
    for (std::int64_t i = 0; i < p->grad.numel(); ++i) ASSERT_EQ(p->grad[i], 0.0f) << key;
  }
  Linear linear({.inFeatures = 3, .outFeatures = 2});  // no zeroGrad: backward allocates
  linear.forward(Tensor({1, 3}, 1.0f), Mode::Train);
  linear.backward(Tensor({1, 2}, 1.0f));
  EXPECT_EQ(linear.weight().grad.shape(), (Shape{2, 3}));
  EXPECT_EQ(linear.weight().grad[0], 1.0f);  // dL/dw = gradOut · x = 1
  EXPECT_EQ(linear.bias().grad[1], 1.0f);
}

TEST(ParameterGradients, SgdLeavesParametersWithoutAGradientAlone) {
  auto model = lenet();
  std::vector<Tensor> before;
  for (const auto& [key, p] : std::as_const(*model).namedParameters()) before.push_back(p->value);
  Sgd({.learningRate = 0.5f}).step(*model);
  std::size_t i = 0;
  for (const auto& [key, p] : std::as_const(*model).namedParameters())
    EXPECT_EQ(p->value.toVector(), before[i++].toVector()) << key;
}

}  // namespace
}  // namespace alexnet
