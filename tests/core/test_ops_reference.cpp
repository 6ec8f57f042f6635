// The set of PyTorch op cases in tests/data/reference/ops, and the cross-entropy case. The layer
// cases are checked in each layer's own file (tests/core/layers/test_<layer>.cpp, via op_reference.h);
// here every case must belong to one of them.
#include "alexnet/core/train/cross_entropy.h"
#include "core/op_reference.h"
#include "reference.h"

namespace alexnet::test {
namespace {

TEST(OpReferenceSet, HasEveryDocumentedCase) { EXPECT_EQ(opCases().size(), 15u); }

// The layer files check these ops; a case of any other op would go unchecked.
TEST(OpReferenceSet, EveryCaseIsALayerOpOrTheLoss) {
  std::size_t covered = 0;
  for (const char* op : {"conv2d", "linear", "relu", "sigmoid", "maxpool2d", "avgpool2d", "lrn", "flatten",
                         "dropout_eval", "cross_entropy"})
    covered += opCases(op).size();
  EXPECT_EQ(covered, opCases().size());
}

// Under "last maximum wins" the ties case would differ by up to 3.8: make sure it really has ties.
TEST(OpReferenceSet, TiesCaseHasTies) {
  const SafeTensors f = readSafeTensors(referenceDir() / "ops" / "maxpool2d_k3_s2_ties.safetensors");
  EXPECT_EQ(f.metadata.at("windows_with_exact_tie"), "29");
}

TEST(CrossEntropy, MatchesPyTorch) {
  ASSERT_EQ(opCases("cross_entropy"), std::vector<std::string>{"cross_entropy"});
  const SafeTensors f = readSafeTensors(referenceDir() / "ops" / "cross_entropy.safetensors");
  const auto& labelTensor = f.int64s.at("labels");
  const CrossEntropyResult r = crossEntropy(f.tensor("logits"), labelTensor.values);
  EXPECT_TENSOR_CLOSE("cross_entropy loss", Tensor({1}, {r.loss}), f.tensor("loss"), 1e-5);
  EXPECT_TENSOR_CLOSE("cross_entropy grad_logits", r.gradLogits, f.tensor("grad_logits"), 1e-5);
}

}  // namespace
}  // namespace alexnet::test
