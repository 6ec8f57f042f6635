// Checkpoints: PyTorch state_dict keys, metadata, and mismatch errors that say what differs.
#include <gmock/gmock.h>
#include <unistd.h>

#include "alexnet/core/io/checkpoint.h"
#include "alexnet/core/models/model_presets.h"
#include "reference.h"

namespace alexnet::test {
namespace {

using ::testing::HasSubstr;

// Per process: ctest runs the core suite in several processes at once (core_tests.isa_*).
std::filesystem::path tempPath(const std::string& name) {
  return std::filesystem::temp_directory_path() / (std::to_string(::getpid()) + "_" + name);
}

std::string loadError(const SafeTensors& file, Sequential& model) {
  try {
    loadStateDict(file, model, "ckpt.safetensors");
  } catch (const CheckpointError& error) {
    return error.what();
  }
  return "no error";
}

TEST(Checkpoint, KeysAreSequentialStateDictKeys) {
  const ModelConfig config{.kind = ModelKind::AlexNet, .inputSize = 96, .widths = slimAlexNetWidths()};
  auto model = buildModel(config);
  const auto path = tempPath("alexnet_ckpt_keys.safetensors");
  saveCheckpoint(path, *model, config, {.metadata = {{"epoch", "3"}}});
  const SafeTensors file = readSafeTensors(path);
  std::vector<std::string> keys;
  for (const auto& [key, tensor] : file.floats) keys.push_back(key);
  EXPECT_THAT(keys, ::testing::UnorderedElementsAre("0.weight", "0.bias", "3.weight", "3.bias", "6.weight", "6.bias",
                                                    "8.weight", "8.bias", "10.weight", "10.bias", "14.weight",
                                                    "14.bias", "17.weight", "17.bias", "20.weight", "20.bias"));
  EXPECT_EQ(file.metadata.at("model"), "alexnet");
  EXPECT_EQ(file.metadata.at("input_size"), "96");
  EXPECT_EQ(file.metadata.at("widths"), "12,32,48,48,32,64,64");
  EXPECT_EQ(file.metadata.at("epoch"), "3");
  const auto recorded = checkpointModelConfig(file);
  ASSERT_TRUE(recorded.has_value());
  EXPECT_EQ(recorded->inputSize, 96);
  EXPECT_EQ(recorded->widths, config.widths);
  std::filesystem::remove(path);
}

TEST(Checkpoint, RoundTripRestoresParameters) {
  const ModelConfig config{.kind = ModelKind::LeNet, .seed = 1};
  auto a = buildModel(config);
  auto b = buildModel({.kind = ModelKind::LeNet, .seed = 2});
  const auto path = tempPath("alexnet_ckpt_roundtrip.safetensors");
  saveCheckpoint(path, *a, config);
  loadCheckpoint(path, *b);
  const Tensor x({2, 1, 28, 28}, 0.5f);
  EXPECT_EQ(a->forward(x, Mode::Eval).toVector(), b->forward(x, Mode::Eval).toVector());
  std::filesystem::remove(path);
}

TEST(Checkpoint, LoadsThePyTorchReferenceWeights) {
  auto model = buildModel({.kind = ModelKind::LeNet});
  SafeTensors file = readSafeTensors(referenceDir() / "lenet_e2e.safetensors");
  SafeTensors weightsOnly;
  for (auto& [key, p] : model->namedParameters()) weightsOnly.floats.emplace(key, file.tensor(key));
  loadStateDict(weightsOnly, *model, "lenet_e2e");
  EXPECT_TENSOR_CLOSE("lenet logits from loaded checkpoint", model->forward(file.tensor("input"), Mode::Eval),
                      file.tensor("out.11"), 1e-5);
}

TEST(Checkpoint, MissingUnexpectedAndMisshapenKeysAreNamed) {
  auto model = buildModel({.kind = ModelKind::LeNet});
  SafeTensors file;
  for (auto& [key, p] : model->namedParameters()) file.floats.emplace(key, p->value);
  file.floats.erase("3.bias");
  file.floats.insert_or_assign("7.weight", Tensor({120, 256}));
  file.floats.emplace("12.weight", Tensor({1}));
  file.metadata["model"] = "lenet";
  const std::string message = loadError(file, *model);
  EXPECT_THAT(message, HasSubstr("ckpt.safetensors: checkpoint does not match the model"));
  EXPECT_THAT(message, HasSubstr("missing '3.bias'"));
  EXPECT_THAT(message, HasSubstr("'7.weight' has shape [120, 256], the model expects [120, 400]"));
  EXPECT_THAT(message, HasSubstr("unexpected '12.weight'"));
}

TEST(Checkpoint, WrongModelIsRejectedAndModelUnchanged) {
  auto lenetModel = buildModel({.kind = ModelKind::LeNet});
  const ModelConfig alexConfig{.kind = ModelKind::AlexNet, .inputSize = 96, .widths = slimAlexNetWidths()};
  auto alex = buildModel(alexConfig);
  const auto path = tempPath("alexnet_ckpt_wrong.safetensors");
  saveCheckpoint(path, *alex, alexConfig);
  const auto before = lenetModel->namedParameters()[0].parameter->value.toVector();
  try {
    loadCheckpoint(path, *lenetModel);
    FAIL() << "expected CheckpointError";
  } catch (const CheckpointError& error) {
    EXPECT_THAT(error.what(), HasSubstr(path.string()));
    EXPECT_THAT(error.what(), HasSubstr("file says model=alexnet"));
  }
  EXPECT_EQ(lenetModel->namedParameters()[0].parameter->value.toVector(), before);
  std::filesystem::remove(path);
}

TEST(Checkpoint, NaNWeightsAreRejected) {
  auto model = buildModel({.kind = ModelKind::LeNet});
  SafeTensors file;
  for (auto& [key, p] : model->namedParameters()) file.floats.emplace(key, p->value);
  file.floats.at("9.weight")[5] = std::nanf("");
  EXPECT_THAT(loadError(file, *model), HasSubstr("'9.weight' contains NaN or infinite values"));
}

TEST(Checkpoint, I64WhereF32ExpectedIsADtypeError) {
  auto model = buildModel({.kind = ModelKind::LeNet});
  SafeTensors file;
  for (auto& [key, p] : model->namedParameters()) file.floats.emplace(key, p->value);
  file.floats.erase("0.bias");
  file.int64s.emplace("0.bias", Int64Tensor{{6}, std::vector<std::int64_t>(6)});
  EXPECT_THAT(loadError(file, *model), HasSubstr("'0.bias' has dtype I64, expected F32"));
}

}  // namespace
}  // namespace alexnet::test
