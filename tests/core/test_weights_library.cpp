// The weights library: bundled entries from a manifest, runs found in the runs folder (files and
// GUI run folders), ids resolved for --weights, readable run names, and the project's bundled
// files checked against resources/weights/manifest.json.
#include "alexnet/core/io/weights_library.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>

#include "alexnet/core/io/checkpoint.h"
#include "alexnet/core/models/model_presets.h"
#include "alexnet/core/train/training_checkpoint.h"

namespace alexnet {
namespace {

namespace fs = std::filesystem;

class WeightsLibraryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    m_dir = fs::temp_directory_path() / ("alexnet_weights_" + std::to_string(std::random_device{}()) + "_" +
                                         ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(m_dir / "bundled");
    fs::create_directories(m_dir / "runs");
    m_options = {.bundledDirectory = m_dir / "bundled", .runsDirectory = m_dir / "runs"};
  }
  void TearDown() override { fs::remove_all(m_dir); }

  // A LeNet checkpoint with the metadata `train` writes.
  void saveLenet(const fs::path& path, std::int64_t epoch, double accuracy, const std::string& created) {
    ModelConfig config;
    config.kind = ModelKind::LeNet;
    auto model = buildModel(config);
    TrainingState state;
    state.epoch = epoch;
    state.testAccuracy = accuracy;
    state.created = created;
    state.command = "alexnet-lab train --model lenet";
    saveTrainingCheckpoint(path, *model, config, state);
  }
  void saveAlexNet(const fs::path& path) {
    ModelConfig config;
    config.kind = ModelKind::AlexNet;
    config.widths = parseWidths("4,8,8,8,8,16,16");
    config.inputSize = 96;
    auto model = buildModel(config);
    saveCheckpoint(path, *model, config);
  }
  void writeManifest(const std::string& text) { std::ofstream(m_dir / "bundled" / "manifest.json") << text; }

  fs::path m_dir;
  WeightsLibraryOptions m_options;
};

TEST_F(WeightsLibraryTest, ListsBundledThenRunsNewestFirst) {
  saveLenet(m_dir / "bundled" / "lenet.safetensors", 10, 0.8076, "2026-12-01T10:00:00Z");
  writeManifest(R"({"weights": [{"id": "lenet-d2l", "file": "lenet.safetensors", "title": "d2l recipe",
                    "sha256": "abc", "command": "alexnet-lab train --model lenet --epochs 10"}]})");
  saveLenet(m_dir / "runs" / "lenet_2026-12-02_0900.safetensors", 2, 0.71, "2026-12-02T09:00:00Z");
  fs::create_directories(m_dir / "runs" / "20261202-1000-lenet");
  saveLenet(m_dir / "runs" / "20261202-1000-lenet" / "checkpoint.safetensors", 3, 0.75, "2026-12-02T10:00:00Z");
  std::ofstream(m_dir / "runs" / "garbage.safetensors") << "not a checkpoint";

  const std::vector<WeightsEntry> entries = listWeights(m_options);
  ASSERT_EQ(entries.size(), 3u);  // the .optim files and the garbage file are not entries
  EXPECT_EQ(entries[0].id, "lenet-d2l");
  EXPECT_EQ(entries[0].source, "bundled");
  EXPECT_EQ(entries[0].title, "d2l recipe");
  EXPECT_EQ(entries[0].command, "alexnet-lab train --model lenet --epochs 10");  // the manifest's
  EXPECT_EQ(entries[0].epochs, 10);
  EXPECT_NEAR(*entries[0].testAccuracy, 0.8076, 1e-9);
  EXPECT_EQ(entries[1].id, "20261202-1000-lenet");  // a GUI run: named by its folder
  EXPECT_EQ(entries[1].source, "run");
  EXPECT_EQ(entries[2].id, "lenet_2026-12-02_0900");
  EXPECT_EQ(entries[2].created, "2026-12-02T09:00:00Z");
  EXPECT_EQ(describeBriefly(entries[0]), "LeNet, d2l recipe, test acc 0.808");
  EXPECT_EQ(describeBriefly(entries[2]), "LeNet, 2 epochs, test acc 0.710");
}

TEST_F(WeightsLibraryTest, ResolvesIdsAndPathsAndRefusesUnknownOnes) {
  saveAlexNet(m_dir / "runs" / "slim.safetensors");
  const WeightsEntry byId = resolveWeights("slim", m_options);
  EXPECT_EQ(byId.config.kind, ModelKind::AlexNet);
  EXPECT_EQ(byId.config.inputSize, 96);
  EXPECT_EQ(toString(byId.config.widths), "4,8,8,8,8,16,16");
  EXPECT_EQ(byId.source, "run");
  // A path to a library file is that entry; another path is a "file".
  EXPECT_EQ(resolveWeights((m_dir / "runs" / "slim.safetensors").string(), m_options).id, "slim");
  saveAlexNet(m_dir / "elsewhere.safetensors");
  EXPECT_EQ(resolveWeights((m_dir / "elsewhere.safetensors").string(), m_options).source, "file");
  try {
    resolveWeights("no-such-id", m_options);
    FAIL() << "expected an error";
  } catch (const std::runtime_error& error) {
    EXPECT_NE(std::string(error.what()).find("no-such-id: no such file or weights id"), std::string::npos)
        << error.what();
  }
}

TEST_F(WeightsLibraryTest, ClashingRunIdsStayUnique) {
  fs::create_directories(m_dir / "runs" / "a");
  saveLenet(m_dir / "runs" / "x.safetensors", 1, 0.5, "2026-12-02T09:00:00Z");
  saveLenet(m_dir / "runs" / "a" / "x.safetensors", 1, 0.5, "2026-12-02T08:00:00Z");
  const std::vector<WeightsEntry> entries = listWeights(m_options);
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[0].id, "x");
  EXPECT_EQ(entries[1].id, "x-2");
}

TEST_F(WeightsLibraryTest, AMalformedManifestIsNamed) {
  writeManifest("{\"weights\": [ {\"id\": 3} ]}");
  try {
    listWeights(m_options);
    FAIL() << "expected an error";
  } catch (const std::runtime_error& error) {
    EXPECT_NE(std::string(error.what()).find("manifest.json"), std::string::npos) << error.what();
  }
}

TEST_F(WeightsLibraryTest, RunNamesAreReadable) {
  ModelConfig lenet;
  lenet.kind = ModelKind::LeNet;
  const std::string stem = runFileStem(lenet, 0);
  EXPECT_EQ(stem.rfind("lenet_19", 0), 0u) << stem;  // lenet_1970-01-01_0000 in UTC; local time varies
  ModelConfig slim;
  slim.kind = ModelKind::AlexNet;
  slim.widths = slimAlexNetWidths();
  slim.inputSize = 96;
  EXPECT_EQ(runFileStem(slim, 0).rfind("alexnet-12-32-48-48-32-64-64-96px_", 0), 0u) << runFileStem(slim, 0);
}

// The project's own bundled weights: every manifest entry exists, matches its SHA-256, records
// its model, and fits the size limit (8 MiB).
TEST(BundledWeights, EveryFileMatchesTheManifest) {
  const fs::path dir = fs::path(ALEXNET_SOURCE_DIR) / "resources" / "weights";
  std::ifstream in(dir / "manifest.json");
  ASSERT_TRUE(in) << dir;
  const nlohmann::json manifest = nlohmann::json::parse(in);
  ASSERT_GE(manifest.at("weights").size(), 2u);
  const std::vector<WeightsEntry> entries = listWeights({.bundledDirectory = dir, .runsDirectory = {}});
  ASSERT_EQ(entries.size(), manifest.at("weights").size());
  bool lenet = false, alexnet = false;
  for (const WeightsEntry& entry : entries) {
    EXPECT_EQ(sha256File(entry.path), entry.sha256) << entry.path;
    EXPECT_LE(fs::file_size(entry.path), 8u << 20) << entry.path;
    EXPECT_FALSE(entry.command.empty()) << entry.id;
    ASSERT_TRUE(entry.testAccuracy.has_value()) << entry.id;
    if (entry.config.kind == ModelKind::LeNet) {
      lenet = true;
      EXPECT_GE(*entry.testAccuracy, 0.80) << entry.id;
    }
    if (entry.config.kind == ModelKind::AlexNet) {
      alexnet = true;
      EXPECT_EQ(effectiveInputSize(entry.config), 224) << entry.id;
      EXPECT_GE(*entry.testAccuracy, 0.88) << entry.id;
    }
    // PyTorch's strict load: the file holds the state_dict and nothing else.
    auto model = buildModel(entry.config);
    const SafeTensors file = readSafeTensors(entry.path);
    EXPECT_EQ(file.floats.size(), model->namedParameters().size()) << entry.id;
    EXPECT_NO_THROW(loadStateDict(file, *model, entry.path.string())) << entry.id;
  }
  EXPECT_TRUE(lenet);
  EXPECT_TRUE(alexnet);
}

}  // namespace
}  // namespace alexnet
