// The step-by-step runner: one layer per step, back/forward without recomputation drift,
// and the same outputs as a whole forward pass.
#include <gtest/gtest.h>

#include "alexnet/core/exec/stepper.h"
#include "alexnet/core/models/model_config.h"

namespace alexnet {
namespace {

TEST(Stepper, StepsThroughEveryLayerAndMatchesForward) {
  auto model = buildModel({.kind = ModelKind::LeNet, .seed = 3});
  Tensor x({1, 1, 28, 28});
  for (std::int64_t i = 0; i < x.numel(); ++i) x[i] = static_cast<float>(i % 17) / 17.0f;
  Stepper stepper(*model);
  stepper.setInput(x);
  EXPECT_EQ(stepper.cursor(), 0u);
  EXPECT_EQ(stepper.current().shape(), x.shape());
  ASSERT_TRUE(stepper.step());
  EXPECT_EQ(stepper.cursor(), 1u);
  EXPECT_EQ(stepper.current().shape(), (Shape{1, 6, 28, 28}));
  ASSERT_TRUE(stepper.step());
  EXPECT_EQ(stepper.current().shape(), (Shape{1, 6, 28, 28}));  // Sigmoid
  ASSERT_TRUE(stepper.back());
  EXPECT_EQ(stepper.cursor(), 1u);
  EXPECT_FALSE(stepper.atEnd());
  stepper.runToEnd();
  EXPECT_TRUE(stepper.atEnd());
  EXPECT_FALSE(stepper.step());
  EXPECT_EQ(stepper.current().toVector(), model->forward(x, Mode::Eval).toVector());
  EXPECT_EQ(stepper.output(6).shape(), (Shape{1, 400}));
  stepper.reset();
  EXPECT_EQ(stepper.cursor(), 0u);
  EXPECT_FALSE(stepper.back());
  EXPECT_THROW(stepper.output(0), std::out_of_range);
}

TEST(Stepper, RejectsInputOfTheWrongShape) {
  auto model = buildModel({.kind = ModelKind::LeNet});
  Stepper stepper(*model);
  EXPECT_THROW(stepper.setInput(Tensor({1, 1, 224, 224})), ShapeError);
  EXPECT_THROW(stepper.step(), std::logic_error);
}

// What explaining a Conv2d value needs comes from the stepper, so callers never cast layers.
TEST(Stepper, SaysEachLayersKindAndGivesConvParameters) {
  auto model = buildModel({.kind = ModelKind::LeNet, .seed = 3});
  Stepper stepper(*model);
  EXPECT_EQ(stepper.layerKind(0), LayerKind::Conv2d);
  EXPECT_EQ(stepper.layerKind(1), LayerKind::Sigmoid);
  EXPECT_EQ(stepper.layerKind(2), LayerKind::AvgPool2d);
  EXPECT_FALSE(stepper.convLayer(1).has_value());
  const std::optional<ConvLayerView> conv1 = stepper.convLayer(0);  // LeNet: Conv2d(1, 6, kernel_size=5, padding=2)
  ASSERT_TRUE(conv1.has_value());
  EXPECT_EQ(conv1->weight->shape(), (Shape{6, 1, 5, 5}));
  EXPECT_EQ(conv1->bias->shape(), (Shape{6}));
  EXPECT_EQ(conv1->stride, 1);
  EXPECT_EQ(conv1->padding, 2);
  EXPECT_EQ(conv1->weight, &model->layer(0).parameters()[0]->value);  // a view, not a copy
}

}  // namespace
}  // namespace alexnet
