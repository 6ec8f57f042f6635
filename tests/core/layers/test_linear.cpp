// Linear: its kind, one forward worked by hand, and PyTorch's reference case (op_reference.h).
#include "alexnet/core/layers/linear.h"
#include "core/layers/layer_test_util.h"
#include "core/op_reference.h"

namespace alexnet::test {
namespace {

TEST(Linear, KindAndName) {
  const Linear linear(LinearOptions{.inFeatures = 3, .outFeatures = 2});
  EXPECT_EQ(linear.kind(), LayerKind::Linear);
  EXPECT_EQ(linear.typeName(), "Linear");
}

// y = W·x + b with W = [[1, 2, 3], [−1, 0, 1]], b = [0.5, −0.5], x = [1, 1, 2]:
//   y0 = 1·1 + 2·1 + 3·2 + 0.5    = 9.5
//   y1 = −1·1 + 0·1 + 1·2 − 0.5   = 0.5
TEST(Linear, HandWorkedForward) {
  Linear linear(LinearOptions{.inFeatures = 3, .outFeatures = 2});
  setParameter(linear, "weight", Tensor({2, 3}, {1, 2, 3, -1, 0, 1}));  // (out, in)
  setParameter(linear, "bias", Tensor({2}, {0.5f, -0.5f}));
  const Tensor y = linear.forward(Tensor({1, 3}, {1, 1, 2}), Mode::Eval);  // (N, in) → (N, out)
  EXPECT_EQ(y.shape(), (Shape{1, 2}));
  expectValuesNear(y, {9.5f, 0.5f}, 1e-6f);
}

TEST(Linear, MatchesPyTorchReference) {
  const std::vector<std::string> cases = opCases("linear");
  EXPECT_EQ(cases.size(), 1u);
  for (const std::string& name : cases) expectMatchesPyTorch(name);
}

}  // namespace
}  // namespace alexnet::test
