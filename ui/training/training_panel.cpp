#include "ui/training/training_panel.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <cmath>

#include "ui/charts/training_chart_widget.h"
#include "ui/training/kernel_grid_view.h"
#include "ui/training/live_sample_view.h"
#include "ui/training/memory_check.h"
#include "ui/training/run_log.h"
#include "ui/training/run_log_model.h"

namespace alexnet::ui {

namespace {

struct Preset {
  const char* key;
  ModelKind kind;
  int inputSize;
  AlexNetWidths widths;
  double fallbackExamplesPerSecond;  // rough 2-core figure until a run of this preset measured one
                                     // (LeNet: 30,000–40,000 measured on an idle 2-core Zen 5)
};

const Preset kPresets[] = {
    {"lenet", ModelKind::LeNet, 28, AlexNetWidths{}, 20000.0},
    {"alexnet-slim", ModelKind::AlexNet, 96, AlexNetWidths{{12, 32, 48, 48, 32, 64, 64}}, 250.0},
    {"alexnet", ModelKind::AlexNet, 224, AlexNetWidths{}, 8.0},
};

QString formatDuration(double seconds) {
  if (!std::isfinite(seconds) || seconds < 0) return QStringLiteral("?");
  const auto total = static_cast<long long>(std::llround(seconds));
  if (total >= 3600) return QStringLiteral("%1 h %2 min").arg(total / 3600).arg((total / 60) % 60, 2, 10, QLatin1Char('0'));
  if (total >= 60) return QStringLiteral("%1 min %2 s").arg(total / 60).arg(total % 60, 2, 10, QLatin1Char('0'));
  return QStringLiteral("%1 s").arg(total);
}

QString presetKeyFor(const ModelConfig& config) {
  for (const Preset& preset : kPresets)
    if (preset.kind == config.kind && (config.kind == ModelKind::LeNet || preset.widths == config.widths))
      return QString::fromLatin1(preset.key);
  return QStringLiteral("custom");
}

}  // namespace

TrainingPanel::TrainingPanel(QWidget* parent) : QWidget(parent), m_worker(new TrainingWorker) {
  setObjectName(QStringLiteral("trainingPanel"));
  registerTrainingMetaTypes();
  m_worker->moveToThread(&m_thread);
  connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
  connect(m_worker, &TrainingWorker::progress, this, &TrainingPanel::onProgress);
  connect(m_worker, &TrainingWorker::finished, this, &TrainingPanel::onFinished);
  connect(m_worker, &TrainingWorker::statusMessage, this, [this](const QString& message) { m_status->setText(message); });
  m_thread.setObjectName(QStringLiteral("training"));
  m_thread.start();

  QSettings settings;
  m_runsDirectory = settings.value(QStringLiteral("training/runsDirectory"),
                                   QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                                       .filePath(QStringLiteral("runs")))
                        .toString();
  m_dataDirectory = settings.value(QStringLiteral("data/directory"), QStringLiteral("/usr/share/datasets/fashion-mnist")).toString();

  // The form.
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
  m_sampleIndex->setToolTip(tr("The Fashion-MNIST test image whose feature maps and class probabilities are shown while training"));
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

  auto* form = new QFormLayout;
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
  auto* settingsBox = new QGroupBox(tr("Run"), this);
  settingsBox->setLayout(form);

  m_start = new QPushButton(tr("Start"), this);
  m_start->setObjectName(QStringLiteral("startTraining"));
  m_pause = new QPushButton(tr("Pause"), this);
  m_pause->setObjectName(QStringLiteral("pauseTraining"));
  m_stop = new QPushButton(tr("Stop"), this);
  m_stop->setObjectName(QStringLiteral("stopTraining"));
  auto* buttons = new QHBoxLayout;
  buttons->addWidget(m_start);
  buttons->addWidget(m_pause);
  buttons->addWidget(m_stop);
  m_openLog = new QPushButton(tr("Open run log…"), this);
  m_openInInspect = new QPushButton(tr("Open in Inspect"), this);
  m_openInInspect->setToolTip(tr("Load this run's checkpoint on the Inspect screen"));
  auto* moreButtons = new QHBoxLayout;
  moreButtons->addWidget(m_openLog);
  moreButtons->addWidget(m_openInInspect);

  m_progress = new QProgressBar(this);
  m_progress->setObjectName(QStringLiteral("trainingProgress"));
  m_progress->setRange(0, 1000);
  m_progress->setValue(0);
  m_progress->setFormat(tr("epoch –"));
  m_speed = new QLabel(tr("– examples/s · elapsed – · ETA –"), this);
  m_speed->setObjectName(QStringLiteral("trainingSpeed"));
  m_status = new QLabel(this);
  m_status->setObjectName(QStringLiteral("trainingStatus"));
  m_status->setWordWrap(true);
  m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
  m_kernels = new KernelGridView(this);
  connect(m_worker, &TrainingWorker::kernels, m_kernels, &KernelGridView::setKernels);
  auto* kernelTitle = new QLabel(tr("conv1 kernels (live)"), this);

  auto* left = new QWidget(this);
  auto* leftLayout = new QVBoxLayout(left);
  leftLayout->setContentsMargins(0, 0, 0, 0);
  leftLayout->addWidget(settingsBox);
  leftLayout->addLayout(buttons);
  leftLayout->addLayout(moreButtons);
  leftLayout->addWidget(m_progress);
  leftLayout->addWidget(m_speed);
  leftLayout->addWidget(m_status);
  leftLayout->addWidget(kernelTitle);
  leftLayout->addWidget(m_kernels, 1);
  left->setMinimumWidth(300);
  left->setMaximumWidth(420);

  m_chart = new TrainingChartWidget(this);
  m_sample = new LiveSampleView(this);
  connect(m_worker, &TrainingWorker::sample, m_sample, &LiveSampleView::setSnapshot);
  auto* right = new QSplitter(Qt::Vertical, this);
  right->addWidget(m_chart);
  right->addWidget(m_sample);
  right->setStretchFactor(0, 3);
  right->setStretchFactor(1, 2);
  right->setChildrenCollapsible(false);
  auto* layout = new QHBoxLayout(this);
  layout->addWidget(left);
  layout->addWidget(right, 1);

  connect(m_preset, &QComboBox::currentIndexChanged, this, &TrainingPanel::applyPreset);
  connect(defaults, &QPushButton::clicked, this, [this] { applyPreset(m_preset->currentIndex()); });
  connect(m_start, &QPushButton::clicked, this, &TrainingPanel::start);
  connect(m_pause, &QPushButton::clicked, this, [this] { isPaused() ? resume() : pause(); });
  connect(m_stop, &QPushButton::clicked, this, &TrainingPanel::stop);
  connect(m_openLog, &QPushButton::clicked, this, &TrainingPanel::openRunLogDialog);
  connect(m_openInInspect, &QPushButton::clicked, this, [this] {
    if (!m_lastCheckpoint.isEmpty()) emit openCheckpointRequested(m_lastCheckpoint);
  });
  for (QSpinBox* box : {m_epochs, m_limit, m_inputSize})
    connect(box, &QSpinBox::valueChanged, this, &TrainingPanel::updateExpectedTime);

  applyPreset(0);
  m_chart->setReference(ModelKind::LeNet);
  updateButtons();
}

TrainingPanel::~TrainingPanel() {
  m_worker->requestStop();
  m_thread.quit();
  m_thread.wait();
}

void TrainingPanel::applyPreset(int index) {
  if (index < 0 || index >= static_cast<int>(std::size(kPresets))) return;
  const Preset& preset = kPresets[index];
  ModelConfig config;
  config.kind = preset.kind;
  const TrainingRequest defaults = d2lDefaultRequest(config);
  m_inputSize->setValue(preset.inputSize);
  m_widths->setText(QString::fromStdString(toString(preset.widths)));
  m_widths->setEnabled(preset.kind == ModelKind::AlexNet);
  m_learningRate->setValue(defaults.sgd.learningRate);
  m_batchSize->setValue(static_cast<int>(defaults.batchSize));
  m_epochs->setValue(static_cast<int>(defaults.epochs));
  m_momentum->setValue(defaults.sgd.momentum);
  m_weightDecay->setValue(defaults.sgd.weightDecay);
  if (!m_running) m_chart->setReference(preset.kind);
  updateExpectedTime();
}

ModelConfig TrainingPanel::modelConfig(QString* error) const {
  ModelConfig config;
  const int index = std::max(0, m_preset->currentIndex());
  config.kind = kPresets[index].kind;
  config.inputSize = m_inputSize->value();
  config.seed = static_cast<std::uint64_t>(m_seed->value());
  if (config.kind == ModelKind::AlexNet) {
    try {
      config.widths = parseWidths(m_widths->text().toStdString());
    } catch (const std::exception& e) {
      if (error) *error = tr("Widths: %1").arg(QString::fromStdString(e.what()));
    }
  }
  return config;
}

TrainingRequest TrainingPanel::request() const {
  TrainingRequest r = d2lDefaultRequest(modelConfig(nullptr));
  r.epochs = m_epochs->value();
  r.batchSize = m_batchSize->value();
  r.sgd.learningRate = static_cast<float>(m_learningRate->value());
  r.sgd.momentum = static_cast<float>(m_momentum->value());
  r.sgd.weightDecay = static_cast<float>(m_weightDecay->value());
  r.limit = m_limit->value();
  r.sampleIndex = m_sampleIndex->value();
  r.poisonAtEpoch = m_poisonAtEpoch;
  r.dataDirectory = m_dataDirectory;
  return r;
}

void TrainingPanel::setRequest(const TrainingRequest& r) {
  int index = 0;
  for (int i = 0; i < static_cast<int>(std::size(kPresets)); ++i)
    if (QString::fromLatin1(kPresets[i].key) == presetKeyFor(r.model)) index = i;
  m_preset->setCurrentIndex(index);  // applies the preset's defaults, overwritten below
  m_inputSize->setValue(static_cast<int>(effectiveInputSize(r.model)));
  m_widths->setText(QString::fromStdString(toString(r.model.widths)));
  m_seed->setValue(static_cast<int>(r.model.seed));
  m_epochs->setValue(static_cast<int>(r.epochs));
  m_batchSize->setValue(static_cast<int>(r.batchSize));
  m_learningRate->setValue(r.sgd.learningRate);
  m_momentum->setValue(r.sgd.momentum);
  m_weightDecay->setValue(r.sgd.weightDecay);
  m_limit->setValue(static_cast<int>(r.limit));
  m_sampleIndex->setValue(r.sampleIndex);
  m_poisonAtEpoch = r.poisonAtEpoch;
  if (!r.dataDirectory.isEmpty()) m_dataDirectory = r.dataDirectory;
  updateExpectedTime();
}

void TrainingPanel::setRunsDirectory(const QString& path) { m_runsDirectory = path; }
void TrainingPanel::setDataDirectory(const QString& path) { m_dataDirectory = path; }

bool TrainingPanel::isPaused() const { return m_running && m_worker->isPaused(); }

void TrainingPanel::updateExpectedTime() {
  const int index = std::max(0, m_preset->currentIndex());
  const Preset& preset = kPresets[index];
  const double sideRatio = std::pow(m_inputSize->value() / static_cast<double>(preset.inputSize), 2.0);
  const double rate = QSettings().value(QStringLiteral("training/examplesPerSecond/%1").arg(QLatin1String(preset.key)),
                                        preset.fallbackExamplesPerSecond / sideRatio).toDouble();
  const double images = m_limit->value() > 0 ? m_limit->value() : 60000.0;
  const double testImages = m_limit->value() > 0 ? std::min(10000, m_limit->value()) : 10000.0;
  const double seconds = m_epochs->value() * (images + testImages / 3.0) / std::max(rate, 1e-3);  // eval ≈ 3× faster
  m_expectedTime->setText(tr("Expected time: about %1 (%2 examples/s)").arg(formatDuration(seconds)).arg(rate, 0, 'f', 0));
}

void TrainingPanel::showError(const QString& message) {
  m_lastError = message;
  m_status->setText(QStringLiteral("<span style='color:#b00020'>%1</span>").arg(message.toHtmlEscaped()));
}

void TrainingPanel::start() {
  if (m_running) return;
  QString error;
  const ModelConfig config = modelConfig(&error);
  if (!error.isEmpty()) return showError(error);
  TrainingRequest r = request();
  r.model = config;
  // Refused before anything changes when the run could not fit in memory (docs/hardening.md, Limits).
  if (const QString problem = trainingMemoryProblem(config, r.batchSize, availableMemoryBytes()); !problem.isEmpty())
    return showError(problem);
  const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
  m_runKey = presetKeyFor(config);
  r.runDirectory = QDir(m_runsDirectory).filePath(QStringLiteral("%1-%2").arg(stamp, m_runKey));
  m_lastError.clear();
  m_running = true;
  m_lastExamplesPerSecond = 0.0;
  m_chart->setReference(config.kind);
  m_chart->setEpochRange(static_cast<double>(r.epochs));
  m_liveRun = m_chart->addRun(tr("%1 run %2").arg(m_runKey).arg(m_chart->runCount() + 1), config.kind);
  m_epochsCompleted = 0;
  m_progress->setValue(0);
  m_progress->setFormat(tr("epoch 1/%1").arg(r.epochs));
  m_worker->prepare();
  TrainingWorker* worker = m_worker;
  QMetaObject::invokeMethod(worker, [worker, r] { worker->run(r); }, Qt::QueuedConnection);
  updateButtons();
}

void TrainingPanel::pause() {
  if (!m_running) return;
  m_worker->setPaused(true);
  m_status->setText(tr("Paused after the current minibatch."));
  updateButtons();
}

void TrainingPanel::resume() {
  if (!m_running) return;
  m_worker->setPaused(false);
  m_status->setText(tr("Training…"));
  updateButtons();
}

void TrainingPanel::stop() {
  if (!m_running) return;
  m_worker->requestStop();
  m_status->setText(tr("Stopping after the current minibatch…"));
}

void TrainingPanel::onProgress(const TrainProgress& p) {
  if (!m_running) return;
  if (p.kind != ProgressKind::Step)
    m_chart->appendPoint(m_liveRun, p.epochFraction, p.trainLoss, p.trainAccuracy, p.testAccuracy);
  const double total = std::max<double>(1.0, static_cast<double>(p.epochs));
  m_progress->setValue(static_cast<int>(std::lround(1000.0 * std::min(p.epochFraction, total) / total)));
  m_progress->setFormat(tr("epoch %1/%2 · batch %3/%4")
                            .arg(std::min(p.epoch + 1, p.epochs)).arg(p.epochs).arg(p.batch).arg(p.batchesPerEpoch));
  m_speed->setText(tr("%1 examples/s · elapsed %2 · ETA %3")
                       .arg(p.examplesPerSecond, 0, 'f', 0)
                       .arg(formatDuration(p.elapsedSeconds), formatDuration(p.etaSeconds)));
  if (p.examplesPerSecond > 0) m_lastExamplesPerSecond = p.examplesPerSecond;
  if (p.kind == ProgressKind::EpochEnd) m_epochsCompleted = static_cast<int>(p.epoch + 1);
  if (p.kind == ProgressKind::EpochEnd)
    m_status->setText(tr("Epoch %1: loss %2, train acc %3, test acc %4")
                          .arg(p.epoch + 1)
                          .arg(p.trainLoss, 0, 'f', 3)
                          .arg(p.trainAccuracy, 0, 'f', 3)
                          .arg(p.testAccuracy.value_or(0.0), 0, 'f', 3));
}

void TrainingPanel::onFinished(const TrainingOutcome& outcome) {
  m_running = false;
  m_chart->flush();
  if (!outcome.checkpointPath.isEmpty()) m_lastCheckpoint = outcome.checkpointPath;
  if (m_lastExamplesPerSecond > 0 && m_runKey != QLatin1String("custom"))
    QSettings().setValue(QStringLiteral("training/examplesPerSecond/%1").arg(m_runKey), m_lastExamplesPerSecond);
  if (outcome.failed || outcome.status == TrainStatus::Diverged || !outcome.saveError.isEmpty()) {
    showError(outcome.message);
  } else {
    m_status->setText(outcome.message + (outcome.logPath.isEmpty() ? QString() : tr(" Log: %1").arg(outcome.logPath)));
  }
  updateButtons();
  updateExpectedTime();
  emit runFinished(outcome);
}

void TrainingPanel::updateButtons() {
  m_start->setEnabled(!m_running);
  m_pause->setEnabled(m_running);
  m_pause->setText(isPaused() ? tr("Resume") : tr("Pause"));
  m_stop->setEnabled(m_running);
  m_openInInspect->setEnabled(!m_lastCheckpoint.isEmpty());
  for (QWidget* w : std::initializer_list<QWidget*>{m_preset, m_inputSize, m_learningRate, m_batchSize, m_epochs, m_limit,
                                                    m_seed, m_momentum, m_weightDecay, m_sampleIndex})
    w->setEnabled(!m_running);
  m_widths->setEnabled(!m_running && kPresets[std::max(0, m_preset->currentIndex())].kind == ModelKind::AlexNet);
}

bool TrainingPanel::loadRunLog(const QString& path) {
  RunLogReader reader;
  if (!reader.read(path)) {
    showError(reader.error());
    return false;
  }
  const RunLog& log = reader.log();
  const RunLogModel model = runLogModel(path);
  const int run = m_chart->addRun(QFileInfo(path).completeBaseName(), model.kind);
  double epochs = 1.0;
  for (const RunLogRow& row : log.rows) {
    m_chart->appendPoint(run, row.epochFraction, row.trainLoss, row.trainAccuracy, row.testAccuracy);
    epochs = std::max(epochs, row.epochFraction);
  }
  m_chart->setEpochRange(epochs);
  m_chart->flush();
  m_lastError.clear();
  m_status->setText(model.kind ? tr("Loaded %1 (%2 rows, %3 according to %4).")
                                     .arg(path)
                                     .arg(log.rows.size())
                                     .arg(QString::fromStdString(modelName(*model.kind)), model.evidence)
                               : tr("Loaded %1 (%2 rows; its model is not known, so no reference of its own).")
                                     .arg(path)
                                     .arg(log.rows.size()));
  return true;
}

void TrainingPanel::openRunLogDialog() {
  const QString path = QFileDialog::getOpenFileName(this, tr("Open run log"), m_runsDirectory, tr("Run logs (*.csv)"));
  if (!path.isEmpty()) loadRunLog(path);
}

bool TrainingPanel::confirmClose() {
  if (!m_running) return true;
  const auto answer = QMessageBox::question(this, tr("Training is running"),
                                            tr("Stop training and close? The checkpoint of the last complete epoch is kept."));
  if (answer != QMessageBox::Yes) return false;
  m_worker->requestStop();
  return true;
}

}  // namespace alexnet::ui
