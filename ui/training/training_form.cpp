#include "ui/training/training_form.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <algorithm>

#include "alexnet/core/models/model_presets.h"
#include "alexnet/core/train/throughput_probe.h"
#include "alexnet/core/train/training_run.h"
#include "ui/localized_text.h"
#include "ui/training/throughput_probe.h"

namespace alexnet::ui {

namespace {

// The Training screen's presets in combo order, from core's table (models/model_presets.h).
const ModelPreset kPresets[] = {modelPreset("lenet"), modelPreset("alexnet-slim"), modelPreset("alexnet")};

// The side a network written as code takes (its X); 224, as the reader, for code that does not parse.
std::int64_t codeInputSize(const ModelConfig& config) {
  try {
    return effectiveInputSize(config);
  } catch (const std::exception&) {
    return defaultInputSize(ModelKind::Code);
  }
}

}  // namespace

QString TrainingForm::presetKeyFor(const ModelConfig& config) {
  if (config.kind == ModelKind::Code) return QStringLiteral("code");
  for (const ModelPreset& preset : kPresets)
    if (preset.kind == config.kind && (config.kind == ModelKind::LeNet || preset.widths == config.widths))
      return QString::fromLatin1(preset.key.data(), static_cast<qsizetype>(preset.key.size()));
  return QStringLiteral("custom");
}

TrainingForm::TrainingForm(QWidget* parent) : QGroupBox(tr("Run"), parent), m_probe(new ThroughputProbe(this)) {
  m_dataDirectory = QSettings().value(QStringLiteral("data/directory"), defaultDataDirectory()).toString();
  m_preset = new QComboBox(this);
  m_preset->setObjectName(QStringLiteral("trainingModel"));
  m_preset->addItem(tr("LeNet (28×28)"));
  m_preset->addItem(tr("AlexNet, slim (96×96, CPU-practical)"));
  m_preset->addItem(tr("AlexNet, d2l (224×224, very slow on a CPU)"));
  m_inputSize = new QSpinBox(this);
  m_inputSize->setRange(28, 512);
  m_widths = new QLineEdit(this);
  m_widths->setToolTip(tr("AlexNet's conv channels c1..c5 and dense widths f1, f2"));
  m_learningRate = new QDoubleSpinBox(this);
  m_learningRate->setDecimals(4);
  m_learningRate->setRange(0.0001, 10.0);
  m_learningRate->setSingleStep(0.01);
  m_batchSize = new QSpinBox(this);
  m_batchSize->setRange(1, 4096);
  m_epochs = new QSpinBox(this);
  m_epochs->setRange(1, 1000);
  m_limit = new QSpinBox(this);
  m_limit->setRange(0, 60000);
  m_limit->setSingleStep(1000);
  m_limit->setSpecialValueText(tr("all 60000"));
  m_seed = new QSpinBox(this);
  m_seed->setRange(0, 1000000);
  m_sampleIndex = new QSpinBox(this);
  m_sampleIndex->setObjectName(QStringLiteral("liveSampleIndex"));
  m_sampleIndex->setRange(0, 9999);
  m_sampleIndex->setPrefix(QStringLiteral("#"));
  m_sampleIndex->setToolTip(
      tr("The Fashion-MNIST test image whose feature maps and class probabilities are shown while training"));
  m_momentum = new QDoubleSpinBox(this);
  m_momentum->setRange(0.0, 0.99);
  m_momentum->setSingleStep(0.1);
  m_weightDecay = new QDoubleSpinBox(this);
  m_weightDecay->setDecimals(5);
  m_weightDecay->setRange(0.0, 1.0);
  m_weightDecay->setSingleStep(0.0001);
  m_expectedTime = new QLabel(this);
  m_expectedTime->setObjectName(QStringLiteral("expectedTime"));
  m_expectedTime->setWordWrap(true);

  auto* form = new QFormLayout(this);
  form->addRow(tr("Model"), m_preset);
  form->addRow(tr("Input size"), m_inputSize);
  form->addRow(tr("Widths"), m_widths);
  form->addRow(tr("Learning rate"), m_learningRate);
  form->addRow(tr("Batch size"), m_batchSize);
  form->addRow(tr("Epochs"), m_epochs);
  form->addRow(tr("Training images"), m_limit);
  form->addRow(tr("Seed"), m_seed);
  form->addRow(tr("Momentum"), m_momentum);
  form->addRow(tr("Weight decay"), m_weightDecay);
  form->addRow(tr("Live sample"), m_sampleIndex);
  auto* defaults = new QPushButton(tr("d2l defaults"), this);
  form->addRow(QString(), defaults);
  form->addRow(m_expectedTime);

  connect(m_preset, &QComboBox::currentIndexChanged, this, &TrainingForm::applyPreset);
  connect(defaults, &QPushButton::clicked, this, [this] { applyPreset(m_preset->currentIndex()); });
  connect(m_probe, &ThroughputProbe::measured, this, [this](double rate) {
    m_measuredRate = rate;
    updateExpectedTime();
  });
  connect(m_widths, &QLineEdit::editingFinished, this, &TrainingForm::updateExpectedTime);
  for (QSpinBox* box : {m_epochs, m_limit, m_inputSize, m_batchSize})
    connect(box, &QSpinBox::valueChanged, this, &TrainingForm::updateExpectedTime);
  applyPreset(0);
}

ModelKind TrainingForm::kindAt(int index) const {
  return index >= 0 && index < static_cast<int>(std::size(kPresets)) ? kPresets[index].kind : ModelKind::Code;
}

void TrainingForm::setCodeModel(const ModelConfig& config) {
  m_codeConfig = config;
  const int index = static_cast<int>(std::size(kPresets));
  if (m_preset->count() <= index) m_preset->addItem(QString());
  m_preset->setItemText(index, tr("Code: %1").arg(QString::fromStdString(config.codeName)));
  if (m_preset->currentIndex() == index)
    applyPreset(index);  // another network in the same entry
  else
    m_preset->setCurrentIndex(index);
}

void TrainingForm::applyPreset(int index) {
  if (index < 0 || index >= m_preset->count()) return;
  const ModelKind kind = kindAt(index);
  const TrainingRecipe defaults = d2lRecipe(kind);
  const bool code = kind == ModelKind::Code;
  // A network written as code takes the input its code was written for (its Linear sizes depend on it).
  const std::int64_t side = code ? codeInputSize(m_codeConfig) : kPresets[index].trainingInputSize;
  m_inputSize->setValue(static_cast<int>(side));
  m_inputSize->setEnabled(!code && !m_running);
  m_widths->setText(code ? QString() : QString::fromStdString(toString(kPresets[index].widths)));
  m_widths->setEnabled(kind == ModelKind::AlexNet && !m_running);
  m_learningRate->setValue(defaults.sgd.learningRate);
  m_batchSize->setValue(static_cast<int>(defaults.batchSize));
  m_epochs->setValue(static_cast<int>(defaults.epochs));
  m_momentum->setValue(defaults.sgd.momentum);
  m_weightDecay->setValue(defaults.sgd.weightDecay);
  m_lrSchedule = defaults.lrSchedule;
  emit modelKindChanged(kind);
  updateExpectedTime();
}

ModelConfig TrainingForm::modelConfig(QString* error) const {
  ModelConfig config;
  config.kind = kindAt(std::max(0, m_preset->currentIndex()));
  config.inputSize = m_inputSize->value();
  if (config.kind == ModelKind::Code) config = m_codeConfig;  // its own input size (inputSize 0: the code's X)
  config.seed = static_cast<std::uint64_t>(m_seed->value());
  if (config.kind == ModelKind::AlexNet) {
    try {
      config.widths = parseWidths(m_widths->text().toStdString());
    } catch (const std::exception& e) {
      if (error) *error = withDetail(tr("The widths are not valid."), QString::fromStdString(e.what()));
    }
  }
  return config;
}

TrainingRequest TrainingForm::request() const {
  TrainingRequest r = d2lDefaultRequest(modelConfig(nullptr));
  r.epochs = m_epochs->value();
  r.batchSize = m_batchSize->value();
  r.sgd.learningRate = static_cast<float>(m_learningRate->value());
  r.sgd.momentum = static_cast<float>(m_momentum->value());
  r.sgd.weightDecay = static_cast<float>(m_weightDecay->value());
  r.lrSchedule = m_lrSchedule;
  r.limit = m_limit->value();
  r.sampleIndex = m_sampleIndex->value();
  r.poisonAtEpoch = m_poisonAtEpoch;
  r.dataDirectory = m_dataDirectory;
  return r;
}

void TrainingForm::setRequest(const TrainingRequest& r) {
  int index = 0;
  for (int i = 0; i < static_cast<int>(std::size(kPresets)); ++i)
    if (kPresets[i].key == presetKeyFor(r.model).toStdString()) index = i;
  if (r.model.kind == ModelKind::Code)
    setCodeModel(r.model);  // selects it with its defaults, overwritten below
  else
    m_preset->setCurrentIndex(index);  // applies the preset's defaults, overwritten below
  m_inputSize->setValue(static_cast<int>(codeInputSize(r.model)));
  m_widths->setText(QString::fromStdString(toString(r.model.widths)));
  m_seed->setValue(static_cast<int>(r.model.seed));
  m_epochs->setValue(static_cast<int>(r.epochs));
  m_batchSize->setValue(static_cast<int>(r.batchSize));
  m_learningRate->setValue(r.sgd.learningRate);
  m_momentum->setValue(r.sgd.momentum);
  m_weightDecay->setValue(r.sgd.weightDecay);
  m_lrSchedule = r.lrSchedule;
  m_limit->setValue(static_cast<int>(r.limit));
  m_sampleIndex->setValue(r.sampleIndex);
  m_poisonAtEpoch = r.poisonAtEpoch;
  if (!r.dataDirectory.isEmpty()) m_dataDirectory = r.dataDirectory;
  updateExpectedTime();
}

double TrainingForm::momentum() const { return m_momentum->value(); }

void TrainingForm::setRunning(bool running) {
  m_running = running;
  if (running) m_probe->cancel();  // the warm-up must not compete with the run
  for (QWidget* w : std::initializer_list<QWidget*>{m_preset, m_inputSize, m_learningRate, m_batchSize, m_epochs,
                                                    m_limit, m_seed, m_momentum, m_weightDecay, m_sampleIndex})
    w->setEnabled(!running);
  const ModelKind kind = kindAt(std::max(0, m_preset->currentIndex()));
  m_widths->setEnabled(!running && kind == ModelKind::AlexNet);
  m_inputSize->setEnabled(!running && kind != ModelKind::Code);
  if (!running) {
    m_measuredBatch = -1;  // measure again: the machine may be busier or idler now
    updateExpectedTime();
  }
}

// The estimate comes from a two-minibatch warm-up of this network on this machine (ThroughputProbe),
// measured again whenever the model or the batch size changes.
void TrainingForm::updateExpectedTime() {
  QString error;
  const ModelConfig config = modelConfig(&error);
  if (!error.isEmpty() || m_running) return;
  const bool sameNetwork = m_measuredConfig.kind == config.kind && m_measuredConfig.inputSize == config.inputSize &&
                           m_measuredConfig.widths == config.widths && m_measuredConfig.code == config.code;
  if (!sameNetwork || m_measuredBatch != m_batchSize->value()) {
    m_measuredConfig = config;
    m_measuredBatch = m_batchSize->value();
    m_measuredRate = 0.0;
    m_probe->measure(config, m_batchSize->value());
  }
  if (m_measuredRate <= 0) {
    m_expectedTime->setText(tr("Expected time: measuring this machine's speed…"));
    return;
  }
  const std::int64_t images = m_limit->value() > 0 ? m_limit->value() : 60000;
  const std::int64_t testImages = m_limit->value() > 0 ? std::min(10000, m_limit->value()) : 10000;
  const double seconds = estimateTrainingSeconds(m_measuredRate, m_epochs->value(), images, testImages);
  m_expectedTime->setText(tr("Expected time: about %1 (%2 examples/s, measured here)")
                              .arg(localizedDuration(seconds))
                              .arg(m_measuredRate, 0, 'f', 0));
}

}  // namespace alexnet::ui
