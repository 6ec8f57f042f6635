// LocalResponseNorm: its kind, one forward worked by hand, and PyTorch's reference cases (op_reference.h).
#include "alexnet/core/layers/local_response_norm.h"
#include "core/layers/layer_test_util.h"
#include "core/op_reference.h"

namespace alexnet::test {
namespace {

TEST(LocalResponseNorm, KindAndName) {
  const LocalResponseNorm lrn(LocalResponseNormOptions{});
  EXPECT_EQ(lrn.kind(), LayerKind::LocalResponseNorm);
  EXPECT_EQ(lrn.typeName(), "LocalResponseNorm");
}

// size 3, alpha 3 (so alpha/size = 1), beta 1, k 1, three channels of one pixel a = [1, 2, 3]:
//   b[c] = a[c] / (k + (alpha/size) · Σ_{c' = c−1}^{c+1} a[c']²)^beta, channels outside 0..2 count 0
//   b[0] = 1 / (1 + 1 + 4)      = 1/6
//   b[1] = 2 / (1 + 1 + 4 + 9)  = 2/15
//   b[2] = 3 / (1 + 4 + 9)      = 3/14
TEST(LocalResponseNorm, HandWorkedForward) {
  LocalResponseNorm lrn(LocalResponseNormOptions{.size = 3, .alpha = 3.0f, .beta = 1.0f, .k = 1.0f});
  const Tensor y = lrn.forward(Tensor({1, 3, 1, 1}, {1, 2, 3}), Mode::Eval);  // (N, C, H, W)
  expectValuesNear(y, {1.0f / 6.0f, 2.0f / 15.0f, 3.0f / 14.0f}, 1e-6f);
}

TEST(LocalResponseNorm, MatchesPyTorchReference) {
  const std::vector<std::string> cases = opCases("lrn");
  EXPECT_EQ(cases.size(), 2u);
  for (const std::string& name : cases) expectMatchesPyTorch(name);
}

}  // namespace
}  // namespace alexnet::test
