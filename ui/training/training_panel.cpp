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
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "ui/breakable_text.h"
#include "ui/charts/training_chart_widget.h"
#include "ui/training/kernel_grid_view.h"
#include "ui/training/live_sample_view.h"
#include "ui/training/memory_check.h"
#include "ui/training/run_log.h"
#include "ui/training/run_log_model.h"
#include "ui/inspect/weights_chooser.h"
#include "ui/inspect/weights_text.h"
#include "ui/localized_text.h"
#include "ui/training/training_form.h"

#include "alexnet/core/exec/thread_priority.h"
#include "alexnet/core/io/checkpoint.h"
#include "alexnet/core/io/weights_library.h"
#include "alexnet/core/train/training_run.h"

namespace alexnet::ui {

TrainingPanel::TrainingPanel(QWidget* parent)
    : QWidget(parent), m_worker(new TrainingWorker), m_form(new TrainingForm(this)) {
  setObjectName(QStringLiteral("trainingPanel"));
  registerTrainingMetaTypes();
  m_worker->moveToThread(&m_thread);
  connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
  connect(m_worker, &TrainingWorker::progress, this, &TrainingPanel::onProgress);
  connect(m_worker, &TrainingWorker::finished, this, &TrainingPanel::onFinished);
  connect(m_worker, &TrainingWorker::statusMessage, this,
          [this](const QString& message) { m_status->setText(message); });
  m_thread.setObjectName(QStringLiteral("training"));
  m_thread.start();
  // Training (and the pool threads it starts) yields to the GUI thread: the window stays live.
  QMetaObject::invokeMethod(
      m_worker, [] { alexnet::lowerCurrentThreadPriority(); }, Qt::QueuedConnection);

  QSettings settings;
  m_runsDirectory =
      settings.value(QStringLiteral("training/runsDirectory"), QString::fromStdString(defaultRunsDirectory().string()))
          .toString();

  m_start = new QPushButton(tr("Start"), this);
  m_start->setObjectName(QStringLiteral("startTraining"));
  m_pause = new QPushButton(tr("Pause"), this);
  m_pause->setObjectName(QStringLiteral("pauseTraining"));
  m_stop = new QPushButton(tr("Stop"), this);
  m_stop->setObjectName(QStringLiteral("stopTraining"));
  m_continue = new QPushButton(tr("Continue…"), this);
  m_continue->setObjectName(QStringLiteral("continueTraining"));
  m_continue->setToolTip(tr("Continue a stopped or interrupted run from its last checkpoint"));
  auto* buttons = new QHBoxLayout;
  buttons->addWidget(m_start);
  buttons->addWidget(m_continue);
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
  m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);  // a long message wraps, never widens
  m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
  m_kernels = new KernelGridView(this);
  connect(m_worker, &TrainingWorker::kernels, m_kernels, &KernelGridView::setKernels);
  auto* kernelTitle = new QLabel(tr("conv1 kernels (live)"), this);

  auto* left = new QWidget(this);
  auto* leftLayout = new QVBoxLayout(left);
  leftLayout->setContentsMargins(0, 0, 0, 0);
  leftLayout->addWidget(m_form);
  leftLayout->addLayout(buttons);
  leftLayout->addLayout(moreButtons);
  leftLayout->addWidget(m_progress);
  leftLayout->addWidget(m_speed);
  leftLayout->addWidget(m_status);
  leftLayout->addWidget(kernelTitle);
  leftLayout->addWidget(m_kernels, 1);
  // The column scrolls when the window is short (1024×700), and is as wide as the form needs.
  auto* leftScroll = new QScrollArea(this);
  leftScroll->setWidget(left);
  leftScroll->setWidgetResizable(true);
  leftScroll->setFrameShape(QFrame::NoFrame);
  leftScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  const int leftWidth = left->minimumSizeHint().width() + leftScroll->verticalScrollBar()->sizeHint().width();
  leftScroll->setMinimumWidth(std::clamp(leftWidth, 300, 460));
  leftScroll->setMaximumWidth(460);

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
  layout->addWidget(leftScroll);
  layout->addWidget(right, 1);

  connect(m_form, &TrainingForm::modelKindChanged, this, [this](ModelKind kind) {
    if (!m_running) m_chart->setReference(kind);
    showTrainedPreview();
  });
  connect(m_start, &QPushButton::clicked, this, &TrainingPanel::start);
  connect(m_pause, &QPushButton::clicked, this, [this] { isPaused() ? resume() : pause(); });
  connect(m_stop, &QPushButton::clicked, this, &TrainingPanel::stop);
  connect(m_continue, &QPushButton::clicked, this, &TrainingPanel::continueRunDialog);
  connect(m_openLog, &QPushButton::clicked, this, &TrainingPanel::openRunLogDialog);
  connect(m_openInInspect, &QPushButton::clicked, this, [this] {
    if (!m_lastCheckpoint.isEmpty()) emit openCheckpointRequested(m_lastCheckpoint);
  });

  m_chart->setReference(ModelKind::LeNet);
  updateButtons();
  showTrainedPreview();
}

// Before a run the live sample shows what a trained network of the chosen kind makes of the image
// (the bundled weights), not an empty box.
void TrainingPanel::showTrainedPreview() {
  if (m_running) return;
  const ModelConfig config = m_form->modelConfig(nullptr);
  std::optional<WeightsEntry> entry;
  try {
    entry = WeightsChooser::defaultEntry(listWeights(defaultWeightsLibraryOptions()), config,
                                         TrainingForm::presetKeyFor(config));
  } catch (const std::exception&) {
    return;
  }
  if (!entry) {  // nothing trained of this network ships: no preview rather than another network's
    m_sample->clear();
    m_kernels->setKernels({});
    return;
  }
  const QString path = QString::fromStdString(entry->path.string());
  const QString note = tr("trained weights before any run: %1").arg(describeWeights(*entry));
  TrainingWorker* worker = m_worker;
  const TrainingRequest r = request();
  QMetaObject::invokeMethod(
      worker, [worker, r, path, note] { worker->preview(r, path, note); }, Qt::QueuedConnection);
}

TrainingPanel::~TrainingPanel() {
  m_worker->requestStop();
  m_thread.quit();
  m_thread.wait();
}

TrainingRequest TrainingPanel::request() const { return m_form->request(); }
void TrainingPanel::setRequest(const TrainingRequest& r) { m_form->setRequest(r); }

bool TrainingPanel::setCodeModel(const ModelConfig& config) {
  if (m_running) {
    showError(tr("A run is going: stop it before training another network."));
    return false;
  }
  m_form->setCodeModel(config);
  m_lastError.clear();
  m_status->setText(
      tr("Ready to train %1 (written as code): Start begins a run.").arg(QString::fromStdString(config.codeName)));
  return true;
}

void TrainingPanel::setRunsDirectory(const QString& path) { m_runsDirectory = path; }
void TrainingPanel::setDataDirectory(const QString& path) { m_form->setDataDirectory(path); }

bool TrainingPanel::isPaused() const { return m_running && m_worker->isPaused(); }
bool TrainingPanel::isHeldByPause() const { return m_running && m_worker->isHeld(); }

void TrainingPanel::showError(const QString& message) {
  m_lastError = message;
  m_status->setText(QStringLiteral("<span style='color:#b00020'>%1</span>").arg(message.toHtmlEscaped()));
  m_status->setToolTip(QString());
}

void TrainingPanel::start() {
  if (m_running) return;
  QString error;
  const ModelConfig config = m_form->modelConfig(&error);
  if (!error.isEmpty()) return showError(error);
  TrainingRequest r = request();
  r.model = config;
  // Refused before anything changes when the run could not fit in memory (docs/hardening.md, Limits).
  if (const QString problem = trainingMemoryProblem(config, r.batchSize, m_memoryProbe ? m_memoryProbe() : availableMemoryBytes()); !problem.isEmpty())
    return showError(withDetail(tr("This run does not fit in memory."), problem));
  // A readable name in the runs folder: lenet_2026-12-02_1532.safetensors and .csv.
  const QString stem = QString::fromStdString(runFileStem(config, QDateTime::currentSecsSinceEpoch()));
  r.checkpointPath = QDir(m_runsDirectory).filePath(stem + QStringLiteral(".safetensors"));
  r.logPath = QDir(m_runsDirectory).filePath(stem + QStringLiteral(".csv"));
  m_runKey = TrainingForm::presetKeyFor(config);
  const QString name = config.kind == ModelKind::Code ? QString::fromStdString(config.codeName) : m_runKey;
  launch(r, tr("%1 run %2").arg(name).arg(m_chart->runCount() + 1));
}

bool TrainingPanel::continueRun(const QString& checkpointPath) {
  if (m_running) return false;
  QString error;
  std::optional<TrainingRequest> continued = continueRequest(checkpointPath, request(), &error);
  if (!continued) {
    showError(withDetail(tr("This run cannot be continued."), error));
    return false;
  }
  TrainingRequest r = *continued;
  const QFileInfo info(checkpointPath);
  m_runKey = TrainingForm::presetKeyFor(r.model);
  setRequest(r);
  // The curve so far; the live run continues it.
  m_liveRunContinues = QFileInfo(r.logPath).isFile() && loadRunLog(r.logPath) ? m_lastLogRun : -1;
  launch(r, info.completeBaseName());
  return true;
}

void TrainingPanel::continueRunDialog() {
  if (!m_lastCheckpoint.isEmpty() && m_lastStatus != TrainStatus::Finished) {
    continueRun(m_lastCheckpoint);
    return;
  }
  const QString path =
      QFileDialog::getOpenFileName(this, tr("Continue a run"), m_runsDirectory, tr("Checkpoints (*.safetensors)"));
  if (!path.isEmpty()) continueRun(path);
}

void TrainingPanel::launch(TrainingRequest r, const QString& label) {
  const ModelConfig config = r.model;
  m_lastError.clear();
  m_running = true;
  m_chart->setReference(config.kind);
  m_chart->setEpochRange(static_cast<double>(r.epochs));
  m_liveRun = m_liveRunContinues >= 0 ? m_liveRunContinues : m_chart->addRun(label, config.kind);
  m_liveRunContinues = -1;
  m_epochsCompleted = 0;
  m_progress->setValue(0);
  m_progress->setFormat(tr("epoch 1/%1").arg(r.epochs));
  m_worker->prepare();
  TrainingWorker* worker = m_worker;
  QMetaObject::invokeMethod(
      worker, [worker, r] { worker->run(r); }, Qt::QueuedConnection);
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
                            .arg(std::min(p.epoch + 1, p.epochs))
                            .arg(p.epochs)
                            .arg(p.batch)
                            .arg(p.batchesPerEpoch));
  m_speed->setText(tr("%1 examples/s · elapsed %2 · ETA %3")
                       .arg(p.examplesPerSecond, 0, 'f', 0)
                       .arg(localizedDuration(p.elapsedSeconds), localizedDuration(p.etaSeconds)));
  if (p.kind == ProgressKind::EpochEnd) m_epochsCompleted = static_cast<int>(p.epoch + 1);
  if (p.kind == ProgressKind::EpochEnd) {
    QString text = tr("Epoch %1: loss %2, train acc %3, test acc %4")
                       .arg(p.epoch + 1)
                       .arg(p.trainLoss, 0, 'f', 3)
                       .arg(p.trainAccuracy, 0, 'f', 3)
                       .arg(p.testAccuracy.value_or(0.0), 0, 'f', 3);
    // A recipe stuck at chance (10 classes) after a whole epoch: d2l's plain SGD on AlexNet with a
    // few thousand images does that; momentum is the known fix.
    if (p.testAccuracy.value_or(1.0) < 0.2 && m_form->momentum() == 0.0)
      text +=
          tr(" — still at chance after an epoch: plain SGD stalls here, especially on few images. "
             "Try momentum 0.9 (and more images).");
    m_status->setText(text);
  }
}

void TrainingPanel::onFinished(const TrainingOutcome& outcome) {
  m_running = false;
  m_chart->flush();
  if (!outcome.checkpointPath.isEmpty()) m_lastCheckpoint = outcome.checkpointPath;
  m_lastStatus = outcome.failed ? TrainStatus::Cancelled : outcome.status;
  if (outcome.failed || outcome.status == TrainStatus::Diverged || !outcome.saveError.isEmpty()) {
    showError(outcome.message);
  } else {
    m_status->setText(outcome.message + (outcome.logPath.isEmpty() ? QString() : tr(" Log: %1").arg(outcome.logPath)));
  }
  updateButtons();
  emit runFinished(outcome);
}

void TrainingPanel::updateButtons() {
  m_start->setEnabled(!m_running);
  m_continue->setEnabled(!m_running);
  m_pause->setEnabled(m_running);
  m_pause->setText(isPaused() ? tr("Resume") : tr("Pause"));
  m_stop->setEnabled(m_running);
  m_openInInspect->setEnabled(!m_lastCheckpoint.isEmpty());
  m_form->setRunning(m_running);
}

bool TrainingPanel::loadRunLog(const QString& path) {
  RunLogReader reader;
  if (!reader.read(path)) {
    showError(withDetail(tr("The run log cannot be read."), reader.error()));
    return false;
  }
  const RunLog& log = reader.log();
  const RunLogModel model = runLogModel(path);
  const int run = m_chart->addRun(QFileInfo(path).completeBaseName(), model.kind);
  m_lastLogRun = run;
  double epochs = 1.0;
  for (const RunLogRow& row : log.rows) {
    m_chart->appendPoint(run, row.epochFraction, row.trainLoss, row.trainAccuracy, row.testAccuracy);
    epochs = std::max(epochs, row.epochFraction);
  }
  m_chart->setEpochRange(epochs);
  m_chart->flush();
  m_lastError.clear();
  const QString fileName = QFileInfo(path).fileName();  // the name in the text (a long one wraps), the path as tooltip
  m_status->setText(breakableText(
      model.kind ? tr("Loaded %1 (%2 rows, %3 according to %4).")
                       .arg(fileName)
                       .arg(log.rows.size())
                       .arg(QString::fromStdString(modelName(*model.kind)), QFileInfo(model.evidence).fileName())
                 : tr("Loaded %1 (%2 rows; its model is not known, so no reference of its own).")
                       .arg(fileName)
                       .arg(log.rows.size())));
  m_status->setToolTip(QFileInfo(path).absoluteFilePath());
  return true;
}

void TrainingPanel::openRunLogDialog() {
  const QString path = QFileDialog::getOpenFileName(this, tr("Open run log"), m_runsDirectory, tr("Run logs (*.csv)"));
  if (!path.isEmpty()) loadRunLog(path);
}

bool TrainingPanel::confirmClose() {
  if (!m_running) return true;
  const auto answer =
      QMessageBox::question(this, tr("Training is running"),
                            tr("Stop training and close? It is saved where it stops; Continue… picks it up."));
  if (answer != QMessageBox::Yes) return false;
  m_worker->requestStop();
  return true;
}

double TrainingPanel::expectedExamplesPerSecond() const { return m_form->measuredRate(); }

}  // namespace alexnet::ui
