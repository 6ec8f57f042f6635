#pragma once
// TrainingForm — the Training screen's "Run" box: the model preset (LeNet, slim AlexNet, d2l's
// AlexNet, or a network written as code, handed over by the Network screen), input size, widths, learning rate, batch
// size, epochs, training images, seed, momentum, weight decay and the live sample, with d2l's defaults per model, and
// the expected time measured by a short warm-up of the chosen network on this machine (ThroughputProbe).
#include <QGroupBox>

#include "alexnet/core/models/model_config.h"
#include "ui/training/training_request.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace alexnet::ui {

class ThroughputProbe;

class TrainingForm : public QGroupBox {
  Q_OBJECT
 public:
  explicit TrainingForm(QWidget* parent = nullptr);

  // The network of the form; a bad widths text sets *error (and keeps d2l's widths).
  ModelConfig modelConfig(QString* error) const;
  // Model and recipe from the fields (no paths; data directory, fault injection as set).
  TrainingRequest request() const;
  void setRequest(const TrainingRequest& request);
  void setDataDirectory(const QString& path) { m_dataDirectory = path; }
  // While a run is going the fields are locked and the warm-up does not compete with it.
  void setRunning(bool running);
  double momentum() const;
  // Examples/s of the last warm-up of the form's network and batch on this machine; 0 while measuring.
  double measuredRate() const { return m_measuredRate; }

  // Offers a network written as code (kind Code) as the model, "Code: NAME", and selects it with its
  // recipe (d2l's for such networks); its input size is the code's.
  void setCodeModel(const ModelConfig& config);

  // "lenet", "alexnet-slim", "alexnet", "code" or "custom": the preset a config matches.
  static QString presetKeyFor(const ModelConfig& config);

 signals:
  void modelKindChanged(alexnet::ModelKind kind);  // a preset was applied (the chart's reference)

 private:
  void applyPreset(int index);
  ModelKind kindAt(int index) const;  // of the preset at a chooser index (past the presets: the code)
  void updateExpectedTime();

  QComboBox* m_preset;
  QSpinBox* m_inputSize;
  QLineEdit* m_widths;
  QDoubleSpinBox* m_learningRate;
  QSpinBox* m_batchSize;
  QSpinBox* m_epochs;
  QSpinBox* m_limit;
  QSpinBox* m_seed;
  QSpinBox* m_sampleIndex;
  QDoubleSpinBox* m_momentum;
  QDoubleSpinBox* m_weightDecay;
  QLabel* m_expectedTime;
  ThroughputProbe* m_probe;
  QString m_dataDirectory;
  std::int64_t m_poisonAtEpoch = -1;               // TrainingRequest's fault injection, kept from setRequest() (tests)
  LrSchedule m_lrSchedule = LrSchedule::Constant;  // kept from setRequest() (a continued run's)
  bool m_running = false;
  ModelConfig m_codeConfig;  // behind the chooser's last entry once setCodeModel() added it
  ModelConfig m_measuredConfig;
  int m_measuredBatch = -1;
  double m_measuredRate = 0.0;
};

}  // namespace alexnet::ui
