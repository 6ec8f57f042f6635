#include "ui/inspect/inspect_worker.h"

#include <chrono>

#include "alexnet/core/exec/saliency.h"
#include "alexnet/core/io/checkpoint.h"
#include "alexnet/core/io/safetensors.h"
#include "alexnet/core/io/weights_library.h"
#include "ui/localized_text.h"
#include "alexnet/core/train/cross_entropy.h"
#include "ui/inspect/weights_text.h"

namespace alexnet::ui {

void registerInspectMetaTypes() {
  qRegisterMetaType<alexnet::ui::ModelInfo>("alexnet::ui::ModelInfo");
  qRegisterMetaType<alexnet::ui::StepSnapshot>("alexnet::ui::StepSnapshot");
  qRegisterMetaType<alexnet::ui::SaliencySnapshot>("alexnet::ui::SaliencySnapshot");
}

InspectWorker::~InspectWorker() = default;

void InspectWorker::loadModel(const ModelConfig& requested, const QString& checkpointPath, quint64 serial) {
  m_stop.store(false);
  try {
    ModelConfig config = requested;
    std::unique_ptr<Sequential> model;
    QString source;
    if (!checkpointPath.isEmpty()) {
      const std::filesystem::path path = checkpointPath.toStdString();
      SafeTensors file = readSafeTensors(path);
      if (auto recorded = checkpointModelConfig(file)) config = *recorded;
      model = buildModel(config);
      loadStateDict(file, *model, path.string());
      // Briefly, never a path (the header must not widen the window): "LeNet, d2l recipe, test acc 0.808".
      try {
        source = describeWeights(resolveWeights(path.string(), defaultWeightsLibraryOptions()));
      } catch (const std::exception&) {
        source = QString::fromStdString(path.filename().string());  // a PyTorch file without our metadata
      }
    } else {
      model = buildModel(config);
      source = tr("untrained (seed %1)").arg(config.seed);
    }
    ModelInfo info{serial, config, source, makeShapeReport(*model), checkpointPath, {}};
    try {
      info.fields = receptiveFields(*model);
    } catch (const ReceptiveFieldError&) {
      // a layer without a receptive-field rule: the explainers say so instead
    }
    m_stepper.reset();
    m_model = std::move(model);
    m_stepper = std::make_unique<Stepper>(*m_model);
    m_kernels.assign(m_model->size(), SharedTensor());
    m_input = SharedTensor();
    m_serial = serial;
    m_probabilities = SharedTensor();
    emit modelReady(info);
  } catch (const std::exception& error) {
    emit loadFailed(serial, withDetail(tr("These weights cannot be loaded."), QString::fromStdString(error.what())));
  }
  emit requestDone();
}

void InspectWorker::setInput(const Tensor& input, quint64 serial) {
  m_stop.store(false);
  if (m_stepper && serial == m_serial) {
    try {
      m_stepper->setInput(input);
      m_input = SharedTensor(m_stepper->input());  // (1, C, H, W): one copy per input, shared by every snapshot
      m_probabilities = SharedTensor();
      m_lastLayerMs = 0.0;
      emitSnapshot();
    } catch (const std::exception& error) {
      emit failed(withDetail(tr("The network cannot take this input."), QString::fromStdString(error.what())));
    }
  }
  emit requestDone();
}

bool InspectWorker::stepOnce() {
  if (!m_stepper || !m_stepper->hasInput() || m_stepper->atEnd()) return false;
  const auto start = std::chrono::steady_clock::now();
  m_stepper->step();
  m_lastLayerMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  if (m_stepper->atEnd() && m_probabilities.empty()) m_probabilities = SharedTensor(softmax(m_stepper->current()));
  return true;
}

void InspectWorker::step() {
  m_stop.store(false);
  try {
    if (stepOnce()) emitSnapshot();
  } catch (const std::exception& error) {
    emit failed(withDetail(tr("The layer could not be computed."), QString::fromStdString(error.what())));
  }
  emit requestDone();
}

void InspectWorker::back() {
  m_stop.store(false);
  if (m_stepper && m_stepper->back()) emitSnapshot();
  emit requestDone();
}

void InspectWorker::runToEnd() { goTo(m_stepper ? static_cast<int>(m_stepper->layerCount()) : 0); }

void InspectWorker::reset() {
  m_stop.store(false);
  if (m_stepper && m_stepper->hasInput()) {
    while (m_stepper->back()) {
    }
    emitSnapshot();
  }
  emit requestDone();
}

void InspectWorker::goTo(int cursor) {
  m_stop.store(false);
  if (!m_stepper || !m_stepper->hasInput()) {
    emit requestDone();
    return;
  }
  try {
    const int target = std::clamp(cursor, 0, static_cast<int>(m_stepper->layerCount()));
    bool moved = false;
    while (static_cast<int>(m_stepper->cursor()) > target && m_stepper->back()) moved = true;
    while (static_cast<int>(m_stepper->cursor()) < target && !m_stop.load()) {
      if (!stepOnce()) break;
      moved = true;
      emit progress(static_cast<int>(m_stepper->cursor()) - 1, static_cast<int>(m_stepper->layerCount()));
    }
    if (moved) emitSnapshot();
  } catch (const std::exception& error) {
    emit failed(withDetail(tr("The layer could not be computed."), QString::fromStdString(error.what())));
  }
  emit requestDone();
}

void InspectWorker::computeSaliency(int classIndex, bool guided) {
  m_stop.store(false);
  if (m_stepper && m_stepper->hasInput()) {
    try {
      const auto start = std::chrono::steady_clock::now();
      SaliencySnapshot saliency;
      saliency.serial = m_serial;
      saliency.input = m_stepper->input();  // (1, C, H, W)
      const SaliencyResult result = alexnet::computeSaliency(
          *m_model, saliency.input,
          {.classIndex = classIndex, .method = guided ? SaliencyMethod::GuidedBackprop : SaliencyMethod::Gradient});
      saliency.gradient = result.gradient;
      saliency.map = saliencyMap(result.gradient);  // (H, W)
      saliency.probabilities = softmax(result.logits);
      saliency.classIndex = static_cast<int>(result.classIndex);
      saliency.predicted = classIndex < 0;
      saliency.guided = guided;
      saliency.score = result.score;
      saliency.milliseconds =
          std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
      emit saliencyReady(saliency);
    } catch (const std::exception& error) {
      emit failed(withDetail(tr("The saliency map could not be computed."), QString::fromStdString(error.what())));
    }
  }
  emit requestDone();
}

void InspectWorker::emitSnapshot() {
  StepSnapshot snapshot;
  snapshot.serial = m_serial;
  snapshot.cursor = static_cast<int>(m_stepper->cursor());
  snapshot.layerCount = static_cast<int>(m_stepper->layerCount());
  snapshot.layer = snapshot.cursor - 1;
  // The one copy of the values: the stepper keeps its own for back(). (1, C, H, W) or (1, F)
  snapshot.output = snapshot.layer < 0 ? m_input : SharedTensor(m_stepper->current());
  if (snapshot.layer >= 0) {
    const auto index = static_cast<std::size_t>(snapshot.layer);
    const Layer& layer = m_model->layer(index);
    snapshot.layerType = QString::fromUtf8(layer.typeName().data(), static_cast<qsizetype>(layer.typeName().size()));
    snapshot.layerKind = m_stepper->layerKind(index);
    if (const std::optional<ConvLayerView> conv = m_stepper->convLayer(index)) {
      if (m_kernels[index].empty()) m_kernels[index] = SharedTensor(*conv->weight);  // once per model
      snapshot.kernels = m_kernels[index];                                           // (C_out, C_in, k, k)
    }
  } else {
    snapshot.layerType = QStringLiteral("Input");
  }
  snapshot.modelInput = m_input;
  snapshot.probabilities = m_probabilities;
  snapshot.layerMs = m_lastLayerMs;
  emit snapshotReady(snapshot);
}

void InspectWorker::explainUnit(int layer, const UnitIndex& unit, quint64 request) {
  if (m_stepper && m_stepper->hasInput()) {
    UnitExplanationSnapshot explanation = explainStepperUnit(*m_model, *m_stepper, layer, unit);
    explanation.serial = m_serial;
    explanation.request = request;
    emit unitExplained(explanation);
  }
  emit requestDone();
}

}  // namespace alexnet::ui
