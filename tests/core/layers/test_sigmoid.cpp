// Sigmoid: its kind, one forward worked by hand, and PyTorch's reference case (op_reference.h).
#include <cmath>

#include "alexnet/core/layers/sigmoid.h"
#include "core/layers/layer_test_util.h"
#include "core/op_reference.h"

namespace alexnet::test {
namespace {

TEST(Sigmoid, KindAndName) {
  const Sigmoid sigmoid;
  EXPECT_EQ(sigmoid.kind(), LayerKind::Sigmoid);
  EXPECT_EQ(sigmoid.typeName(), "Sigmoid");
  EXPECT_TRUE(isActivation(sigmoid.kind()));
}

// σ(x) = 1 / (1 + e^−x):  σ(0) = 1/2;  σ(ln 3) = 1 / (1 + 1/3) = 3/4;  σ(−ln 3) = 1 / (1 + 3) = 1/4
TEST(Sigmoid, HandWorkedForward) {
  Sigmoid sigmoid;
  const float ln3 = std::log(3.0f);
  const Tensor y = sigmoid.forward(Tensor({1, 3}, {0, ln3, -ln3}), Mode::Eval);
  expectValuesNear(y, {0.5f, 0.75f, 0.25f}, 1e-6f);
}

TEST(Sigmoid, MatchesPyTorchReference) {
  const std::vector<std::string> cases = opCases("sigmoid");
  EXPECT_EQ(cases.size(), 1u);
  for (const std::string& name : cases) expectMatchesPyTorch(name);
}

}  // namespace
}  // namespace alexnet::test
