// Receptive fields: the values pinned for d2l AlexNet and LeNet, checked against an independent
// backward interval walk (AlexNet) and against where the gradient actually reaches (LeNet prefix).
#include <gtest/gtest.h>

#include <random>

#include "alexnet/core/layers/avg_pool2d.h"
#include "alexnet/core/layers/conv2d.h"
#include "alexnet/core/layers/sigmoid.h"
#include "alexnet/core/models/alexnet.h"
#include "alexnet/core/models/lenet.h"
#include "alexnet/core/models/receptive_field.h"

namespace alexnet {
namespace {

// Receptive fields depend on kernels, strides and paddings only, so the tests build the d2l
// architecture with tiny widths (the Shapes table test checks the full-width model too).
AlexNetOptions tinyWidths(AlexNetOptions options) {
  options.widths = AlexNetWidths{{2, 2, 2, 2, 2, 4, 4}};
  return options;
}
std::unique_ptr<Sequential> d2lAlexNet() { return alexnet(tinyWidths({})); }

struct Expected {
  std::size_t index;
  std::int64_t size, jump, start;
};

void expectFields(const std::vector<ReceptiveField>& fields, const std::vector<Expected>& expected) {
  for (const Expected& e : expected) {
    SCOPED_TRACE("layer " + std::to_string(e.index));
    const ReceptiveField& f = fields.at(e.index);
    EXPECT_FALSE(f.wholeInput);
    EXPECT_EQ(f.size, e.size);
    EXPECT_EQ(f.jump, e.jump);
    EXPECT_EQ(f.start, e.start);
  }
}

TEST(ReceptiveField, D2lAlexNet224) {
  auto model = d2lAlexNet();
  const auto fields = receptiveFields(*model);
  ASSERT_EQ(fields.size(), model->size());
  // Worked by hand: r' = r + (k−1)·j, j' = j·s, a' = a − p·j.
  expectFields(fields, {{0, 11, 4, -1},   // conv1 11×11 s4 p1
                        {1, 11, 4, -1},   // relu1 keeps it
                        {2, 19, 8, -1},   // pool1 3×3 s2: 11 + 2·4
                        {3, 51, 8, -17},  // conv2 5×5 p2: 19 + 4·8
                        {4, 51, 8, -17},
                        {5, 67, 16, -17},    // pool2: 51 + 2·8
                        {6, 99, 16, -33},    // conv3 3×3 p1: 67 + 2·16
                        {8, 131, 16, -49},   // conv4
                        {10, 163, 16, -65},  // conv5
                        {11, 163, 16, -65},
                        {12, 195, 32, -65}});  // pool5: 163 + 2·16
  for (std::size_t i = 13; i < model->size(); ++i) EXPECT_TRUE(fields[i].wholeInput) << "layer " << i;
}

TEST(ReceptiveField, LeNet28) {
  auto model = lenet();
  const auto fields = receptiveFields(*model);
  expectFields(fields, {{0, 5, 1, -2},     // conv1 5×5 p2
                        {1, 5, 1, -2},     // sigmoid
                        {2, 6, 2, -2},     // avgpool 2×2 s2: 5 + 1·1
                        {3, 14, 2, -2},    // conv2 5×5: 6 + 4·2
                        {5, 16, 4, -2}});  // avgpool: 14 + 1·2
  for (std::size_t i = 6; i < model->size(); ++i) EXPECT_TRUE(fields[i].wholeInput) << "layer " << i;
}

TEST(ReceptiveField, The2012NetworkWithLrnHasTheSameFields) {
  AlexNetOptions options;
  options.inChannels = 3;
  options.numClasses = 1000;
  options.localResponseNorm = true;
  auto model = alexnet2012(tinyWidths(options));
  const auto fields = receptiveFields(*model);
  EXPECT_EQ(fields[3].size, 19);    // conv1 relu1 lrn1 pool1
  EXPECT_EQ(fields[14].size, 195);  // pool5
  EXPECT_EQ(fields[14].jump, 32);
}

// Independent: walk one unit's row interval back through the layers written out by hand,
// [lo, hi] at a layer's output ↦ [lo·s − p, hi·s − p + k − 1] at its input.
TEST(ReceptiveField, AlexNetUnitsMatchABackwardIntervalWalk) {
  struct Op {
    std::size_t index;
    std::int64_t k, s, p;
  };
  const std::vector<Op> ops = {{0, 11, 4, 1}, {2, 3, 2, 0}, {3, 5, 1, 2},  {5, 3, 2, 0},
                               {6, 3, 1, 1},  {8, 3, 1, 1}, {10, 3, 1, 1}, {12, 3, 2, 0}};
  auto model = d2lAlexNet();
  for (std::size_t last = 0; last < ops.size(); ++last) {
    const std::size_t layer = ops[last].index;
    const std::int64_t side = model->outputShape(layer)[2];
    for (std::int64_t y = 0; y < side; y += std::max<std::int64_t>(1, side / 7)) {
      std::int64_t lo = y, hi = y;
      for (std::size_t i = last + 1; i-- > 0;) {
        lo = lo * ops[i].s - ops[i].p;
        hi = hi * ops[i].s - ops[i].p + ops[i].k - 1;
      }
      const UnitReceptiveField unit = unitReceptiveField(*model, layer, y, side - 1 - y);
      SCOPED_TRACE("layer " + std::to_string(layer) + " row " + std::to_string(y));
      EXPECT_EQ(unit.unclipped.y, lo);
      EXPECT_EQ(unit.unclipped.height, hi - lo + 1);
      const std::int64_t top = std::max<std::int64_t>(lo, 0), bottom = std::min<std::int64_t>(hi, 223);
      EXPECT_EQ(unit.clipped.y, top);
      EXPECT_EQ(unit.clipped.height, bottom - top + 1);
    }
  }
}

TEST(ReceptiveField, UnitRectanglesAreClippedToTheImage) {
  auto model = d2lAlexNet();
  UnitReceptiveField corner = unitReceptiveField(*model, 0, 0, 0);
  EXPECT_EQ(corner.unclipped, (InputRect{-1, -1, 11, 11}));
  EXPECT_EQ(corner.clipped, (InputRect{0, 0, 10, 10}));
  // conv1's last unit starts at −1 + 53·4 = 211 and ends at 221: columns 222 and 223 are never seen.
  UnitReceptiveField last = unitReceptiveField(*model, 0, 53, 53);
  EXPECT_EQ(last.clipped, (InputRect{211, 211, 11, 11}));
  // pool5 (5×5): unit (2, 4) → rows −65 + 2·32 = −1 … 193, columns 63 … 257.
  UnitReceptiveField pool5 = unitReceptiveField(*model, 12, 2, 4);
  EXPECT_EQ(pool5.unclipped, (InputRect{63, -1, 195, 195}));
  EXPECT_EQ(pool5.clipped, (InputRect{63, 0, 161, 194}));
  UnitReceptiveField dense = unitReceptiveField(*model, 14, 0, 0);
  EXPECT_TRUE(dense.field.wholeInput);
  EXPECT_EQ(dense.clipped, (InputRect{0, 0, 224, 224}));
  EXPECT_THROW(unitReceptiveField(*model, 0, 54, 0), std::out_of_range);
  EXPECT_THROW(unitReceptiveField(*model, 0, 0, -1), std::out_of_range);
  EXPECT_THROW(unitReceptiveField(*model, 21, 0, 0), std::out_of_range);
}

// The model-free overload (the GUI keeps fields and shapes, not the network) gives the same rectangles.
TEST(ReceptiveField, FromFieldAndShapesMatchesTheModelOverload) {
  auto model = d2lAlexNet();
  const auto fields = receptiveFields(*model);
  for (std::size_t layer : {std::size_t{0}, std::size_t{2}, std::size_t{7}, std::size_t{12}, std::size_t{14}}) {
    const Shape& out = model->outputShape(layer);
    const std::int64_t h = out.size() == 4 ? out[2] : 1, w = out.size() == 4 ? out[3] : 1;
    for (auto [y, x] : {std::pair{0L, 0L}, std::pair{h / 2, w / 2}, std::pair{h - 1, 0L}}) {
      SCOPED_TRACE("layer " + std::to_string(layer));
      const UnitReceptiveField a = unitReceptiveField(*model, layer, y, x);
      const UnitReceptiveField b = unitReceptiveField(fields[layer], model->inputShape(), out, y, x);
      EXPECT_EQ(a.field, b.field);
      EXPECT_EQ(a.unclipped, b.unclipped);
      EXPECT_EQ(a.clipped, b.clipped);
    }
  }
  EXPECT_THROW(unitReceptiveField(fields[0], model->inputShape(), model->outputShape(0), 54, 0), std::out_of_range);
}

// Empirical: in LeNet's convolutional part (sigmoid and average pooling route gradient to every
// input of a window), the input pixels that get a nonzero gradient from one output unit are
// exactly the clipped receptive field.
TEST(ReceptiveField, LeNetFieldsAreWhereTheGradientReaches) {
  Sequential net({1, 1, 28, 28});
  net.emplace<Conv2d>(Conv2dOptions{.inChannels = 1, .outChannels = 6, .kernelSize = 5, .padding = 2});
  net.emplace<Sigmoid>();
  net.emplace<AvgPool2d>(AvgPool2dOptions{.kernelSize = 2, .stride = 2});
  net.emplace<Conv2d>(Conv2dOptions{.inChannels = 6, .outChannels = 16, .kernelSize = 5});
  net.emplace<Sigmoid>();
  net.emplace<AvgPool2d>(AvgPool2dOptions{.kernelSize = 2, .stride = 2});
  std::mt19937 rng(7);
  std::uniform_real_distribution<float> uniform(-1.0f, 1.0f);
  for (auto& [key, p] : net.namedParameters())
    for (std::int64_t i = 0; i < p->value.numel(); ++i) p->value[i] = 0.3f * uniform(rng);  // no saturation
  Tensor x({1, 1, 28, 28});
  for (std::int64_t i = 0; i < x.numel(); ++i) x[i] = uniform(rng);
  const Tensor y = net.forward(x, Mode::Eval);  // (1, 16, 5, 5)
  for (std::int64_t uy = 0; uy < 5; ++uy) {
    for (std::int64_t ux = 0; ux < 5; ++ux) {
      net.forward(x, Mode::Eval);
      Tensor grad(y.shape(), 0.0f);
      grad.at(0, 3, uy, ux) = 1.0f;
      const Tensor dx = net.backward(grad);  // (1, 1, 28, 28)
      const InputRect rect = unitReceptiveField(net, 5, uy, ux).clipped;
      for (std::int64_t r = 0; r < 28; ++r)
        for (std::int64_t c = 0; c < 28; ++c) {
          const bool inside = r >= rect.y && r < rect.y + rect.height && c >= rect.x && c < rect.x + rect.width;
          ASSERT_EQ(dx.at(0, 0, r, c) != 0.0f, inside)
              << "unit (" << uy << ", " << ux << ") pixel (" << r << ", " << c << ")";
        }
    }
  }
}

}  // namespace
}  // namespace alexnet
