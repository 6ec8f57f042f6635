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
  const StepperSnapshot snap = stepper.snapshot();
  EXPECT_EQ(snap.outputs.size(), model->size());
  EXPECT_EQ(snap.outputs[6].shape(), (Shape{1, 400}));
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

}  // namespace
}  // namespace alexnet
