// `alexnet-lab explain occlusion` end to end: the JSON contract, the PNG, one-line refusals with
// exit status 2 (usage) or 1 (failure), and the issue-17 check against PyTorch: the same map computed
// by scripts/occlusion_pytorch.py from the same input agrees to 1e-4 (skipped without python3-torch).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <iostream>
#include <regex>

#include "alexnet/core/data/fashion_mnist.h"
#include "app/run_app.h"

namespace alexnet {
namespace {

namespace fs = std::filesystem;
using test::runApp;
using ::testing::HasSubstr;

const fs::path kSource = ALEXNET_SOURCE_DIR;

bool fashionMnistInstalled() { return fs::exists(fs::path(kDefaultFashionMnistDir) / "t10k-images-idx3-ubyte.gz"); }

std::size_t lineCount(const std::string& text) {
  return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

class ExplainOcclusionCli : public ::testing::Test {
 protected:
  void SetUp() override {
    m_dir = fs::temp_directory_path() / ("alexnet_explain_occlusion_" + std::to_string(std::random_device{}()));
    fs::create_directories(m_dir);
  }
  void TearDown() override { fs::remove_all(m_dir); }
  fs::path m_dir;
};

TEST_F(ExplainOcclusionCli, JsonGivesTheContractFieldsAndTheMapSize) {
  if (!fashionMnistInstalled()) GTEST_SKIP() << "Fashion-MNIST is not installed";
  const fs::path png = m_dir / "occlusion.png";
  const auto r = runApp("explain occlusion --weights lenet-d2l --sample 3 --patch 6 --stride 4 --json --png '" +
                        png.string() + "'");
  ASSERT_EQ(r.status, 0) << r.output;
  const auto json = nlohmann::json::parse(r.output);
  EXPECT_EQ(json.at("patch"), 6);
  EXPECT_EQ(json.at("stride"), 4);
  EXPECT_EQ(json.at("class"), json.at("predicted_class"));
  const auto& map = json.at("map");
  ASSERT_EQ(map.size(), 6u);  // (28 − 6) / 4 + 1
  for (const auto& row : map) EXPECT_EQ(row.size(), 6u);
  double largest = 0.0;
  for (const auto& row : map)
    for (const auto& v : row) {
      EXPECT_LE(v.get<double>(), json.at("probability").get<double>() + 1e-6);  // a drop never exceeds p_c(x)
      largest = std::max(largest, std::abs(v.get<double>()));
    }
  EXPECT_GT(largest, 1e-3);  // a trained LeNet cares about some part of a garment
  EXPECT_TRUE(fs::exists(png));
  EXPECT_GT(fs::file_size(png), 200u);
}

TEST_F(ExplainOcclusionCli, DefaultsDependOnTheInputSideAndClassIsHonoured) {
  if (!fashionMnistInstalled()) GTEST_SKIP() << "Fashion-MNIST is not installed";
  const auto r = runApp("explain occlusion --weights lenet-d2l --sample 0 --class 2 --fill 0.5 --json");
  ASSERT_EQ(r.status, 0) << r.output;
  const auto json = nlohmann::json::parse(r.output);
  EXPECT_EQ(json.at("patch"), 4);
  EXPECT_EQ(json.at("stride"), 2);
  EXPECT_EQ(json.at("class"), 2);
  EXPECT_EQ(json.at("map").size(), 13u);
  EXPECT_EQ(json.at("fill"), 0.5);
  const auto plain = runApp("explain occlusion --weights lenet-d2l --sample 0");
  ASSERT_EQ(plain.status, 0) << plain.output;
  EXPECT_THAT(plain.output, HasSubstr("patch 4, stride 2"));
  EXPECT_EQ(lineCount(plain.output), 1u + 13u);
}

TEST_F(ExplainOcclusionCli, BadArgumentsGiveOneLineAndExitStatus2) {
  const std::pair<const char*, const char*> cases[] = {
      {"explain", "expected a mode"},
      {"explain occlusoin --weights lenet-d2l --sample 0", "did you mean 'occlusion'?"},
      {"explain occlusion --sample 0", "--weights"},
      {"explain occlusion --weights lenet-d2l", "exactly one of --image FILE, --sample K"},
      {"explain occlusion --weights lenet-d2l --sample 0 --tensor x.safetensors", "--tensor"},
      {"explain occlusion --weights lenet-d2l --sample 0 --patch 0", "--patch"},
      {"explain occlusion --weights lenet-d2l --sample 0 --patch 29", "larger than the 28-pixel input"},
      {"explain occlusion --weights lenet-d2l --sample 0 --stride -1", "--stride"},
      {"explain occlusion --weights lenet-d2l --sample 0 --class 10", "--class 10 is outside 0..9"},
      {"explain occlusion --weights lenet-d2l --sample 0 --patch four", "--patch"},
  };
  for (const auto& [arguments, expected] : cases) {
    const auto r = runApp(arguments);
    EXPECT_EQ(r.status, 2) << arguments << ": " << r.output;
    EXPECT_THAT(r.output, HasSubstr(expected)) << arguments;
    EXPECT_EQ(lineCount(r.output), 1u) << arguments << ": " << r.output;
  }
}

TEST_F(ExplainOcclusionCli, MissingFilesFailWithTheNameAndExitStatus1) {
  const fs::path missing = m_dir / "no-such-picture.png";
  auto r = runApp("explain occlusion --weights lenet-d2l --image '" + missing.string() + "'");
  EXPECT_EQ(r.status, 1) << r.output;
  EXPECT_THAT(r.output, HasSubstr(missing.string()));
  EXPECT_EQ(lineCount(r.output), 1u) << r.output;
  r = runApp("explain occlusion --model lenet --weights '" + (m_dir / "none.safetensors").string() + "' --sample 0");
  EXPECT_NE(r.status, 0);
  EXPECT_THAT(r.output, HasSubstr("none.safetensors"));
  EXPECT_EQ(lineCount(r.output), 1u) << r.output;
}

// The done-when of issue 17: the map equals a PyTorch computation of the same definition to 1e-4, for
// a LeNet trained by PyTorch (scripts/train_pytorch.py) and for the bundled one loaded into PyTorch.
class PyTorchOcclusion : public ExplainOcclusionCli {
 protected:
  void SetUp() override {
    if (std::system("/usr/bin/python3 -c 'import torch, numpy' >/dev/null 2>&1") != 0)
      GTEST_SKIP() << "/usr/bin/python3 cannot import torch (Debian: python3-torch)";
    if (!fashionMnistInstalled()) GTEST_SKIP() << "Fashion-MNIST is not installed";
    ExplainOcclusionCli::SetUp();
  }
  // Runs ours and PyTorch's on the same input; returns the script's report line.
  std::string compare(const std::string& weights, const std::string& weightsPath, const std::string& input,
                      const std::string& options) {
    const fs::path dump = m_dir / "input.safetensors", ours = m_dir / "ours.json";
    const auto inspected = runApp("inspect --weights " + weights + " " + input + " --dump '" + dump.string() + "'");
    EXPECT_EQ(inspected.status, 0) << inspected.output;
    const auto explained = runApp("explain occlusion --weights " + weights + " " + input + " " + options + " --json");
    EXPECT_EQ(explained.status, 0) << explained.output;
    std::ofstream(ours) << explained.output;
    const auto checked = test::runShell("/usr/bin/python3 '" + (kSource / "scripts/occlusion_pytorch.py").string() +
                                        "' --weights '" + weightsPath + "' --dump '" + dump.string() + "' --ours '" +
                                        ours.string() + "' --tolerance 1e-4");
    EXPECT_EQ(checked.status, 0) << checked.output;
    return checked.output;
  }
};

TEST_F(PyTorchOcclusion, MapEqualsPyTorchsForAPyTorchTrainedLeNet) {
  const fs::path trained = m_dir / "lenet-pytorch.safetensors";
  const auto r = test::runShell("/usr/bin/python3 '" + (kSource / "scripts/train_pytorch.py").string() +
                                "' --model lenet --limit 512 --epochs 1 --lr 0.9 --batch 64 --device cpu --out '" +
                                trained.string() + "'");
  ASSERT_EQ(r.status, 0) << r.output;
  const std::string report =
      compare("'" + trained.string() + "'", trained.string(), "--sample 11", "--patch 5 --stride 3");
  EXPECT_THAT(report, HasSubstr("occlusion map 8x8"));
  std::cout << report;
}

TEST_F(PyTorchOcclusion, MapEqualsPyTorchsForTheBundledLeNetWithFillAndClass) {
  const auto listed = nlohmann::json::parse(runApp("weights --json").output);
  std::string path;
  for (const auto& entry : listed.at("weights"))
    if (entry.at("id") == "lenet-d2l") path = entry.at("path");
  ASSERT_FALSE(path.empty());
  const std::string report = compare("lenet-d2l", path, "--sample 0", "--fill 0.5 --class 9");
  EXPECT_THAT(report, HasSubstr("occlusion map 13x13, class 9"));
  const std::smatch found = [&] {
    std::smatch m;
    std::regex_search(report, m, std::regex("largest \\|map\\| ([0-9.e+-]+)"));
    return m;
  }();
  ASSERT_EQ(found.size(), 2u) << report;
  EXPECT_GT(std::stod(found[1]), 0.01) << "the comparison should be about a map that is not all zeros";
  std::cout << report;
}

}  // namespace
}  // namespace alexnet
