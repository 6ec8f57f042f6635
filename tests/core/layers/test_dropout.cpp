// Dropout: its kind, one forward worked by hand, and PyTorch's reference case (op_reference.h).
#include "alexnet/core/layers/dropout.h"
#include "core/layers/layer_test_util.h"
#include "core/op_reference.h"

namespace alexnet::test {
namespace {

TEST(Dropout, KindAndName) {
  const Dropout dropout;
  EXPECT_EQ(dropout.kind(), LayerKind::Dropout);
  EXPECT_EQ(dropout.typeName(), "Dropout");
}

// p = 0.5 on eight 3s. Eval: the identity. Train: each element is dropped (0) or kept and scaled
// by 1/(1 − p) = 2, so every output is 0 or 3·2 = 6, and at least one of each with this seed.
TEST(Dropout, HandWorkedForward) {
  Dropout dropout(DropoutOptions{.p = 0.5f, .seed = 1});
  const Tensor x({1, 8}, std::vector<float>(8, 3.0f));
  EXPECT_EQ(dropout.forward(x, Mode::Eval).toVector(), x.toVector());
  const std::vector<float> train = dropout.forward(x, Mode::Train).toVector();
  int kept = 0;
  for (float v : train) {
    EXPECT_TRUE(v == 0.0f || v == 6.0f) << v;
    kept += v == 6.0f;
  }
  EXPECT_GT(kept, 0);
  EXPECT_LT(kept, 8);
}

TEST(Dropout, MatchesPyTorchReference) {
  const std::vector<std::string> cases = opCases("dropout_eval");
  EXPECT_EQ(cases.size(), 1u);
  for (const std::string& name : cases) expectMatchesPyTorch(name);
}

}  // namespace
}  // namespace alexnet::test
