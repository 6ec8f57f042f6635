#include "ui/training/training_request.h"

#include <QDir>
#include <QFileInfo>
#include <algorithm>

#include "alexnet/core/data/fashion_mnist.h"
#include "alexnet/core/io/checkpoint.h"
#include "alexnet/core/io/safetensors.h"
#include "alexnet/core/train/training_checkpoint.h"
#include "alexnet/core/train/training_run.h"

namespace alexnet::ui {

QString defaultDataDirectory() {
  return QString::fromUtf8(kDefaultFashionMnistDir.data(), static_cast<qsizetype>(kDefaultFashionMnistDir.size()));
}

TrainingRequest d2lDefaultRequest(const ModelConfig& model) {
  TrainingRequest request;
  request.model = model;
  const TrainingRecipe recipe = d2lRecipe(model.kind);
  request.epochs = recipe.epochs;
  request.batchSize = recipe.batchSize;
  request.sgd = recipe.sgd;
  request.lrSchedule = recipe.lrSchedule;
  return request;
}

std::optional<TrainingRequest> continueRequest(const QString& checkpointPath, const TrainingRequest& base,
                                               QString* error) {
  TrainingRequest r = base;
  try {
    SafeTensors header;
    header.metadata = readSafeTensorsMetadata(checkpointPath.toStdString());
    const std::optional<ModelConfig> config = checkpointModelConfig(header);
    if (!config)
      throw std::runtime_error(checkpointPath.toStdString() +
                               ": records no model; it was not written by a training run");
    const TrainingState state = readTrainingState(header, checkpointPath.toStdString());
    const TrainingRecipe recipe = recipeOf(state, d2lRecipe(config->kind));
    r.model = *config;
    r.epochs = std::max<std::int64_t>(recipe.epochs, state.epoch + 1);  // a finished run gets one more epoch
    r.batchSize = recipe.batchSize;
    r.sgd = recipe.sgd;
    r.lrSchedule = recipe.lrSchedule;
  } catch (const std::exception& e) {
    if (error) *error = QString::fromStdString(e.what());
    return std::nullopt;
  }
  r.checkpointPath = r.resumeFrom = checkpointPath;
  const QFileInfo info(checkpointPath);
  r.logPath = info.fileName() == QLatin1String("checkpoint.safetensors")
                  ? info.dir().filePath(QStringLiteral("log.csv"))
                  : info.dir().filePath(info.completeBaseName() + QStringLiteral(".csv"));
  return r;
}

}  // namespace alexnet::ui
