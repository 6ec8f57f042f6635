// Flatten: its kind, one forward worked by hand, and PyTorch's reference case (op_reference.h).
#include "alexnet/core/layers/flatten.h"
#include "core/layers/layer_test_util.h"
#include "core/op_reference.h"

namespace alexnet::test {
namespace {

TEST(Flatten, KindAndName) {
  const Flatten flatten;
  EXPECT_EQ(flatten.kind(), LayerKind::Flatten);
  EXPECT_EQ(flatten.typeName(), "Flatten");
}

// (N, C, H, W) = (2, 2, 1, 2) → (2, 2·1·2) = (2, 4), values in row-major order:
//   sample 0: channel 0 [0 1], channel 1 [2 3] → [0 1 2 3];  sample 1 → [4 5 6 7]
TEST(Flatten, HandWorkedForward) {
  Flatten flatten;
  const Tensor y = flatten.forward(Tensor({2, 2, 1, 2}, {0, 1, 2, 3, 4, 5, 6, 7}), Mode::Eval);
  EXPECT_EQ(y.shape(), (Shape{2, 4}));
  EXPECT_EQ(y.toVector(), (std::vector<float>{0, 1, 2, 3, 4, 5, 6, 7}));
}

TEST(Flatten, MatchesPyTorchReference) {
  const std::vector<std::string> cases = opCases("flatten");
  EXPECT_EQ(cases.size(), 1u);
  for (const std::string& name : cases) expectMatchesPyTorch(name);
}

}  // namespace
}  // namespace alexnet::test
