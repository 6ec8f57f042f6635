// ReLU: its kind, one forward and backward worked by hand, and PyTorch's reference case (op_reference.h).
#include "alexnet/core/layers/relu.h"
#include "core/layers/layer_test_util.h"
#include "core/op_reference.h"

namespace alexnet::test {
namespace {

TEST(ReLU, KindAndName) {
  const ReLU relu;
  EXPECT_EQ(relu.kind(), LayerKind::ReLU);
  EXPECT_EQ(relu.typeName(), "ReLU");
  EXPECT_TRUE(isActivation(relu.kind()));
}

// max(0, x): [−2, −0.5, 0, 3] → [0, 0, 0, 3]
TEST(ReLU, HandWorkedForward) {
  ReLU relu;
  const Tensor y = relu.forward(Tensor({1, 4}, {-2, -0.5f, 0, 3}), Mode::Eval);
  EXPECT_EQ(y.toVector(), (std::vector<float>{0, 0, 0, 3}));
}

// Backward passes the gradient where the last forward's input was > 0 (0 at exactly 0, as PyTorch),
// also after a second forward of another size, and refuses a gradient of another shape.
TEST(ReLU, HandWorkedBackwardFollowsTheLastForward) {
  ReLU relu;
  relu.forward(Tensor({1, 4}, {-2, -0.5f, 0, 3}), Mode::Eval);
  EXPECT_EQ(relu.backward(Tensor({1, 4}, {10, 20, 30, 40})).toVector(), (std::vector<float>{0, 0, 0, 40}));
  relu.forward(Tensor({1, 5}, {1, -1, 2, 0, -3}), Mode::Train);
  EXPECT_EQ(relu.backward(Tensor({1, 5}, {1, 2, 3, 4, 5})).toVector(), (std::vector<float>{1, 0, 3, 0, 0}));
  EXPECT_THROW(relu.backward(Tensor({1, 4})), ShapeError);
}

TEST(ReLU, MatchesPyTorchReference) {
  const std::vector<std::string> cases = opCases("relu");
  EXPECT_EQ(cases.size(), 1u);
  for (const std::string& name : cases) expectMatchesPyTorch(name);
}

}  // namespace
}  // namespace alexnet::test
