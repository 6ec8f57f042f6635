// MaxPool2d: its kind, one forward worked by hand, and PyTorch's reference cases (op_reference.h).
#include "alexnet/core/layers/max_pool2d.h"
#include "core/layers/layer_test_util.h"
#include "core/op_reference.h"

namespace alexnet::test {
namespace {

TEST(MaxPool2d, KindAndName) {
  const MaxPool2d pool(MaxPool2dOptions{.kernelSize = 2, .stride = 2});
  EXPECT_EQ(pool.kind(), LayerKind::MaxPool2d);
  EXPECT_EQ(pool.typeName(), "MaxPool2d");
  EXPECT_TRUE(isPooling(pool.kind()));
}

// 2×2 windows, stride 2, 4×4 → 2×2, the largest of each window:
//    1  2 |  5  0          max(1, 2, 3, 4) = 4     max(5, 0, 1, 2) = 5
//    3  4 |  1  2
//   ------+------    →
//    0 -1 |  7  8          max(0, −1, −2, −3) = 0  max(7, 8, 9, 6) = 9
//   -2 -3 |  9  6
TEST(MaxPool2d, HandWorkedForward) {
  MaxPool2d pool(MaxPool2dOptions{.kernelSize = 2, .stride = 2});
  const Tensor x({1, 1, 4, 4}, {1, 2, 5, 0, 3, 4, 1, 2, 0, -1, 7, 8, -2, -3, 9, 6});
  const Tensor y = pool.forward(x, Mode::Eval);
  EXPECT_EQ(y.shape(), (Shape{1, 1, 2, 2}));
  EXPECT_EQ(y.toVector(), (std::vector<float>{4, 5, 0, 9}));
}

TEST(MaxPool2d, MatchesPyTorchReference) {
  const std::vector<std::string> cases = opCases("maxpool2d");
  EXPECT_EQ(cases.size(), 2u);  // one with exact ties (the first maximum wins, as PyTorch)
  for (const std::string& name : cases) expectMatchesPyTorch(name);
}

}  // namespace
}  // namespace alexnet::test
