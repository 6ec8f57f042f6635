// Shape inference and the shape table: the full-size tables equal the reference shapes.json,
// FLOPs and parameter counts are right, and a mismatch gives a message that names the layer.
#include <gmock/gmock.h>

#include <cmath>
#include <fstream>
#include <nlohmann/json.hpp>

#include "alexnet/core/layers/conv2d.h"
#include "alexnet/core/layers/linear.h"
#include "alexnet/core/models/alexnet.h"
#include "alexnet/core/models/lenet.h"
#include "alexnet/core/models/model_config.h"
#include "alexnet/core/models/shape_report.h"
#include "reference.h"

namespace alexnet::test {
namespace {

nlohmann::json shapesJson() {
  std::ifstream in(referenceDir() / "shapes.json");
  return nlohmann::json::parse(in);
}

void expectMatchesReference(const Sequential& model, const nlohmann::json& ref) {
  const ShapeReport report = makeShapeReport(model);
  EXPECT_EQ(report.inputShape, ref["input_shape"].get<Shape>());
  ASSERT_EQ(report.rows.size(), ref["layers"].size());
  for (std::size_t i = 0; i < report.rows.size(); ++i) {
    const auto& layerRef = ref["layers"][i];
    EXPECT_EQ(report.rows[i].index, layerRef["index"].get<std::size_t>());
    EXPECT_EQ(report.rows[i].type, layerRef["type"].get<std::string>()) << "layer " << i;
    EXPECT_EQ(report.rows[i].repr, layerRef["module"].get<std::string>()) << "layer " << i;
    EXPECT_EQ(report.rows[i].outputShape, layerRef["output_shape"].get<Shape>()) << "layer " << i;
    EXPECT_EQ(report.rows[i].params, layerRef["param_count"].get<std::int64_t>()) << "layer " << i;
  }
  EXPECT_EQ(report.totalParams, ref["total_params"].get<std::int64_t>());
  EXPECT_EQ(report.totalParams * 4, ref["total_bytes_f32"].get<std::int64_t>());
}

TEST(ShapeReport, LeNetMatchesReference) { expectMatchesReference(*lenet(), shapesJson()["lenet"]); }

TEST(ShapeReport, AlexNetMatchesReference) { expectMatchesReference(*alexnet(), shapesJson()["alexnet"]); }

TEST(ShapeReport, NarrowAlexNetMatchesReference) {
  expectMatchesReference(*alexnet({.widths = parseWidths("12,32,48,48,32,64,64")}), shapesJson()["alexnet_narrow"]);
}

TEST(ShapeReport, AlexNetTotalsAndFlops) {
  const ShapeReport report = makeShapeReport(*alexnet());
  EXPECT_EQ(report.totalParams, 46764746);
  EXPECT_EQ(report.rows[14].params, 26218496);  // fc6
  EXPECT_EQ(report.rows[0].flops, 2LL * 96 * 54 * 54 * 11 * 11);
  EXPECT_EQ(report.totalFlops, 1876292352LL);  // ≈ 1.88 GFLOP per image
  EXPECT_EQ(report.rows[0].bookLabel, "11\u00d711 Conv (96), stride 4, pad 1");
  EXPECT_EQ(report.rows[2].bookLabel, "3\u00d73 MaxPool, stride 2");
  EXPECT_EQ(report.rows[14].bookLabel, "Dense (4096)");
  EXPECT_EQ(report.rows[0].activationBytes, 96 * 54 * 54 * 4);
}

// Layers are numbered by the weight layer they follow, like Caffe's AlexNet (conv5 → pool5 → fc6).
TEST(ShapeReport, NamesFollowTheWeightLayerNumbering) {
  const std::vector<std::string> alexnetNames{"conv1", "relu1", "pool1",    "conv2", "relu2", "pool2",    "conv3",
                                              "relu3", "conv4", "relu4",    "conv5", "relu5", "pool5",    "flatten",
                                              "fc6",   "relu6", "dropout6", "fc7",   "relu7", "dropout7", "fc8"};
  const std::vector<std::string> lenetNames{"conv1",   "sigmoid1", "pool1",    "conv2", "sigmoid2", "pool2",
                                            "flatten", "fc3",      "sigmoid3", "fc4",   "sigmoid4", "fc5"};
  const auto names = [](const ShapeReport& report) {
    std::vector<std::string> out;
    for (const auto& row : report.rows) out.push_back(row.name);
    return out;
  };
  EXPECT_EQ(names(makeShapeReport(*alexnet())), alexnetNames);
  EXPECT_EQ(names(makeShapeReport(*lenet())), lenetNames);
}

TEST(ShapeReport, AlexNet2012HasLrnAndThreeChannels) {
  const auto model = buildModel({.kind = ModelKind::AlexNet2012});
  const ShapeReport report = makeShapeReport(*model);
  EXPECT_EQ(report.inputShape, (Shape{1, 3, 224, 224}));
  EXPECT_EQ(report.rows[2].type, "LocalResponseNorm");
  EXPECT_EQ(report.rows[2].repr, "LocalResponseNorm(5, alpha=0.0001, beta=0.75, k=2.0)");
  EXPECT_EQ(report.rows[6].type, "LocalResponseNorm");
  EXPECT_EQ(report.rows.back().outputShape, (Shape{1, 1000}));
  EXPECT_EQ(report.rows[0].outputShape, (Shape{1, 96, 54, 54}));
}

TEST(ShapeReport, SmallInputSizesAreInferred) {
  const auto model = buildModel({.kind = ModelKind::AlexNet, .inputSize = 96});
  // 96 → conv1 22 → pool 10 → conv2 10 → pool 4 → conv3..5 4 → pool 1 → 256 features
  EXPECT_EQ(model->outputShape(0), (Shape{1, 96, 22, 22}));
  EXPECT_EQ(model->outputShape(13), (Shape{1, 256}));
  EXPECT_EQ(model->outputShape(), (Shape{1, 10}));
}

TEST(ShapeReport, TooSmallInputNamesTheLayer) {
  try {
    buildModel({.kind = ModelKind::AlexNet, .inputSize = 40});
    FAIL() << "expected a ShapeError";
  } catch (const ShapeError& error) {
    EXPECT_THAT(error.what(), ::testing::HasSubstr("MaxPool2d"));
    EXPECT_THAT(error.what(), ::testing::HasSubstr("layer "));
  }
}

TEST(Sequential, MismatchNamesIndexTypeAndShapes) {
  Sequential net({1, 1, 28, 28});
  net.emplace<Conv2d>(Conv2dOptions{.inChannels = 1, .outChannels = 6, .kernelSize = 5});
  try {
    net.emplace<Conv2d>(Conv2dOptions{.inChannels = 3, .outChannels = 6, .kernelSize = 5});
    FAIL() << "expected a ShapeError";
  } catch (const ShapeError& error) {
    EXPECT_STREQ(error.what(),
                 "layer 1 (Conv2d): cannot take input of shape [1, 6, 24, 24]: Conv2d: expected 3 input channels, "
                 "got input [1, 6, 24, 24]");
  }
}

TEST(Sequential, LinearAfterConvNeedsFlatten) {
  Sequential net({1, 1, 8, 8});
  EXPECT_THROW(net.emplace<Linear>(LinearOptions{.inFeatures = 64, .outFeatures = 2}), ShapeError);
}

TEST(Sequential, ForwardRejectsWrongInputShape) {
  auto net = lenet();
  EXPECT_THROW(net->forward(Tensor({1, 1, 32, 32}), Mode::Eval), ShapeError);
  try {
    net->forward(Tensor({2, 3, 28, 28}), Mode::Eval);
  } catch (const ShapeError& error) {
    EXPECT_STREQ(error.what(), "model input: expected shape [N, 1, 28, 28], got [2, 3, 28, 28]");
  }
  EXPECT_EQ(net->forward(Tensor({3, 1, 28, 28}), Mode::Eval).shape(), (Shape{3, 10}));
}

TEST(ModelConfig, ParsesNamesAndWidths) {
  EXPECT_EQ(parseModelKind("alexnet2012"), ModelKind::AlexNet2012);
  EXPECT_THROW(parseModelKind("vgg"), std::invalid_argument);
  EXPECT_EQ(toString(parseWidths("12,32,48,48,32,64,64")), "12,32,48,48,32,64,64");
  EXPECT_THROW(parseWidths("12,32"), std::invalid_argument);
  EXPECT_THROW(parseWidths("12,32,48,48,32,64,x"), std::invalid_argument);
  EXPECT_THROW(parseWidths("12,32,48,48,32,64,64,1"), std::invalid_argument);
  EXPECT_THROW(parseWidths("0,32,48,48,32,64,64"), std::invalid_argument);
}

TEST(ModelConfig, XavierInitIsSeededAndBounded) {
  auto a = buildModel({.kind = ModelKind::LeNet, .seed = 5});
  auto b = buildModel({.kind = ModelKind::LeNet, .seed = 5});
  auto c = buildModel({.kind = ModelKind::LeNet, .seed = 6});
  const auto pa = a->namedParameters(), pb = b->namedParameters(), pc = c->namedParameters();
  EXPECT_EQ(pa[0].parameter->value.toVector(), pb[0].parameter->value.toVector());
  EXPECT_NE(pa[0].parameter->value.toVector(), pc[0].parameter->value.toVector());
  // 0.weight (6,1,5,5): bound sqrt(6 / (25 + 150)); 0.bias: 1/sqrt(25)
  const float weightBound = std::sqrt(6.0f / 175.0f);
  float maxWeight = 0, maxBias = 0;
  for (float v : pa[0].parameter->value.toVector()) maxWeight = std::max(maxWeight, std::abs(v));
  for (float v : pa[1].parameter->value.toVector()) maxBias = std::max(maxBias, std::abs(v));
  EXPECT_LE(maxWeight, weightBound);
  EXPECT_GT(maxWeight, 0.8f * weightBound);
  EXPECT_LE(maxBias, 0.2f);
}

}  // namespace
}  // namespace alexnet::test
