#pragma once
// InspectSession — the GUI-side owner of one InspectWorker on its own QThread (Qt's
// worker-object pattern). Requests are queued to the worker; results come back as value snapshots
// through queued signals. isBusy() is true while any request is pending. The destructor asks the
// worker to stop, then quit() + wait() on the thread.
#include <QObject>
#include <QThread>

#include "ui/inspect/step_snapshot.h"
#include "ui/inspect/unit_explanation_snapshot.h"

namespace alexnet::ui {

class InspectWorker;

class InspectSession : public QObject {
  Q_OBJECT
 public:
  explicit InspectSession(QObject* parent = nullptr);
  ~InspectSession() override;

  void loadModel(const ModelConfig& config, const QString& checkpointPath = {});
  void setInput(const Tensor& input);  // (1, C, H, W)
  void step();
  void back();
  void runToEnd();
  void reset();
  void goTo(int cursor);
  // −1: the predicted class; guided: guided backpropagation; answers with saliencyReady.
  void computeSaliency(int classIndex, bool guided = false);
  void stop();                           // a running multi-layer request stops after its current layer
  // Explains a unit of a computed layer: Conv2d arithmetic, pooling, activation, dense. The answer
  // (unitExplained) carries the returned number as UnitExplanationSnapshot::request, so each asker
  // takes its own.
  quint64 explainUnit(int layer, const UnitIndex& unit);

  bool isBusy() const { return m_pending > 0; }
  bool hasModel() const { return m_info.serial != 0; }
  const ModelInfo& modelInfo() const { return m_info; }            // last model ready
  const StepSnapshot& lastSnapshot() const { return m_snapshot; }  // last snapshot of that model
  // Read-only, for tests: connect to its signals to see what the worker thread produced.
  const InspectWorker* worker() const { return m_worker; }

 signals:
  void modelReady(const alexnet::ui::ModelInfo& info);
  void snapshotReady(const alexnet::ui::StepSnapshot& snapshot);
  void saliencyReady(const alexnet::ui::SaliencySnapshot& saliency);
  void progress(int layer, int layerCount);
  void failed(const QString& message);
  void busyChanged(bool busy);
  void unitExplained(const alexnet::ui::UnitExplanationSnapshot& explanation);

 private:
  template <class F>
  void post(F&& call);
  void onRequestDone();

  QThread m_thread;
  InspectWorker* m_worker;  // owned; lives on m_thread, deleted after the thread has stopped
  int m_pending = 0;
  quint64 m_nextSerial = 1;
  quint64 m_latestSerial = 0;  // the last load requested
  quint64 m_nextRequest = 1;   // explainUnit's answer ids
  ModelInfo m_info;            // the model the GUI shows (the latest one that loaded)
  ModelInfo m_received;        // the last model the worker built, even if a newer load was queued
  StepSnapshot m_snapshot;
};

}  // namespace alexnet::ui
