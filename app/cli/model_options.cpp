#include "cli/model_options.h"

namespace alexnet::cli {

ArgumentSpec withModelOptions(ArgumentSpec spec) {
  spec.valueOptions.insert({"--model", "--input-size", "--widths", "--seed", "--threads"});
  return spec;
}

ModelKind parseModelKindOrUsage(const std::string& name) {
  try {
    return parseModelKind(name);
  } catch (const std::invalid_argument& error) {
    throw UsageError(error.what());
  }
}

ModelConfig modelConfigFromArguments(const Arguments& args) {
  ModelConfig config;
  try {
    config.kind = parseModelKind(args.required("--model"));
    if (auto widths = args.value("--widths")) config.widths = parseWidths(*widths);
  } catch (const std::invalid_argument& error) {
    throw UsageError(error.what());
  }
  if (args.has("--widths") && config.kind != ModelKind::AlexNet)
    throw UsageError("--widths applies to --model alexnet only");
  config.inputSize = args.integer("--input-size", 0);
  if (config.inputSize < 0 || config.inputSize > 4096)
    throw UsageError("--input-size must be between 1 and 4096");
  config.seed = static_cast<std::uint64_t>(args.integer("--seed", 0));
  return config;
}

}  // namespace alexnet::cli

#include <omp.h>

#include <Eigen/Core>

namespace alexnet::cli {
void applyThreadOption(const Arguments& args) {
  const std::int64_t threads = args.integer("--threads", 0);
  if (threads < 0 || threads > 256) throw UsageError("--threads must be between 1 and 256");
  if (threads > 0) {
    omp_set_num_threads(static_cast<int>(threads));
    Eigen::setNbThreads(static_cast<int>(threads));
  }
}
}  // namespace alexnet::cli
