// The code of docs/adding-a-layer.md, compiled and tested so the guide cannot go stale.
// The example adds Tanh: forward, backward, a shape rule, and the tests every layer lands with.
#include <gtest/gtest.h>

#include <algorithm>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

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

// docs/adding-a-layer.md shows the code above: its first code block is the [guide:layer] region
// (line for line, spaces at the ends aside), every line of its second block but the elided "..."
// ones is in this file, and every repository path it names in backquotes exists (but the new
// layer's own tanh files, which the guide asks you to create).
std::string readText(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

std::vector<std::string> trimmedLines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    const auto first = line.find_first_not_of(" \t"), last = line.find_last_not_of(" \t\r");
    lines.push_back(first == std::string::npos ? "" : line.substr(first, last - first + 1));
  }
  return lines;
}

std::vector<std::string> cppBlocks(const std::string& markdown) {
  std::vector<std::string> blocks;
  const std::regex block("```cpp\n([\\s\\S]*?)```");
  for (auto it = std::sregex_iterator(markdown.begin(), markdown.end(), block); it != std::sregex_iterator(); ++it)
    blocks.push_back((*it)[1].str());
  return blocks;
}

TEST(AddingALayer, TheGuideShowsThisFile) {
  const std::filesystem::path root = ALEXNET_SOURCE_DIR;
  const std::string guide = readText(root / "docs/adding-a-layer.md");
  const std::string source = readText(root / "tests/core/test_adding_a_layer.cpp");
  ASSERT_FALSE(guide.empty());
  ASSERT_FALSE(source.empty());
  const std::vector<std::string> blocks = cppBlocks(guide);
  ASSERT_EQ(blocks.size(), 2u);

  const std::string begin = "// [guide:layer]\n", end = "// [guide:layer-end]";
  const auto from = source.find(begin), to = source.find(end);
  ASSERT_NE(from, std::string::npos);
  ASSERT_NE(to, std::string::npos);
  EXPECT_EQ(trimmedLines(blocks[0]), trimmedLines(source.substr(from + begin.size(), to - from - begin.size())));

  const std::vector<std::string> sourceLines = trimmedLines(source);
  for (const std::string& line : trimmedLines(blocks[1]))
    if (!line.empty() && line.find("...") == std::string::npos) {
      EXPECT_NE(std::find(sourceLines.begin(), sourceLines.end(), line), sourceLines.end()) << line;
    }

  const std::regex path("`((?:core|tests|docs|ui|app|image)/[A-Za-z0-9_./]+\\.(?:h|cpp|md))`");
  int paths = 0;
  for (auto it = std::sregex_iterator(guide.begin(), guide.end(), path); it != std::sregex_iterator(); ++it) {
    const std::string named = (*it)[1].str();
    if (named.find("tanh") != std::string::npos) continue;
    ++paths;
    EXPECT_TRUE(std::filesystem::exists(root / named)) << named;
  }
  EXPECT_GE(paths, 4);
}

}  // namespace
}  // namespace alexnet
