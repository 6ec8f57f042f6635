// ReLU: its kind, one forward worked by hand, and PyTorch's reference case (op_reference.h).
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

TEST(ReLU, MatchesPyTorchReference) {
  const std::vector<std::string> cases = opCases("relu");
  EXPECT_EQ(cases.size(), 1u);
  for (const std::string& name : cases) expectMatchesPyTorch(name);
}

}  // namespace
}  // namespace alexnet::test
