// alexnet-lab evaluate — test accuracy and loss of a checkpoint on Fashion-MNIST (PRODUCT.md §3):
//   evaluate --weights CKPT|ID [--model M] [--data DIR] [--limit N] [--batch B] [--json]
// --json prints {"model","test_accuracy","test_loss","examples","confusion","per_class_accuracy"}:
// confusion is 10×10 counts, rows the true class, columns the predicted one. The checkpoint may come from
// PyTorch (state_dict keys only); one written here also records its input size and widths, which
// then need not be repeated.
#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

#include "alexnet/core/data/fashion_mnist.h"
#include "alexnet/core/io/checkpoint.h"
#include "alexnet/core/models/model_config.h"
#include "alexnet/core/train/trainer.h"
#include "alexnet/core/train/training_checkpoint.h"
#include "cli/arguments.h"
#include "cli/checkpoint_options.h"
#include "cli/commands.h"
#include "cli/model_options.h"

namespace alexnet::cli {

int runEvaluate(const CommandArgs& rawArgs) {
  ArgumentSpec spec = withModelOptions({});
  spec.valueOptions.insert({"--weights", "--data", "--limit", "--batch"});
  spec.flags.insert("--json");
  const Arguments args(rawArgs, spec);
  args.required("--weights");
  const std::int64_t limit = args.integer("--limit", 0);
  if (limit < 0) throw UsageError("--limit must be ≥ 0 (0 = the whole test set)");
  const std::int64_t batch = args.integer("--batch", 256);
  if (batch < 1 || batch > 65536) throw UsageError("--batch must be between 1 and 65536");
  const std::filesystem::path dataDir = args.value("--data").value_or(std::string(kDefaultFashionMnistDir));
  applyThreadOption(args);

  const ResolvedWeights resolved = resolveWeightsArgument(args);
  const ModelConfig& config = resolved.config;
  const std::filesystem::path& weights = resolved.path;
  std::unique_ptr<Sequential> model = buildModel(config);
  loadStateDict(parametersOnly(resolved.file), *model, weights.string());

  const ImageSet test = loadFashionMnist(Split::Test, {.directory = dataDir, .limit = limit});
  const EvaluationResult result = evaluate(*model, test, batch);

  if (args.has("--json")) {
    const nlohmann::ordered_json json{
        {"model", modelName(config.kind)}, {"test_accuracy", result.accuracy},
        {"test_loss", result.loss},        {"examples", result.examples},
        {"confusion", result.confusion},   {"per_class_accuracy", perClassAccuracy(result.confusion)}};
    std::printf("%s\n", json.dump().c_str());
  } else {
    std::printf("%s %s: test accuracy %.4f, test loss %.4f on %lld examples\n", modelLabel(config).c_str(),
                weights.string().c_str(), result.accuracy, result.loss, static_cast<long long>(result.examples));
  }
  return 0;
}

}  // namespace alexnet::cli
