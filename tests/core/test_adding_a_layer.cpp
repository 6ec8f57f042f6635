// The code of docs/adding-a-layer.md, compiled and tested so the guide cannot go stale.
// The example adds Tanh: forward, backward, a shape rule, and the tests every layer lands with.
#include <gtest/gtest.h>

#include <cmath>

#include "alexnet/core/layer.h"
#include "alexnet/core/layers/linear.h"
#include "alexnet/core/sequential.h"
#include "gradient_check.h"

namespace alexnet {
namespace {

// [guide:layer]
// Tanh — tanh(x), elementwise. Any shape. Backward: g · (1 − y²).
class Tanh final : public Layer {
 public:
  std::string_view typeName() const override { return "Tanh"; }
  std::string repr() const override { return "Tanh()"; }
  Shape outputShape(const Shape& in) const override { return in; }

  Tensor forward(const Tensor& x, Mode) override {
    Tensor y(x.shape());
    for (std::int64_t i = 0; i < x.numel(); ++i) y[i] = std::tanh(x[i]);
    m_output = y;  // cached for backward
    return y;
  }

  Tensor backward(const Tensor& gradOut) override {
    Tensor gradIn(gradOut.shape());
    for (std::int64_t i = 0; i < gradOut.numel(); ++i) gradIn[i] = gradOut[i] * (1.0f - m_output[i] * m_output[i]);
    return gradIn;
  }

 private:
  Tensor m_output;  // y, same shape as the input
};
// [guide:layer-end]

// [guide:tests]
TEST(AddingALayer, HandCheckedForward) {
  Tanh tanhLayer;
  const Tensor y = tanhLayer.forward(Tensor({1, 3}, {-1.0f, 0.0f, 2.0f}), Mode::Eval);
  EXPECT_NEAR(y[0], -0.761594f, 1e-6f);
  EXPECT_EQ(y[1], 0.0f);
  EXPECT_NEAR(y[2], 0.964028f, 1e-6f);
}

TEST(AddingALayer, FiniteDifferenceGradient) {
  std::mt19937 rng(1);
  Tanh tanhLayer;
  EXPECT_LE(test::gradientError(tanhLayer, test::randomTensor({2, 5}, rng)), 2e-3);
}

TEST(AddingALayer, WorksInsideSequential) {
  Sequential net({1, 4});
  net.emplace<Linear>(LinearOptions{.inFeatures = 4, .outFeatures = 3});
  net.emplace<Tanh>();
  EXPECT_EQ(net.outputShape(), (Shape{1, 3}));
  EXPECT_EQ(net.namedParameters()[0].key, "0.weight");
}
// [guide:tests-end]

}  // namespace
}  // namespace alexnet
