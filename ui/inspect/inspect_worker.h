#pragma once
// InspectWorker — lives on its own QThread (see InspectSession). Owns the network and a core
// Stepper; every slot runs there, then sends value snapshots back (their tensors are SharedTensors
// made once here: the output of each step, the kernels once per model, the input once per input). requestStop() may be
// called from any thread: it makes a running runToEnd()/goTo() stop after the current layer.
#include <QObject>
#include <atomic>
#include <memory>

#include "alexnet/core/exec/stepper.h"
#include "alexnet/core/sequential.h"
#include "ui/inspect/step_snapshot.h"
#include "ui/inspect/unit_explanation_snapshot.h"

namespace alexnet::ui {

class InspectWorker : public QObject {
  Q_OBJECT
 public:
  InspectWorker() = default;
  ~InspectWorker() override;

  void requestStop() { m_stop.store(true); }

 public slots:
  // Builds the model (d2l initialisation with config.seed), or loads checkpointPath when not empty:
  // the checkpoint's recorded config is used if it has one. On error the previous model stays.
  void loadModel(const alexnet::ModelConfig& config, const QString& checkpointPath, quint64 serial);
  // (1, C, H, W), prepared for model `serial`; ignored when another model has been loaded since.
  void setInput(const alexnet::Tensor& input, quint64 serial);
  void step();
  void back();
  void runToEnd();
  void reset();
  void goTo(int cursor);  // steps or backs until the cursor equals `cursor` (clamped)
  // ∂ logit[classIndex] / ∂ input for the current input (classIndex −1: the predicted class), with
  // core's computeSaliency; the stepper's stored outputs are untouched.
  void computeSaliency(int classIndex, bool guided = false);  // guided: guided backpropagation
  // Explains one unit of a computed layer (Conv2d arithmetic, pooling, activation, dense): sends
  // unitExplained.
  void explainUnit(int layer, const alexnet::UnitIndex& unit, quint64 request);

 signals:
  void modelReady(const alexnet::ui::ModelInfo& info);
  void snapshotReady(const alexnet::ui::StepSnapshot& snapshot);
  void saliencyReady(const alexnet::ui::SaliencySnapshot& saliency);
  void progress(int layer, int layerCount);  // a layer finished during a multi-layer run
  void failed(const QString& message);
  void loadFailed(quint64 serial, const QString& message);  // the previous model stays
  void requestDone();  // every slot ends with this (the session counts pending requests)
  void unitExplained(const alexnet::ui::UnitExplanationSnapshot& explanation);

 private:
  bool stepOnce();
  void emitSnapshot();

  std::unique_ptr<Sequential> m_model;
  std::unique_ptr<Stepper> m_stepper;
  std::vector<SharedTensor> m_kernels;  // per layer: a Conv2d's weight, shared once it has been shown
  SharedTensor m_input;                 // (1, C, H, W): the current input
  quint64 m_serial = 0;
  SharedTensor m_probabilities;  // (1, K), valid once the last layer ran for the current input
  double m_lastLayerMs = 0.0;
  std::atomic<bool> m_stop{false};
};

}  // namespace alexnet::ui
