// Unit explanations: each explainer reproduces the real layer output of LeNet and a slim AlexNet
// (pooling exactly, activations and dense to float rounding), max-pool ties go to the first
// maximum as core's MaxPool2d routes its gradient, and Flatten → Linear inputs map back to
// (channel, row, column).
#include <gtest/gtest.h>

#include <vector>

#include <cmath>
#include <variant>

#include "alexnet/core/exec/stepper.h"
#include "alexnet/core/exec/unit_explanation.h"
#include "alexnet/core/layers/max_pool2d.h"
#include "alexnet/core/models/model_config.h"

namespace alexnet {
namespace {

Tensor patternInput(std::int64_t side) {
  Tensor x(Shape{1, 1, side, side});  // (1, 1, S, S)
  for (std::int64_t i = 0; i < x.numel(); ++i) x[i] = float((i * 37) % 101) / 100.0f;
  return x;
}

// Runs the whole model; returns the stepper with every output kept.
struct Run {
  std::unique_ptr<Sequential> model;
  std::unique_ptr<Stepper> stepper;
  const Tensor& input(std::size_t layer) const { return layer == 0 ? stepper->input() : stepper->output(layer - 1); }
};

Run runModel(ModelKind kind, std::int64_t side, const std::string& widths = {}) {
  ModelConfig config;
  config.kind = kind;
  config.inputSize = side;
  config.seed = 5;
  if (!widths.empty()) config.widths = parseWidths(widths);
  Run run;
  run.model = buildModel(config);
  run.stepper = std::make_unique<Stepper>(*run.model);
  run.stepper->setInput(patternInput(side));
  run.stepper->runToEnd();
  return run;
}

// Checks every explainable unit position on a few samples of each layer.
void checkEveryLayer(const Run& run, int* explained) {
  for (std::size_t l = 0; l < run.model->size(); ++l) {
    const Layer& layer = run.model->layer(l);
    const Tensor& out = run.stepper->output(l);
    std::vector<UnitIndex> units;
    if (out.rank() == 4) {
      const std::int64_t c = out.dim(1), h = out.dim(2), w = out.dim(3);
      units = {{0, 0, 0}, {c - 1, h - 1, w - 1}, {c / 2, h / 2, w / 3}};
    } else {
      units = {{0, 0, 0}, {out.dim(1) - 1, 0, 0}, {out.dim(1) / 2, 0, 0}};
    }
    DenseOptions dense;
    if (l > 0 && run.model->layer(l - 1).typeName() == "Flatten") dense.flattenedFrom = run.input(l - 1).shape();
    for (const UnitIndex& u : units) {
      const auto e = explainUnit(layer, run.input(l), u, dense);
      const std::string type(layer.typeName());
      if (type == "Conv2d" || type == "Flatten" || type == "Dropout") {
        EXPECT_FALSE(e.has_value()) << type;
        continue;
      }
      ASSERT_TRUE(e.has_value()) << type;
      const float actual = out.rank() == 4 ? out.at(0, u.channel, u.y, u.x) : out[u.channel];
      const float got = explainedValue(*e);
      if (type == "MaxPool2d" || type == "AvgPool2d" || type == "ReLU") {
        EXPECT_EQ(got, actual) << "layer " << l << " " << type;  // same operations in the same order
      } else {
        // Sigmoid (Eigen's vectorised exp) and Linear (GEMM order) agree to float rounding, which is
        // far below the 6 significant digits the dialog shows.
        EXPECT_NEAR(got, actual, 2e-6f * std::max(1.0f, std::abs(actual))) << "layer " << l << " " << type;
      }
      ++*explained;
    }
  }
}

TEST(UnitExplanation, EveryLeNetLayerMatchesItsOutput) {
  int explained = 0;
  checkEveryLayer(runModel(ModelKind::LeNet, 28), &explained);
  EXPECT_EQ(explained, 3 * 9);  // Sigmoid×4, AvgPool2d×2, Linear×3
}

TEST(UnitExplanation, EverySlimAlexNetLayerMatchesItsOutput) {
  int explained = 0;
  checkEveryLayer(runModel(ModelKind::AlexNet, 96, "12,32,48,48,32,64,64"), &explained);
  EXPECT_EQ(explained, 3 * 13);  // ReLU×7, MaxPool2d×3, Linear×3
}

TEST(UnitExplanation, MaxPoolTiesGoToTheFirstMaximumLikeTheGradient) {
  // One 4×4 plane, 2×2 windows; the top-left window holds two equal maxima.
  //   1 3 | 0 0
  //   3 2 | 0 5
  //   ----+----
  //   7 7 | 1 1
  //   7 7 | 1 1
  Tensor x(Shape{1, 1, 4, 4}, {1, 3, 0, 0, 3, 2, 0, 5, 7, 7, 1, 1, 7, 7, 1, 1});
  const PoolExplanation e = explainPool(x, {.kind = PoolKind::Max, .kernel = 2, .stride = 2}, {0, 0, 0});
  EXPECT_EQ(e.value, 3.0f);
  EXPECT_EQ(e.winner, 1);  // (0, 1) before (1, 0)
  EXPECT_EQ(e.ties, (std::vector<std::int64_t>{1, 2}));
  const PoolExplanation all = explainPool(x, {.kind = PoolKind::Max, .kernel = 2, .stride = 2}, {0, 1, 0});
  EXPECT_EQ(all.winner, 0);
  EXPECT_EQ(all.ties.size(), 4u);
  // core's MaxPool2d sends the gradient to the same cell.
  MaxPool2d pool({.kernelSize = 2, .stride = 2});
  pool.forward(x, Mode::Eval);
  const Tensor g = pool.backward(Tensor(Shape{1, 1, 2, 2}, 1.0f));
  EXPECT_EQ(g[1], 1.0f);  // (0, 1) of the input won
  EXPECT_EQ(g[4], 0.0f);  // (1, 0) tied but lost
  EXPECT_EQ(g[8], 1.0f);  // (2, 0): the first of four 7s
  EXPECT_EQ(g[9] + g[12] + g[13], 0.0f);
}

TEST(UnitExplanation, PaddedPoolCellsAreMarkedAndNeverWin) {
  Tensor x(Shape{1, 1, 2, 2}, {-4, -3, -2, -1});
  const PoolExplanation max =
      explainPool(x, {.kind = PoolKind::Max, .kernel = 2, .stride = 2, .padding = 1}, {0, 0, 0});
  EXPECT_EQ(max.top, -1);
  EXPECT_EQ(max.padded, (std::vector<bool>{true, true, true, false}));
  EXPECT_EQ(max.value, -4.0f);  // padding is −∞ for max, not 0
  const PoolExplanation avg =
      explainPool(x, {.kind = PoolKind::Avg, .kernel = 2, .stride = 2, .padding = 1}, {0, 1, 1});
  EXPECT_EQ(avg.sum, -1.0f);
  EXPECT_EQ(avg.divisor, 4);
  EXPECT_EQ(avg.value, -0.25f);
  EXPECT_THROW(explainPool(x, {.kind = PoolKind::Max, .kernel = 2, .stride = 2}, {0, 1, 0}), std::invalid_argument);
}

TEST(UnitExplanation, ActivationsBeforeAndAfter) {
  Tensor x(Shape{1, 3}, {-2.0f, 0.0f, 1.5f});
  EXPECT_EQ(explainActivation(ActivationKind::ReLU, x, {0, 0, 0}).value, 0.0f);
  EXPECT_EQ(explainActivation(ActivationKind::ReLU, x, {2, 0, 0}).value, 1.5f);
  const ActivationExplanation s = explainActivation(ActivationKind::Sigmoid, x, {0, 0, 0});
  EXPECT_EQ(s.input, -2.0f);
  EXPECT_NEAR(s.value, 0.11920292f, 1e-7f);
  EXPECT_THROW(explainActivation(ActivationKind::ReLU, x, {3, 0, 0}), std::invalid_argument);
}

TEST(UnitExplanation, DenseTopContributionsAndFlattenOrigin) {
  // 2 channels × 2 × 2 flattened = 8 inputs.
  // (Named vectors rather than braced lists in the call: GCC 12 with ASan mis-copied the 16-element
  // list of mixed int/float literals passed straight to the constructor.)
  const std::vector<float> inputs{1.0f, 2.0f, 0.0f, -1.0f, 0.5f, 3.0f, -2.0f, 1.0f};
  const std::vector<float> weights{0.0f, 0.0f,  0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f,     // unit 0
                                   1.0f, -1.0f, 5.0f, 2.0f, 2.0f, 1.0f, 1.0f, -0.25f};  // unit 1
  Tensor in(Shape{1, 8}, inputs);
  Tensor w(Shape{2, 8}, weights);
  Tensor b(Shape{2}, std::vector<float>{0.0f, 0.5f});
  const DenseExplanation e = explainDense(in, w, b, 1, {.topK = 3, .flattenedFrom = {1, 2, 2, 2}});
  // products: 1, −2, 0, −2, 1, 3, −2, −0.25 → Σ = −1.25, + 0.5 = −0.75
  EXPECT_DOUBLE_EQ(e.sum, -1.25);
  EXPECT_FLOAT_EQ(e.value, -0.75f);
  ASSERT_EQ(e.top.size(), 3u);
  EXPECT_EQ(e.top[0].input, 5);  // |3|
  EXPECT_EQ(e.top[1].input, 1);  // |−2|, lowest index of the three ties
  EXPECT_EQ(e.top[2].input, 3);
  EXPECT_EQ(e.top[0].channel, 1);
  EXPECT_EQ(e.top[0].y, 0);
  EXPECT_EQ(e.top[0].xPos, 1);
  EXPECT_DOUBLE_EQ(e.topSum, -1.0);
  EXPECT_DOUBLE_EQ(e.absTotal, 11.25);
  EXPECT_DOUBLE_EQ(e.topAbsShare, 7.0 / 11.25);
  EXPECT_DOUBLE_EQ(e.positiveSum, 5.0);
  EXPECT_DOUBLE_EQ(e.negativeSum, -6.25);
  EXPECT_EQ(e.zeroInputs, 1);
  EXPECT_THROW(explainDense(in, w, b, 2), std::invalid_argument);
}

}  // namespace
}  // namespace alexnet
