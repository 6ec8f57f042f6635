#pragma once
// ShapeReportBuilder — builds, on a worker thread, the shape reports that take a while to build, so
// a panel never builds one on the GUI thread (the Shapes and Architecture screens both stalled 0.6-0.9 s
// on AlexNet 2012's 61 M parameters in the monkey test). The reports land in model_catalog.h's cache:
//
//   void Panel::reload() {
//     if (!m_reports->ready({choice.config}, [this] { reload(); })) return;  // built on a worker: asked again
//     use(cachedShapeReport(choice.config));                                   // answers at once now
//   }
#include <QObject>
#include <functional>
#include <vector>

#include "alexnet/core/models/model_config.h"

class QThread;

namespace alexnet::ui {

class ShapeReportBuilder : public QObject {
 public:
  explicit ShapeReportBuilder(QObject* parent = nullptr);
  ~ShapeReportBuilder() override;  // waits for a build in progress (at most two networks: about 1.4 s)

  // True when cachedShapeReport answers at once for every config (cached, or quick to build on the
  // spot). Otherwise starts a worker that builds the slow ones, unless one is running already, and
  // returns false; `again` is called on this object's thread when that worker ends.
  bool ready(const std::vector<ModelConfig>& configs, std::function<void()> again);
  bool isBusy() const { return m_worker != nullptr; }

 private:
  QThread* m_worker = nullptr;
};

}  // namespace alexnet::ui
