// AvgPool2d: its kind, one forward worked by hand, and PyTorch's reference case (op_reference.h).
#include "alexnet/core/layers/avg_pool2d.h"
#include "core/layers/layer_test_util.h"
#include "core/op_reference.h"

namespace alexnet::test {
namespace {

TEST(AvgPool2d, KindAndName) {
  const AvgPool2d pool(AvgPool2dOptions{.kernelSize = 2, .stride = 2});
  EXPECT_EQ(pool.kind(), LayerKind::AvgPool2d);
  EXPECT_EQ(pool.typeName(), "AvgPool2d");
  EXPECT_TRUE(isPooling(pool.kind()));
}

// 2×2 windows, stride 2, 4×4 → 2×2, the mean of each window:
//    1  2 |  5  0          (1 + 2 + 3 + 4) / 4 = 2.5       (5 + 0 + 1 + 2) / 4 = 2
//    3  4 |  1  2
//   ------+------    →
//    0 -1 |  7  8          (0 − 1 − 2 − 3) / 4 = −1.5      (7 + 8 + 9 + 6) / 4 = 7.5
//   -2 -3 |  9  6
TEST(AvgPool2d, HandWorkedForward) {
  AvgPool2d pool(AvgPool2dOptions{.kernelSize = 2, .stride = 2});
  const Tensor x({1, 1, 4, 4}, {1, 2, 5, 0, 3, 4, 1, 2, 0, -1, 7, 8, -2, -3, 9, 6});
  const Tensor y = pool.forward(x, Mode::Eval);
  EXPECT_EQ(y.shape(), (Shape{1, 1, 2, 2}));
  expectValuesNear(y, {2.5f, 2.0f, -1.5f, 7.5f}, 1e-6f);
}

TEST(AvgPool2d, MatchesPyTorchReference) {
  const std::vector<std::string> cases = opCases("avgpool2d");
  EXPECT_EQ(cases.size(), 1u);
  for (const std::string& name : cases) expectMatchesPyTorch(name);
}

}  // namespace
}  // namespace alexnet::test
