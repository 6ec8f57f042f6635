#pragma once
// ModelCatalog — the networks the GUI offers (LeNet, AlexNet, slim AlexNet, AlexNet 2012) and a
// cache of their shape reports, so every panel reads the same live model definitions.
#include <QString>
#include <QStringList>
#include <vector>

#include "alexnet/core/models/model_config.h"
#include "alexnet/core/models/receptive_field.h"
#include "alexnet/core/models/shape_report.h"

namespace alexnet::ui {

struct ModelChoice {
  QString key;          // "lenet", "alexnet", "alexnet-slim", "alexnet2012" (also the --model value)
  QString displayName;  // translated for menus and combo boxes
  ModelConfig config;
};

// Every model the GUI knows, in menu order. includeOriginal adds the 2012 AlexNet (shape-only use).
std::vector<ModelChoice> modelChoices(bool includeOriginal);
// Looks a choice up by key ("alexnet", …); returns false when unknown.
bool findModelChoice(const QString& key, ModelChoice* out);
// The key of a config (e.g. AlexNet with the slim widths → "alexnet-slim"); "" if it is not in the list.
QString modelKeyFor(const ModelConfig& config);
QStringList modelKeys(bool includeOriginal);

// Selection travels between panels by model family (layer indices agree across widths).
QString familyKey(ModelKind kind);  // "lenet", "alexnet", "alexnet2012"

// makeShapeReport of buildModel(config), computed once per (kind, input size, widths).
const ShapeReport& cachedShapeReport(const ModelConfig& config);
// True when cachedShapeReport(config) would answer at once (building a big network for its shapes
// takes a while: AlexNet 2012's 61 M parameters about 0.7 s, so the Shapes screen builds it on a worker).
bool isShapeReportCached(const ModelConfig& config);
// receptiveFields of the same model (one per layer), cached the same way.
const std::vector<ReceptiveField>& cachedReceptiveFields(const ModelConfig& config);

}  // namespace alexnet::ui
