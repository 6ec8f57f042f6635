// The nn.Sequential code reader (core/models/sequential_code.h), what it accepts: the d2l networks as the
// chapters write them parse to the layers PyTorch would build, and build to the very parameters of
// buildModel; arguments resolve with PyTorch's defaults; the input shape comes from X or the options.
// Refusals and robustness are in test_sequential_code_errors.cpp.
#include <gmock/gmock.h>

#include <cstring>
#include <filesystem>
#include <ostream>
#include <random>
#include <string>
#include <utility>

#include "alexnet/core/models/model_config.h"
#include "alexnet/core/models/sequential_code.h"
#include "sequential_code_samples.h"

namespace alexnet {

// gtest prints a LayerCode this way when an expectation fails.
void PrintTo(const LayerCode& l, std::ostream* out) {
  *out << l.type << "(in=" << l.inChannels << ", out=" << l.outChannels << ", k=" << l.kernelSize << ", s=" << l.stride
       << ", p=" << l.padding << ", p=" << l.p << ", size=" << l.size << ", alpha=" << l.alpha << ", beta=" << l.beta
       << ", k=" << l.k << ") at " << l.line << ":" << l.column;
}

namespace test {
namespace {

using ::testing::HasSubstr;
using ::testing::StartsWith;

NetworkCode parse(std::string_view code) { return parseSequentialCode(code, "net.py"); }

std::vector<std::string> types(const NetworkCode& code) {
  std::vector<std::string> out;
  for (const LayerCode& layer : code.layers) out.push_back(layer.type);
  return out;
}

// Every parameter tensor has the same key, shape and bits.
void expectSameParameters(const Sequential& a, const Sequential& b) {
  const auto pa = a.namedParameters();
  const auto pb = b.namedParameters();
  ASSERT_EQ(pa.size(), pb.size());
  for (std::size_t i = 0; i < pa.size(); ++i) {
    EXPECT_EQ(pa[i].first, pb[i].first);
    const Tensor& ta = pa[i].second->value;
    const Tensor& tb = pb[i].second->value;
    ASSERT_EQ(ta.shape(), tb.shape()) << pa[i].first;
    EXPECT_EQ(std::memcmp(ta.data(), tb.data(), sizeof(float) * static_cast<std::size_t>(ta.numel())), 0)
        << pa[i].first;
  }
}

ModelConfig config(ModelKind kind, std::uint64_t seed) {
  ModelConfig c;
  c.kind = kind;
  c.seed = seed;
  return c;
}

Tensor randomInput(const Shape& shape, unsigned seed) {
  std::mt19937 rng(seed);
  std::normal_distribution<float> dist;
  Tensor x(shape);
  for (std::int64_t i = 0; i < x.numel(); ++i) x[i] = dist(rng);
  return x;
}

TEST(SequentialCodeParse, D2lAlexNetCell) {
  const NetworkCode code = parse(kD2lAlexNet);
  EXPECT_EQ(code.fileName, "net.py");
  EXPECT_EQ(code.name, "net");
  EXPECT_EQ(code.line, 5);
  EXPECT_EQ(code.column, 7);
  EXPECT_EQ(code.inputShape, (Shape{1, 1, 224, 224}));
  EXPECT_THAT(types(code),
              ::testing::ElementsAre("Conv2d", "ReLU", "MaxPool2d", "Conv2d", "ReLU", "MaxPool2d", "Conv2d", "ReLU",
                                     "Conv2d", "ReLU", "Conv2d", "ReLU", "MaxPool2d", "Flatten", "Linear", "ReLU",
                                     "Dropout", "Linear", "ReLU", "Dropout", "Linear"));
  const LayerCode& conv1 = code.layers[0];
  EXPECT_EQ(conv1.inChannels, 1);
  EXPECT_EQ(conv1.outChannels, 96);
  EXPECT_EQ(conv1.kernelSize, 11);
  EXPECT_EQ(conv1.stride, 4);
  EXPECT_EQ(conv1.padding, 1);
  EXPECT_EQ(conv1.line, 9);
  EXPECT_EQ(conv1.column, 5);
  EXPECT_EQ(code.layers[1].line, 9);  // nn.ReLU() after the Conv2d on the same line
  EXPECT_EQ(code.layers[1].column, 60);
  EXPECT_EQ(code.layers[2].kernelSize, 3);
  EXPECT_EQ(code.layers[2].stride, 2);
  EXPECT_EQ(code.layers[14].inChannels, 6400);
  EXPECT_EQ(code.layers[14].outChannels, 4096);
  EXPECT_FLOAT_EQ(code.layers[16].p, 0.5f);
  EXPECT_EQ(code.layers[20].outChannels, 10);
}

TEST(SequentialCodeBuild, D2lAlexNetShapesAndParameterCount) {
  const auto model = buildFromCode(parse(kD2lAlexNet));
  EXPECT_EQ(model->inputShape(), (Shape{1, 1, 224, 224}));
  EXPECT_EQ(model->parameterCount(), 46764746);
  // The d2l table: the ReLU and Dropout rows keep their input's shape.
  std::vector<Shape> shapes;
  for (std::size_t i = 0; i < model->size(); ++i) {
    const std::string_view type = model->layer(i).typeName();
    if (type != "ReLU" && type != "Dropout") shapes.push_back(model->outputShape(i));
  }
  EXPECT_EQ(shapes, (std::vector<Shape>{{1, 96, 54, 54},
                                        {1, 96, 26, 26},
                                        {1, 256, 26, 26},
                                        {1, 256, 12, 12},
                                        {1, 384, 12, 12},
                                        {1, 384, 12, 12},
                                        {1, 256, 12, 12},
                                        {1, 256, 5, 5},
                                        {1, 6400},
                                        {1, 4096},
                                        {1, 4096},
                                        {1, 10}}));
}

TEST(SequentialCodeBuild, D2lAlexNetIsBuildModelAlexNet) {
  const std::uint64_t seed = 7;
  const auto fromCode = buildFromCode(parse(kD2lAlexNet), {.seed = seed});
  const auto built = buildModel(config(ModelKind::AlexNet, seed));
  for (std::size_t i = 0; i < built->size(); ++i) EXPECT_EQ(fromCode->layer(i).repr(), built->layer(i).repr()) << i;
  expectSameParameters(*fromCode, *built);
  // Dropout layers are seeded alike too: a training-mode forward draws the same masks.
  const Tensor x = randomInput({2, 1, 224, 224}, 1);
  const Tensor a = fromCode->forward(x, Mode::Train);
  const Tensor b = built->forward(x, Mode::Train);
  ASSERT_EQ(a.shape(), b.shape());
  EXPECT_EQ(std::memcmp(a.data(), b.data(), sizeof(float) * static_cast<std::size_t>(a.numel())), 0);
  // …and the seed matters.
  const auto otherSeed = buildFromCode(parse(kD2lAlexNet), {.seed = seed + 1});
  EXPECT_NE(std::memcmp(std::as_const(*otherSeed).namedParameters()[0].second->value.data(),
                        std::as_const(*fromCode).namedParameters()[0].second->value.data(), 4 * sizeof(float)),
            0);
}

TEST(SequentialCodeBuild, D2lLazyAlexNetIsTheSameNetwork) {
  const NetworkCode code = parse(kD2lLazyAlexNet);
  EXPECT_FALSE(code.inputShape.has_value());
  EXPECT_TRUE(code.layers[0].lazy());
  EXPECT_EQ(code.layers[0].inChannels, 0);
  const auto model = buildFromCode(code, {.seed = 3});  // no X, no Conv2d in_channels: 1×224×224
  EXPECT_EQ(model->inputShape(), (Shape{1, 1, 224, 224}));
  EXPECT_EQ(model->parameterCount(), 46764746);
  expectSameParameters(*model, *buildModel(config(ModelKind::AlexNet, 3)));
}

TEST(SequentialCodeBuild, D2lLeNetIsBuildModelLeNet) {
  const NetworkCode code = parse(kD2lLeNet);
  EXPECT_EQ(code.inputShape, (Shape{1, 1, 28, 28}));
  EXPECT_EQ(code.layers[7].inChannels, 400);  // 16 * 5 * 5
  const auto model = buildFromCode(code, {.seed = 11});
  EXPECT_EQ(model->parameterCount(), 61706);
  EXPECT_EQ(model->outputShape(), (Shape{1, 10}));
  expectSameParameters(*model, *buildModel(config(ModelKind::LeNet, 11)));
}

TEST(SequentialCodeBuild, AlexNet2012WithLocalResponseNormIsBuildModelAlexNet2012) {
  // The fuzz seed written with bare names from `from torch.nn import …`, tuples, tabs and CRLF.
  const NetworkCode code = readSequentialCodeFile(std::filesystem::path(ALEXNET_SOURCE_DIR) / "fuzz" / "corpus" /
                                                  "fuzz_sequential_code" / "alexnet2012_lrn_crlf.py");
  EXPECT_EQ(code.inputShape, (Shape{1, 3, 224, 224}));
  const LayerCode& lrn = code.layers[2];
  EXPECT_EQ(lrn.type, "LocalResponseNorm");
  EXPECT_EQ(lrn.size, 5);
  EXPECT_FLOAT_EQ(lrn.alpha, 1e-4f);
  EXPECT_FLOAT_EQ(lrn.beta, 0.75f);
  EXPECT_FLOAT_EQ(lrn.k, 2.0f);
  EXPECT_EQ(
      code.layers[6],
      (LayerCode{
          .type = "LocalResponseNorm", .size = 5, .alpha = 1e-4f, .beta = 0.75f, .k = 2.0f, .line = 9, .column = 2}));
  const auto model = buildFromCode(code, {.seed = 9});
  const auto built = buildModel(config(ModelKind::AlexNet2012, 9));
  ASSERT_EQ(model->size(), built->size());
  for (std::size_t i = 0; i < model->size(); ++i) EXPECT_EQ(model->layer(i).repr(), built->layer(i).repr()) << i;
  expectSameParameters(*model, *built);
}

TEST(SequentialCodeBuild, ModernLeNetBuildsAndRuns) {
  const NetworkCode code = parse(kModernLeNet);
  EXPECT_EQ(code.inputShape, (Shape{1, 1, 28, 28}));
  EXPECT_EQ(code.layers[2].type, "MaxPool2d");
  EXPECT_EQ(code.layers[2].stride, 2);  // PyTorch: stride defaults to kernel_size
  EXPECT_FLOAT_EQ(code.layers[9].p, 0.3f);
  const auto model = buildFromCode(code, {.seed = 5});
  EXPECT_EQ(model->parameterCount(), 61706);
  const Tensor y = model->forward(randomInput({3, 1, 28, 28}, 2), Mode::Train);
  EXPECT_EQ(y.shape(), (Shape{3, 10}));
}

TEST(SequentialCodeParse, ArgumentsResolveLikePyTorch) {
  const NetworkCode code = parse(
      "net = nn.Sequential(nn.Conv2d(3, 8, 5, 2, 1), nn.Conv2d(8, 8, kernel_size=(3, 3), padding=[1, 1],\n"
      "  stride=(1, 1), dilation=1, groups=1, bias=True, padding_mode='zeros'), nn.Conv2d(8, 4, 3, padding='valid'),\n"
      "  nn.MaxPool2d(3), nn.MaxPool2d(3, None), nn.AvgPool2d(kernel_size=2, stride=1, count_include_pad=False),\n"
      "  nn.LocalResponseNorm(5), nn.LocalResponseNorm(size=3, alpha=2e-4, beta=1, k=2.0),\n"
      "  nn.Dropout(), nn.Dropout(0), nn.ReLU(True), nn.Sigmoid(), nn.Flatten(1, -1),\n"
      "  nn.Linear((2 + 3) * 4 // 3 - -1, out_features=7, bias=True), nn.LazyLinear(2))\n");
  ASSERT_EQ(code.layers.size(), 15u);
  const auto& l = code.layers;
  EXPECT_EQ(l[0], (LayerCode{.type = "Conv2d",
                             .inChannels = 3,
                             .outChannels = 8,
                             .kernelSize = 5,
                             .stride = 2,
                             .padding = 1,
                             .line = 1,
                             .column = 21}));
  EXPECT_EQ(l[1].kernelSize, 3);
  EXPECT_EQ(l[1].padding, 1);
  EXPECT_EQ(l[1].stride, 1);
  EXPECT_EQ(l[2].padding, 0);
  EXPECT_EQ(l[3].stride, 3);
  EXPECT_EQ(l[4].stride, 3);
  EXPECT_EQ(l[5].stride, 1);
  EXPECT_EQ(l[6].size, 5);
  EXPECT_FLOAT_EQ(l[6].alpha, 1e-4f);
  EXPECT_FLOAT_EQ(l[6].beta, 0.75f);
  EXPECT_FLOAT_EQ(l[6].k, 1.0f);
  EXPECT_FLOAT_EQ(l[7].alpha, 2e-4f);
  EXPECT_FLOAT_EQ(l[7].beta, 1.0f);
  EXPECT_FLOAT_EQ(l[7].k, 2.0f);
  EXPECT_FLOAT_EQ(l[8].p, 0.5f);
  EXPECT_FLOAT_EQ(l[9].p, 0.0f);
  EXPECT_EQ(l[13].inChannels, 7);  // (5 * 4) // 3 = 6, minus -1
  EXPECT_EQ(l[13].outChannels, 7);
  EXPECT_EQ(l[14].outChannels, 2);
  EXPECT_EQ(l[13].line, 6);
  EXPECT_EQ(l[13].column, 3);
}

TEST(SequentialCodeParse, IntegerArithmeticIsPythons) {
  const auto in = [](const std::string& expression) {
    return parse("nn.Sequential(nn.Linear(" + expression + ", 1))").layers[0].inChannels;
  };
  EXPECT_EQ(in("16 * 5 * 5"), 400);
  EXPECT_EQ(in("-7 // 2 + 10"), 6);  // floor division: -4
  EXPECT_EQ(in("7 // -2 + 10"), 6);
  EXPECT_EQ(in("2 + 3 * 4"), 14);
  EXPECT_EQ(in("(2 + 3) * 4"), 20);
  EXPECT_EQ(in("- - 5"), 5);
  EXPECT_EQ(in("+(1_000)"), 1000);
  EXPECT_EQ(in("1 - 2 - 3 + 10"), 6);
}

TEST(SequentialCodeParse, PrefixesImportsAndLayout) {
  // torch.nn.X, an alias, names imported from torch.nn, ';', '\' continuations, docstrings, tabs, CRLF, a BOM.
  const NetworkCode ok = parse(
      "\xEF\xBB\xBF\"\"\"A docstring\r\nover two lines.\"\"\"\r\n"
      "import torch, torch.nn as tnn  # 注释\r\n"
      "from torch.nn import (Conv2d, ReLU as R,)\r\n"
      "\r\n"
      "model = torch.nn.Sequential(\r\n"
      "\tConv2d(1, 4, 3),\tR(),  # 卷积层\r\n"
      "\ttnn.MaxPool2d(2), \\\r\n"
      "\tnn.Flatten(),\r\n"
      ")\r\n"
      "print(model) ; X = torch.ones(1, 1, 12, 12)\r\n");
  EXPECT_EQ(ok.name, "model");
  EXPECT_THAT(types(ok), ::testing::ElementsAre("Conv2d", "ReLU", "MaxPool2d", "Flatten"));
  EXPECT_EQ(ok.layers[1].line, 7);
  EXPECT_EQ(ok.layers[1].column, 19);  // a tab is one column
  EXPECT_EQ(ok.inputShape, (Shape{1, 1, 12, 12}));
  EXPECT_EQ(buildFromCode(ok)->outputShape(), (Shape{1, 100}));
}

TEST(SequentialCodeParse, InputTensorForms) {
  const std::string net = "net = nn.Sequential(nn.Flatten())\n";
  EXPECT_EQ(parse(net + "X = torch.randn((2, 3, 32, 32))").inputShape, (Shape{2, 3, 32, 32}));
  EXPECT_EQ(parse(net + "X = torch.rand(size=[1, 3, 32, 32], requires_grad=False)").inputShape, (Shape{1, 3, 32, 32}));
  EXPECT_EQ(parse(net + "img = torch.zeros(1, 2, 8, 8, dtype=torch.float, device='cpu')").inputShape,
            (Shape{1, 2, 8, 8}));
  EXPECT_EQ(parse("import torch as T\n" + net + "X = T.ones(1, 1, 4 * 7, 28)").inputShape, (Shape{1, 1, 28, 28}));
  EXPECT_FALSE(parse(net).inputShape.has_value());
}

TEST(SequentialCodeParse, SeveralSequentialsReadTheOneNamedNet) {
  const NetworkCode code = parse(
      "b1 = nn.Sequential(nn.ReLU())\n"
      "net = nn.Sequential(nn.Sigmoid(), nn.Flatten())\n"
      "b2 = nn.Sequential(nn.ReLU())\n");
  EXPECT_EQ(code.name, "net");
  EXPECT_THAT(types(code), ::testing::ElementsAre("Sigmoid", "Flatten"));
  EXPECT_EQ(parse("nn.Sequential(nn.ReLU())").name, "");
}

TEST(SequentialCodeParse, ForLoopsAreSkipped) {
  const NetworkCode code = parse(
      "net = nn.Sequential(nn.ReLU())\n"
      "for layer in net: X = layer(X); print(X.shape)\n"
      "for layer in net:\n"
      "\tX = layer(X)\n"
      "\n"
      "    # a comment at another indentation\n"
      "\tif X is None:\n"
      "\t\tprint(layer.__class__.__name__, f'{X.shape}')\n"
      "X = torch.randn(1, 1, 8, 8)\n");
  EXPECT_EQ(code.inputShape, (Shape{1, 1, 8, 8}));
}

TEST(SequentialCodeBuild, InputShapeResolution) {
  const NetworkCode withX = parse("net = nn.Sequential(nn.Conv2d(3, 4, 3), nn.ReLU())\nX = torch.randn(8, 3, 32, 32)");
  EXPECT_EQ(buildFromCode(withX)->inputShape(), (Shape{1, 3, 32, 32}));  // batch is always 1
  EXPECT_EQ(buildFromCode(withX, {.inputSize = 64})->inputShape(), (Shape{1, 3, 64, 64}));
  const NetworkCode noX = parse("net = nn.Sequential(nn.ReLU(), nn.Conv2d(3, 4, 3))");
  EXPECT_EQ(buildFromCode(noX)->inputShape(), (Shape{1, 3, 224, 224}));  // the first Conv2d's in_channels
  EXPECT_EQ(buildFromCode(parse("net = nn.Sequential(nn.ReLU())"))->inputShape(), (Shape{1, 1, 224, 224}));
  const NetworkCode lazy = parse("net = nn.Sequential(nn.LazyConv2d(4, 3), nn.Flatten(), nn.LazyLinear(3))");
  const auto model = buildFromCode(lazy, {.inputSize = 10, .inputChannels = 2});
  EXPECT_EQ(model->inputShape(), (Shape{1, 2, 10, 10}));
  EXPECT_EQ(model->parameterCount(), (4 * 2 * 9 + 4) + (3 * 4 * 8 * 8 + 3));
  EXPECT_THROW(buildFromCode(noX, {.inputSize = -1}), std::invalid_argument);
  EXPECT_THROW(buildFromCode(noX, {.inputChannels = -2}), std::invalid_argument);
}

TEST(SequentialCodeBuild, ShapeErrorsNameTheLayerAndItsPlace) {
  const auto message = [](std::string_view code, const BuildFromCodeOptions& options = {}) -> std::string {
    try {
      buildFromCode(parseSequentialCode(code, "m.py"), options);
    } catch (const ShapeError& e) {
      return e.what();
    }
    return "";
  };
  EXPECT_EQ(message("net = nn.Sequential(\n  nn.Conv2d(3, 8, 3))\nX = torch.randn(1, 1, 28, 28)"),
            "m.py:2:3: layer 0 (Conv2d): cannot take input of shape [1, 1, 28, 28]: Conv2d: expected 3 input "
            "channels, got input [1, 1, 28, 28]");
  EXPECT_EQ(message("net = nn.Sequential(nn.Conv2d(1, 8, 3), nn.Flatten(), nn.Linear(100, 10))", {.inputSize = 12}),
            "m.py:1:55: layer 2 (Linear): cannot take input of shape [1, 800]: Linear: expected 100 input "
            "features, got input [1, 800]");
  EXPECT_THAT(message("net = nn.Sequential(nn.Conv2d(1, 8, 3), nn.MaxPool2d(5))", {.inputSize = 6}),
              StartsWith("m.py:1:41: layer 1 (MaxPool2d): cannot take input of shape [1, 8, 4, 4]"));
  EXPECT_THAT(message("net = nn.Sequential(nn.Flatten(), nn.LazyConv2d(8, 3))"),
              StartsWith("m.py:1:35: layer 1 (Conv2d): cannot take input of shape [1, 50176]"));
}

TEST(SequentialCodeBuild, RefusesAbsurdlyLargeNetworksBeforeAllocating) {
  const NetworkCode code =
      parse("net = nn.Sequential(nn.Flatten(), nn.Linear(50176, 4096),\n  nn.Linear(4096, 1048576))");
  try {
    buildFromCode(code);
    FAIL() << "built";
  } catch (const SequentialCodeError& e) {
    EXPECT_EQ(std::string(e.what()),
              "net.py:2:3: layer 2 (Linear) takes the network past 1073741824 parameters (4 GiB of float32), more "
              "than is built here");
  }
}

}  // namespace
}  // namespace test
}  // namespace alexnet
