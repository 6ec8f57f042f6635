#pragma once
// The options every model-building subcommand shares: --model or --model-file, --input-size, --widths, --seed.
#include <filesystem>

#include "alexnet/core/models/model_config.h"
#include "cli/arguments.h"

namespace alexnet::cli {

// Adds --model --model-file --input-size --widths --seed to a spec.
ArgumentSpec withModelOptions(ArgumentSpec spec);
// A ModelKind::Code config from an nn.Sequential code file; throws SequentialCodeError
// ("FILE:LINE:COL: problem") for code the reader refuses.
ModelConfig codeModelConfig(const std::filesystem::path& file);
// Builds the ModelConfig; throws UsageError naming the bad option.
ModelConfig modelConfigFromArguments(const Arguments& args);
// parseModelKind with a UsageError naming the choices.
ModelKind parseModelKindOrUsage(const std::string& name);

}  // namespace alexnet::cli

namespace alexnet::cli {
// Applies --threads T (the kernels' thread pool, whose count follows omp_set_num_threads, and Eigen);
// 0 or absent keeps the default (all cores).
void applyThreadOption(const Arguments& args);
}  // namespace alexnet::cli
