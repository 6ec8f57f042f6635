// LayerKind: every layer class in core/layers reports its own kind (callers switch on it instead of
// comparing names or casting), and the kind groups (activation, pooling, pointwise) are as documented.
#include <gtest/gtest.h>

#include <memory>
#include <utility>
#include <vector>

#include "alexnet/core/layers/avg_pool2d.h"
#include "alexnet/core/layers/conv2d.h"
#include "alexnet/core/layers/dropout.h"
#include "alexnet/core/layers/flatten.h"
#include "alexnet/core/layers/linear.h"
#include "alexnet/core/layers/local_response_norm.h"
#include "alexnet/core/layers/max_pool2d.h"
#include "alexnet/core/layers/relu.h"
#include "alexnet/core/layers/sigmoid.h"

namespace alexnet {
namespace {

TEST(LayerKind, EveryLayerTypeReportsItsKind) {
  std::vector<std::pair<std::unique_ptr<Layer>, LayerKind>> layers;
  layers.emplace_back(std::make_unique<Conv2d>(Conv2dOptions{}), LayerKind::Conv2d);
  layers.emplace_back(std::make_unique<Linear>(LinearOptions{}), LayerKind::Linear);
  layers.emplace_back(std::make_unique<ReLU>(), LayerKind::ReLU);
  layers.emplace_back(std::make_unique<Sigmoid>(), LayerKind::Sigmoid);
  layers.emplace_back(std::make_unique<MaxPool2d>(MaxPool2dOptions{}), LayerKind::MaxPool2d);
  layers.emplace_back(std::make_unique<AvgPool2d>(AvgPool2dOptions{}), LayerKind::AvgPool2d);
  layers.emplace_back(std::make_unique<LocalResponseNorm>(LocalResponseNormOptions{}), LayerKind::LocalResponseNorm);
  layers.emplace_back(std::make_unique<Flatten>(), LayerKind::Flatten);
  layers.emplace_back(std::make_unique<Dropout>(), LayerKind::Dropout);
  for (const auto& [layer, kind] : layers) EXPECT_EQ(layer->kind(), kind) << layer->typeName();
}

TEST(LayerKind, GroupsOfKinds) {
  EXPECT_TRUE(isActivation(LayerKind::ReLU) && isActivation(LayerKind::Sigmoid));
  EXPECT_FALSE(isActivation(LayerKind::Dropout));
  EXPECT_TRUE(isPooling(LayerKind::MaxPool2d) && isPooling(LayerKind::AvgPool2d));
  EXPECT_FALSE(isPooling(LayerKind::Conv2d));
  for (LayerKind kind : {LayerKind::ReLU, LayerKind::Sigmoid, LayerKind::Dropout, LayerKind::LocalResponseNorm})
    EXPECT_TRUE(isPointwise(kind));
  for (LayerKind kind :
       {LayerKind::Conv2d, LayerKind::Linear, LayerKind::MaxPool2d, LayerKind::Flatten, LayerKind::Other})
    EXPECT_FALSE(isPointwise(kind));
}

// A layer core does not define (a test double, a layer being written) is Other until it says more.
class Identity : public Layer {
 public:
  std::string_view typeName() const override { return "Identity"; }
  std::string repr() const override { return "Identity()"; }
  Shape outputShape(const Shape& in) const override { return in; }
  Tensor forward(const Tensor& x, Mode) override { return x; }
  Tensor backward(const Tensor& gradOut) override { return gradOut; }
};

TEST(LayerKind, UnknownLayersAreOther) { EXPECT_EQ(Identity().kind(), LayerKind::Other); }

}  // namespace
}  // namespace alexnet
