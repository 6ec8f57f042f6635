#include "cli/model_options.h"

#include <fstream>
#include <sstream>

#include "alexnet/core/models/sequential_code.h"

namespace alexnet::cli {

ArgumentSpec withModelOptions(ArgumentSpec spec) {
  spec.valueOptions.insert({"--model", "--model-file", "--input-size", "--widths", "--seed", "--threads"});
  return spec;
}

ModelConfig codeModelConfig(const std::filesystem::path& file) {
  readSequentialCodeFile(file);  // refuses what the reader does not accept: "FILE:LINE:COL: problem"
  std::ifstream in(file, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  ModelConfig config;
  config.kind = ModelKind::Code;
  config.code = text.str();
  config.codeName = file.filename().string();
  return config;
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
  if (auto file = args.value("--model-file")) {
    if (args.has("--model")) throw UsageError("give --model or --model-file, not both");
    if (args.has("--widths")) throw UsageError("--widths applies to --model alexnet only (edit the code instead)");
    config = codeModelConfig(*file);
  } else {
    try {
      if (!args.has("--model"))
        throw UsageError("missing required option --model (lenet, alexnet or alexnet2012), or --model-file FILE");
      config.kind = parseModelKind(*args.value("--model"));
      if (config.kind == ModelKind::Code) throw std::invalid_argument("--model code: give --model-file FILE instead");
      if (auto widths = args.value("--widths")) config.widths = parseWidths(*widths);
    } catch (const std::invalid_argument& error) {
      throw UsageError(error.what());
    }
  }
  if (args.has("--widths") && config.kind != ModelKind::AlexNet)
    throw UsageError("--widths applies to --model alexnet only");
  config.inputSize = args.integer("--input-size", 0);
  if (config.inputSize < 0 || config.inputSize > 4096) throw UsageError("--input-size must be between 1 and 4096");
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
