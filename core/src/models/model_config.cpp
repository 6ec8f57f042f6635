#include "alexnet/core/models/model_config.h"

#include <charconv>
#include <stdexcept>

#include "alexnet/core/models/alexnet.h"
#include "alexnet/core/models/init.h"
#include "alexnet/core/models/lenet.h"
#include "alexnet/core/models/sequential_code.h"

namespace alexnet {

std::string modelName(ModelKind kind) {
  switch (kind) {
    case ModelKind::LeNet:
      return "lenet";
    case ModelKind::AlexNet:
      return "alexnet";
    case ModelKind::AlexNet2012:
      return "alexnet2012";
    case ModelKind::Code:
      return "code";
  }
  return "unknown";
}

std::string modelLabel(const ModelConfig& config) {
  if (config.kind == ModelKind::Code && !config.codeName.empty()) return config.codeName;
  return modelName(config.kind);
}

ModelKind parseModelKind(const std::string& name) {
  if (name == "lenet") return ModelKind::LeNet;
  if (name == "alexnet") return ModelKind::AlexNet;
  if (name == "alexnet2012") return ModelKind::AlexNet2012;
  if (name == "code") return ModelKind::Code;
  throw std::invalid_argument("unknown model '" + name + "' (expected lenet, alexnet or alexnet2012)");
}

AlexNetWidths parseWidths(const std::string& text) {
  AlexNetWidths widths;
  std::size_t count = 0, start = 0;
  while (start <= text.size()) {
    const std::size_t end = std::min(text.find(',', start), text.size());
    const std::string item = text.substr(start, end - start);
    std::int64_t value = 0;
    auto [ptr, ec] = std::from_chars(item.data(), item.data() + item.size(), value);
    if (item.empty() || ec != std::errc() || ptr != item.data() + item.size() || value <= 0 || value > 65536)
      throw std::invalid_argument("--widths: '" + item + "' is not a positive integer (expected 7 values " +
                                  "c1,c2,c3,c4,c5,f1,f2, e.g. 96,256,384,384,256,4096,4096)");
    if (count == widths.values.size()) throw std::invalid_argument("--widths: more than 7 values in '" + text + "'");
    widths.values[count++] = value;
    start = end + 1;
  }
  if (count != widths.values.size())
    throw std::invalid_argument("--widths: expected 7 values c1,c2,c3,c4,c5,f1,f2, got " + std::to_string(count));
  return widths;
}

std::string toString(const AlexNetWidths& widths) {
  std::string out;
  for (std::size_t i = 0; i < widths.values.size(); ++i) out += (i ? "," : "") + std::to_string(widths.values[i]);
  return out;
}

std::int64_t defaultInputSize(ModelKind kind) { return kind == ModelKind::LeNet ? 28 : 224; }
std::int64_t effectiveInputSize(const ModelConfig& config) {
  if (config.inputSize > 0) return config.inputSize;
  if (config.kind == ModelKind::Code) {
    const NetworkCode code = parseSequentialCode(config.code, config.codeName);
    if (code.inputShape) return (*code.inputShape)[3];
  }
  return defaultInputSize(config.kind);
}
std::int64_t inputChannels(ModelKind kind) { return kind == ModelKind::AlexNet2012 ? 3 : 1; }
std::int64_t inputChannels(const ModelConfig& config) {
  if (config.kind != ModelKind::Code) return inputChannels(config.kind);
  return buildModel(config)->inputShape()[1];
}
std::int64_t classCount(ModelKind kind) { return kind == ModelKind::AlexNet2012 ? 1000 : 10; }

std::unique_ptr<Sequential> buildModel(const ModelConfig& config) {
  if (config.kind == ModelKind::Code)  // initialised inside, as below
    return buildFromCode(parseSequentialCode(config.code, config.codeName),
                         {.inputSize = config.inputSize, .seed = config.seed});
  const std::int64_t side = effectiveInputSize(config);
  std::unique_ptr<Sequential> model;
  switch (config.kind) {
    case ModelKind::LeNet:
      model = lenet({.inputSize = side});
      break;
    case ModelKind::AlexNet:
      model = alexnet({.inputSize = side, .widths = config.widths, .dropoutSeed = config.seed});
      break;
    case ModelKind::AlexNet2012:
      model = alexnet2012({.inputSize = side,
                           .inChannels = 3,
                           .numClasses = 1000,
                           .widths = config.widths,
                           .localResponseNorm = true,
                           .dropoutSeed = config.seed});
      break;
    case ModelKind::Code:
      break;
  }
  initializeXavier(*model, config.seed);
  return model;
}

}  // namespace alexnet
