#include "ui/shape_report_builder.h"

#include <QThread>

#include "ui/model_catalog.h"

namespace alexnet::ui {

namespace {
// Only AlexNet 2012 is slow to build (61 M parameters); the others take milliseconds, or are built
// at startup by the Architecture screen.
bool slowToBuild(const ModelConfig& config) {
  return config.kind == ModelKind::AlexNet2012 && !isShapeReportCached(config);
}
}  // namespace

ShapeReportBuilder::ShapeReportBuilder(QObject* parent) : QObject(parent) {}

ShapeReportBuilder::~ShapeReportBuilder() {
  if (m_worker) m_worker->wait();
}

bool ShapeReportBuilder::ready(const std::vector<ModelConfig>& configs, std::function<void()> again) {
  if (m_worker) return false;  // `again` of the running build follows
  std::vector<ModelConfig> missing;
  for (const ModelConfig& config : configs)
    if (slowToBuild(config)) missing.push_back(config);
  if (missing.empty()) return true;
  m_worker = QThread::create([missing] {
    for (const ModelConfig& config : missing) cachedShapeReport(config);
  });
  m_worker->setParent(this);
  connect(m_worker, &QThread::finished, this, [this, again = std::move(again)] {
    m_worker->deleteLater();
    m_worker = nullptr;
    again();
  });
  m_worker->start();
  return false;
}

}  // namespace alexnet::ui
