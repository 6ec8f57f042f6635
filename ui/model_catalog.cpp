#include "ui/model_catalog.h"

#include <QCoreApplication>
#include <map>
#include <mutex>
#include <tuple>

#include "alexnet/core/models/alexnet.h"
#include "alexnet/core/models/lenet.h"
#include "alexnet/core/models/model_presets.h"
#include "alexnet/core/models/receptive_field.h"
#include "alexnet/core/models/sequential_code.h"
#include "ui/network/code_shapes.h"

namespace alexnet::ui {

namespace {
ModelConfig configOf(ModelKind kind, AlexNetWidths widths = {}) {
  ModelConfig config;
  config.kind = kind;
  config.widths = widths;
  return config;
}
}  // namespace

std::vector<ModelChoice> modelChoices(bool includeOriginal) {
  std::vector<ModelChoice> choices;
  choices.push_back({"lenet", QCoreApplication::translate("alexnet::ui::ModelCatalog", "LeNet (1×28×28)"),
                     configOf(ModelKind::LeNet)});
  choices.push_back({"alexnet", QCoreApplication::translate("alexnet::ui::ModelCatalog", "AlexNet, d2l (1×224×224)"),
                     configOf(ModelKind::AlexNet)});
  choices.push_back({"alexnet-slim",
                     QCoreApplication::translate("alexnet::ui::ModelCatalog", "Slim AlexNet (12…64 wide)"),
                     configOf(ModelKind::AlexNet, modelPreset("alexnet-slim").widths)});
  if (includeOriginal)
    choices.push_back({"alexnet2012",
                       QCoreApplication::translate("alexnet::ui::ModelCatalog", "AlexNet 2012 (3×224×224, LRN)"),
                       configOf(ModelKind::AlexNet2012)});
  return choices;
}

bool findModelChoice(const QString& key, ModelChoice* out) {
  for (const ModelChoice& choice : modelChoices(true)) {
    if (choice.key == key) {
      if (out) *out = choice;
      return true;
    }
  }
  return false;
}

QString modelKeyFor(const ModelConfig& config) {
  for (const ModelChoice& choice : modelChoices(true))
    if (choice.config.kind == config.kind && choice.config.widths == config.widths) return choice.key;
  return {};
}

QStringList modelKeys(bool includeOriginal) {
  QStringList keys;
  for (const ModelChoice& choice : modelChoices(includeOriginal)) keys << choice.key;
  return keys;
}

QString familyKey(ModelKind kind) { return QString::fromStdString(modelName(kind)); }

namespace {
using CacheKey = std::tuple<int, std::int64_t, std::array<std::int64_t, 7>, std::string>;

CacheKey cacheKey(const ModelConfig& config) {
  return {static_cast<int>(config.kind), effectiveInputSize(config), config.widths.values, config.code};
}

// Shapes only: the factories without initialisation (the report and the receptive fields never
// read parameter values).
std::unique_ptr<Sequential> shapeOnlyModel(const ModelConfig& config) {
  const std::int64_t side = effectiveInputSize(config);
  switch (config.kind) {
    case ModelKind::LeNet:
      return lenet({.inputSize = side});
    case ModelKind::AlexNet:
      return alexnet({.inputSize = side, .widths = config.widths});
    case ModelKind::AlexNet2012:
      return alexnet2012(
          {.inputSize = side, .inChannels = 3, .numClasses = 1000, .widths = config.widths, .localResponseNorm = true});
    case ModelKind::Code:  // allocates the (zeroed) weights; see code_shapes.h
      return buildCodeShapes(parseSequentialCode(config.code, config.codeName), config.inputSize);
  }
  return lenet({.inputSize = side});
}

struct ShapeInfo {
  ShapeReport report;
  std::vector<ReceptiveField> fields;
};

std::mutex& cacheMutex() {
  static std::mutex mutex;
  return mutex;
}

std::map<CacheKey, ShapeInfo>& shapeCache() {
  static std::map<CacheKey, ShapeInfo> cache;
  return cache;
}

// Both are computed from one shape-only model, once per (kind, input size, widths).
const ShapeInfo& cachedShapeInfo(const ModelConfig& config) {
  std::mutex& mutex = cacheMutex();
  std::map<CacheKey, ShapeInfo>& cache = shapeCache();
  const CacheKey key = cacheKey(config);
  std::lock_guard lock(mutex);
  auto it = cache.find(key);
  if (it != cache.end()) return it->second;
  const std::unique_ptr<Sequential> model = shapeOnlyModel(config);
  return cache.emplace(key, ShapeInfo{makeShapeReport(*model), receptiveFields(*model)}).first->second;
}

}  // namespace

const ShapeReport& cachedShapeReport(const ModelConfig& config) { return cachedShapeInfo(config).report; }

bool isShapeReportCached(const ModelConfig& config) {
  std::lock_guard lock(cacheMutex());
  return shapeCache().contains(cacheKey(config));
}

const std::vector<ReceptiveField>& cachedReceptiveFields(const ModelConfig& config) {
  return cachedShapeInfo(config).fields;
}

}  // namespace alexnet::ui
