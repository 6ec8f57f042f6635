// Conv2d: its kind, one forward worked by hand, and PyTorch's reference cases (op_reference.h).
#include "alexnet/core/layers/conv2d.h"
#include "core/kernel_test_util.h"
#include "core/layers/layer_test_util.h"
#include "core/op_reference.h"

namespace alexnet::test {
namespace {

TEST(Conv2d, KindAndName) {
  const Conv2d conv(Conv2dOptions{.inChannels = 1, .outChannels = 1, .kernelSize = 2});
  EXPECT_EQ(conv.kind(), LayerKind::Conv2d);
  EXPECT_EQ(conv.typeName(), "Conv2d");
}

// One 3×3 input, one 2×2 kernel, bias 0.5, stride 1, no padding → 2×2:
//   input  1 2 3     kernel  1  2
//          4 5 6             0 -1
//          7 8 9
//   out[0,0] = 1·1 + 2·2 + 4·0 + 5·(−1) + 0.5 = 0.5
//   out[0,1] = 2·1 + 3·2 + 5·0 + 6·(−1) + 0.5 = 2.5
//   out[1,0] = 4·1 + 5·2 + 7·0 + 8·(−1) + 0.5 = 6.5
//   out[1,1] = 5·1 + 6·2 + 8·0 + 9·(−1) + 0.5 = 8.5
TEST(Conv2d, HandWorkedForward) {
  Conv2d conv(Conv2dOptions{.inChannels = 1, .outChannels = 1, .kernelSize = 2});
  setParameter(conv, "weight", Tensor({1, 1, 2, 2}, {1, 2, 0, -1}));  // (C_out, C_in, k, k)
  setParameter(conv, "bias", Tensor({1}, {0.5f}));
  const Tensor x({1, 1, 3, 3}, {1, 2, 3, 4, 5, 6, 7, 8, 9});  // (N, C, H, W)
  const Tensor y = conv.forward(x, Mode::Eval);
  EXPECT_EQ(y.shape(), (Shape{1, 1, 2, 2}));
  expectValuesNear(y, {0.5f, 2.5f, 6.5f, 8.5f}, 1e-6f);
}

TEST(Conv2d, MatchesPyTorchReference) {
  const std::vector<std::string> cases = opCases("conv2d");
  EXPECT_EQ(cases.size(), 4u);
  for (const std::string& name : cases) expectMatchesPyTorch(name);
}

// Conv2d keeps its packed weights between calls, but never past a change of the weights: an in-place
// change through parameters() (what an optimizer step does) shows in the very next forward, on the
// single-sample path (row and column blocks over the threads) and the batch path.
TEST(Conv2dPackedWeights, AnInPlaceWeightChangeShowsInTheNextForward) {
  ThreadCount threads(2);
  const Conv2dOptions options{.inChannels = 8, .outChannels = 24, .kernelSize = 3, .stride = 1, .padding = 1};
  for (std::int64_t batch : {1, 4}) {
    SCOPED_TRACE(testing::Message() << "batch " << batch);
    Conv2d conv(options), fresh(options);
    for (std::size_t p = 0; p < 2; ++p) {
      conv.parameters()[p]->value = randomTensor(conv.parameters()[p]->value.shape(), 7 + static_cast<unsigned>(p));
      fresh.parameters()[p]->value = conv.parameters()[p]->value;
    }
    const Tensor x = randomTensor({batch, 8, 40, 40}, 9);
    const Tensor before = conv.forward(x, Mode::Eval);                     // packs the weights
    EXPECT_EQ(conv.forward(x, Mode::Eval).toVector(), before.toVector());  // from the kept packing
    for (Conv2d* layer : {&conv, &fresh}) {
      Tensor& weight = layer->parameters()[0]->value;  // in place: same tensor, same address
      for (std::int64_t i = 0; i < weight.numel(); i += 5) weight[i] += 0.25f;
    }
    const std::vector<float> after = conv.forward(x, Mode::Eval).toVector();
    EXPECT_NE(after, before.toVector());
    EXPECT_EQ(after, fresh.forward(x, Mode::Eval).toVector());
  }
}

// backwardParameters() (the first layer of a training step) accumulates exactly the weight and bias
// gradients backward() does, without the input gradient: on the direct kernels' path (LeNet's conv1)
// and on im2col + GEMM (stride 2), one sample (split across the threads) and a batch (samples across
// the threads), into gradients that already hold a value.
TEST(Conv2d, BackwardParametersAccumulatesWhatBackwardDoes) {
  ThreadCount threads(2);
  const Conv2dOptions lenetConv1{.inChannels = 1, .outChannels = 6, .kernelSize = 5, .stride = 1, .padding = 2};
  const Conv2dOptions strided{.inChannels = 3, .outChannels = 16, .kernelSize = 3, .stride = 2, .padding = 1};
  for (const Conv2dOptions& options : {lenetConv1, strided})
    for (std::int64_t batch : {1, 6}) {
      SCOPED_TRACE(testing::Message() << "C_in " << options.inChannels << " batch " << batch);
      Conv2d full(options), paramsOnly(options);
      for (std::size_t p = 0; p < 2; ++p) {
        full.parameters()[p]->value = randomTensor(full.parameters()[p]->value.shape(), 21 + static_cast<unsigned>(p));
        paramsOnly.parameters()[p]->value = full.parameters()[p]->value;
        full.parameters()[p]->grad = randomTensor(full.parameters()[p]->value.shape(), 31 + static_cast<unsigned>(p));
        paramsOnly.parameters()[p]->grad = full.parameters()[p]->grad;
      }
      const Tensor x = randomTensor({batch, options.inChannels, 28, 28}, 23);
      const Tensor y = full.forward(x, Mode::Train);
      paramsOnly.forward(x, Mode::Train);
      const Tensor gradOut = randomTensor(y.shape(), 24);
      const Tensor gradIn = full.backward(gradOut);
      EXPECT_EQ(gradIn.shape(), x.shape());
      paramsOnly.backwardParameters(gradOut);
      for (std::size_t p = 0; p < 2; ++p) {
        const std::vector<float> want = full.parameters()[p]->grad.toVector();
        const std::vector<float> got = paramsOnly.parameters()[p]->grad.toVector();
        ASSERT_EQ(got.size(), want.size());
        for (std::size_t i = 0; i < want.size(); ++i)
          ASSERT_NEAR(got[i], want[i], 1e-5f * (1.0f + std::abs(want[i]))) << "parameter " << p << " element " << i;
      }
    }
}

}  // namespace
}  // namespace alexnet::test
