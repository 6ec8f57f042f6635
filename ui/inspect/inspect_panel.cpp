#include "ui/inspect/inspect_panel.h"

#include <utility>

#include <QCheckBox>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QStyle>
#include <QSplitter>
#include <QVBoxLayout>

#include "alexnet/core/io/weights_library.h"

#include "ui/inspect/fashion_samples.h"
#include "ui/inspect/input_panel.h"
#include "ui/inspect/inspect_session.h"
#include "ui/inspect/run_view.h"
#include "ui/inspect/stage_alignment.h"
#include "ui/inspect/stage_bar.h"
#include "ui/inspect/step_controls.h"
#include "ui/inspect/weights_chooser.h"
#include "ui/inspect/weights_status.h"
#include "ui/layer_selection.h"
#include "ui/model_catalog.h"

namespace alexnet::ui {

InspectPanel::InspectPanel(LayerSelection* selection, QWidget* parent)
    : QWidget(parent),
      m_selection(selection),
      m_input(new InputPanel(this)),
      m_primary(new RunView(this)),
      m_secondary(new RunView(this)),
      m_runSplitter(new QSplitter(Qt::Horizontal, this)),
      m_modelCombo(new QComboBox(this)),
      m_seedSpin(new QSpinBox(this)),
      m_weightsStatus(new WeightsStatus(this)),
      m_weightsChooser(new WeightsChooser(this)),
      m_secondaryChooser(new WeightsChooser(this)),
      m_compareCheck(new QCheckBox(tr("LeNet and AlexNet side by side"), this)),
      m_untrainedCheck(new QCheckBox(tr("Untrained vs trained"), this)),
      m_controls(new StepControls(this)),
      m_resetButton(m_controls->resetButton()),
      m_backButton(m_controls->backButton()),
      m_stepButton(m_controls->stepButton()),
      m_runButton(m_controls->runButton()),
      m_playButton(m_controls->playButton()),
      m_speedSlider(m_controls->speedSlider()),
      m_scaleCombo(m_controls->scaleCombo()),
      m_sortCheck(m_controls->sortCheck()) {
  setObjectName(QStringLiteral("inspectPanel"));
  setAcceptDrops(true);

  // Left column: model, weights, comparison, input.
  for (const ModelChoice& choice : modelChoices(false)) m_modelCombo->addItem(choice.displayName, choice.key);
  m_modelCombo->setObjectName(QStringLiteral("inspectModelChooser"));
  m_seedSpin->setRange(0, 999999);
  m_seedSpin->setToolTip(tr("Seed of the untrained (Xavier-initialised) weights"));
  auto* modelBox = new QGroupBox(tr("Network"), this);
  auto* modelForm = new QFormLayout(modelBox);
  modelForm->addRow(tr("Model:"), m_modelCombo);
  modelForm->addRow(tr("Seed:"), m_seedSpin);
  m_secondaryChooser->setObjectName(QStringLiteral("secondaryWeightsChooser"));
  m_secondaryChooser->setVisible(false);
  m_untrainedCheck->setObjectName(QStringLiteral("untrainedVsTrained"));
  m_untrainedCheck->setToolTip(
      tr("Show the same layer of the same network untrained (right) next to the "
         "chosen weights (left): what learning changed in the kernels and maps"));
  modelForm->addRow(tr("Weights:"), m_weightsChooser);
  modelForm->addRow(m_weightsStatus);
  modelForm->addRow(m_compareCheck);
  modelForm->addRow(m_untrainedCheck);
  modelForm->addRow(m_secondaryChooser);

  auto* left = new QWidget(this);
  auto* leftLayout = new QVBoxLayout(left);
  leftLayout->setContentsMargins(0, 0, 4, 0);
  leftLayout->addWidget(modelBox);
  leftLayout->addWidget(m_input, 1);
  auto* leftScroll = new QScrollArea(this);
  leftScroll->setWidget(left);
  leftScroll->setWidgetResizable(true);
  leftScroll->setFrameShape(QFrame::NoFrame);
  leftScroll->setMinimumWidth(330);
  leftScroll->setMaximumWidth(380);
  leftScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

  m_runSplitter->addWidget(m_primary);
  m_runSplitter->addWidget(m_secondary);
  m_runSplitter->setChildrenCollapsible(false);
  m_secondary->setVisible(false);
  auto* right = new QWidget(this);
  auto* rightLayout = new QVBoxLayout(right);
  rightLayout->setContentsMargins(4, 0, 0, 0);
  rightLayout->addWidget(m_controls);
  m_stageBar = new StageBar(m_primary, m_secondary, this);
  m_stageBar->setVisible(false);
  rightLayout->addWidget(m_stageBar);
  rightLayout->addWidget(m_runSplitter, 1);

  auto* layout = new QHBoxLayout(this);
  layout->addWidget(leftScroll);
  layout->addWidget(right, 1);

  m_autoPlay.setInterval(m_speedSlider->value());
  connect(&m_autoPlay, &QTimer::timeout, this, &InspectPanel::onAutoPlayTick);
  connect(m_speedSlider, &QSlider::valueChanged, &m_autoPlay, qOverload<int>(&QTimer::setInterval));
  connect(m_resetButton, &QPushButton::clicked, this, &InspectPanel::reset);
  connect(m_backButton, &QPushButton::clicked, this, &InspectPanel::back);
  connect(m_stepButton, &QPushButton::clicked, this, &InspectPanel::step);
  connect(m_runButton, &QPushButton::clicked, this, &InspectPanel::runToEnd);
  connect(m_playButton, &QPushButton::toggled, this, &InspectPanel::setAutoPlay);
  connect(m_weightsChooser, &WeightsChooser::weightsChosen, this, [this] { reloadModels(); });
  connect(m_weightsChooser, &WeightsChooser::openFileRequested, this, &InspectPanel::openCheckpointDialog);
  connect(m_secondaryChooser, &WeightsChooser::weightsChosen, this, [this] { loadSecondary(); });
  connect(m_secondaryChooser, &WeightsChooser::openFileRequested, this, [this] {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open checkpoint"),
                                                      QString::fromStdString(defaultRunsDirectory().string()),
                                                      tr("Checkpoints (*.safetensors);;All files (*)"));
    if (path.isEmpty()) return;
    m_secondaryChooser->choosePath(path);
    loadSecondary();
  });
  connect(m_seedSpin, &QSpinBox::editingFinished, this, [this] {
    m_weightsChooser->setUntrainedSeed(std::uint64_t(m_seedSpin->value()));
    m_secondaryChooser->setUntrainedSeed(std::uint64_t(m_seedSpin->value()));
    if (weightsPath().isEmpty() && m_primary->modelInfo().config.seed != std::uint64_t(m_seedSpin->value()))
      reloadModels();
    else if (isCompareUntrained())
      loadSecondary();
  });
  connect(m_modelCombo, &QComboBox::currentIndexChanged, this, [this] {
    m_weightsChooser->showModel(modelKey(), currentConfig());
    reloadModels();
    emit modelChanged(modelKey());
  });
  connect(m_compareCheck, &QCheckBox::toggled, this, &InspectPanel::setCompare);
  connect(m_untrainedCheck, &QCheckBox::toggled, this, &InspectPanel::setCompareUntrained);
  auto applyDisplay = [this] {
    for (RunView* view : {m_primary, m_secondary})
      view->setDisplayOptions(static_cast<ScaleMode>(m_scaleCombo->currentData().toInt()), m_sortCheck->isChecked());
  };
  connect(m_scaleCombo, &QComboBox::currentIndexChanged, this, applyDisplay);
  connect(m_sortCheck, &QCheckBox::toggled, this, applyDisplay);

  connect(m_input, &InputPanel::inputChanged, this, [this] {
    for (RunView* view : activeViews()) sendInput(view, view->cursor());
  });
  connect(m_input, &InputPanel::fileOpened, this, &InspectPanel::recentFileUsed);
  connect(m_input, &InputPanel::errorOccurred, this, &InspectPanel::errorOccurred);
  for (RunView* view : {m_primary, m_secondary}) {
    connect(view, &RunView::inputRequested, this, [this, view] {
      if (view == m_primary) {
        m_input->setPreviewSide(view->inputSide());
        const ModelConfig& config = view->modelInfo().config;
        if (config.kind == ModelKind::Code) setCodeEntry(config);
        const int index =
            m_modelCombo->findData(config.kind == ModelKind::Code ? familyKey(config.kind) : modelKeyFor(config));
        if (index >= 0 && index != m_modelCombo->currentIndex()) {
          const QSignalBlocker blocker(m_modelCombo);  // a checkpoint chose another model
          m_modelCombo->setCurrentIndex(index);
        }
        m_weightsStatus->showInUse(view->modelInfo());
        if (!m_pendingCheckpoint.isEmpty() && view->modelInfo().path == m_pendingCheckpoint)
          emit recentFileUsed(QFileInfo(m_pendingCheckpoint).absoluteFilePath());  // only files that opened
        m_pendingCheckpoint.clear();
        if (isCompareUntrained() && m_secondary->modelInfo().config.kind != view->modelInfo().config.kind)
          loadSecondary();
      }
      sendInput(view, view == m_primary ? std::max(0, m_pendingStep) : secondaryCursor());
      if (view == m_primary) m_pendingStep = -1;
    });
    if (view == m_primary)  // a step asked for while the primary was busy runs once it is idle
      connect(view, &RunView::busyChanged, this, [this](bool busy) {
        if (busy || m_pendingStep < 0 || !m_primary->session()->hasModel() || !m_input->hasImage()) return;
        const int cursor = std::exchange(m_pendingStep, -1);
        for (RunView* active : activeViews()) active->session()->goTo(cursor);
      });
    connect(view, &RunView::statusMessage, this, &InspectPanel::statusMessage);
    connect(view, &RunView::failed, this, &InspectPanel::errorOccurred);
    if (view == m_primary)
      connect(view, &RunView::failed, this, [this](const QString& message) {
        // A failed load keeps the network that was there: the chooser and the header say so again,
        // and the error stays until dismissed.
        if (m_primary->session()->hasModel() && weightsPath() != m_primary->modelInfo().path) {
          m_weightsChooser->choosePath(m_primary->modelInfo().path);
          m_weightsStatus->showInUse(m_primary->modelInfo());
        }
        if (!m_pendingCheckpoint.isEmpty()) m_weightsStatus->showError(message);
        m_pendingCheckpoint.clear();
      });
    connect(view, &RunView::busyChanged, this, [this] {
      updateButtons();
      emit busyChanged(isBusy());
    });
    connect(view, &RunView::runProgress, this, [this, view](int layer) {
      if (view->family().isEmpty()) return;
      if (view == m_primary) m_selection->setCurrentLayer(view->family(), layer);
    });
  }
  connect(m_primary, &RunView::cursorChanged, this, &InspectPanel::onPrimaryCursor);
  connect(m_selection, &LayerSelection::selectionChanged, this, &InspectPanel::onSelectionChanged);
  m_weightsChooser->showModel(modelKey(), currentConfig());
  reloadModels();
  updateButtons();
}

QString InspectPanel::modelKey() const { return m_modelCombo->currentData().toString(); }

void InspectPanel::setModelKey(const QString& key) {
  const int index = m_modelCombo->findData(key);
  if (index >= 0) m_modelCombo->setCurrentIndex(index);
}

ModelConfig InspectPanel::currentConfig() const {
  ModelChoice choice;
  if (!findModelChoice(modelKey(), &choice) && modelKey() == familyKey(ModelKind::Code)) choice.config = m_codeConfig;
  choice.config.seed = static_cast<std::uint64_t>(m_seedSpin->value());
  return choice.config;
}

void InspectPanel::setCodeEntry(const ModelConfig& config) {
  m_codeConfig = config;
  const QString key = familyKey(ModelKind::Code);
  if (m_modelCombo->findData(key) < 0) m_modelCombo->addItem(QString(), key);
  m_modelCombo->setItemText(m_modelCombo->findData(key), tr("Code: %1").arg(QString::fromStdString(config.codeName)));
}

void InspectPanel::showCodeModel(const ModelConfig& config) {
  setCodeEntry(config);
  const QString key = familyKey(ModelKind::Code);
  {
    const QSignalBlocker blocker(m_modelCombo);
    m_modelCombo->setCurrentIndex(m_modelCombo->findData(key));
  }
  m_weightsChooser->showModel(key, currentConfig());
  m_weightsChooser->choosePath(QString());  // untrained: the code says nothing about weights
  reloadModels();
  emit modelChanged(key);
}

std::vector<RunView*> InspectPanel::activeViews() const {
  if (isCompare()) return {m_primary, m_secondary};
  return {m_primary};
}

void InspectPanel::reloadModels() {
  setAutoPlay(false);
  const ModelConfig config = currentConfig();
  m_weightsStatus->showLoading();
  m_primary->loadModel(config, weightsPath());
  if (isCompare()) loadSecondary();
}

QString InspectPanel::loadError() const { return m_weightsStatus->error(); }

QString InspectPanel::weightsPath() const { return m_weightsChooser->currentPath(); }

void InspectPanel::useUntrained() {
  m_weightsChooser->choosePath(QString());
  reloadModels();
}

void InspectPanel::setPersistentChoices(bool persistent) {
  m_weightsChooser->setPersistent(persistent);
  m_secondaryChooser->setPersistent(persistent);
  const QString before = weightsPath();
  m_weightsChooser->showModel(modelKey(), currentConfig());
  if (weightsPath() != before) reloadModels();
}

void InspectPanel::loadCheckpoint(const QString& path) {
  // A checkpoint of another network switches the model first, so the chooser lists its kind.
  try {
    const WeightsEntry entry = describeWeightsFile(path.toStdString());
    if (entry.config.kind == ModelKind::Code) setCodeEntry(entry.config);
    if (entry.config.kind != currentConfig().kind) {
      const QString key =
          modelKeyFor(entry.config).isEmpty() ? familyKey(entry.config.kind) : modelKeyFor(entry.config);
      if (const int index = m_modelCombo->findData(key); index >= 0) {
        const QSignalBlocker blocker(m_modelCombo);
        m_modelCombo->setCurrentIndex(index);
        m_weightsChooser->showModel(key, currentConfig());
        emit modelChanged(key);
      }
    }
  } catch (const std::exception&) {
    // no recorded model (a PyTorch file) or unreadable: the worker reports what is wrong
  }
  m_weightsChooser->choosePath(path);
  m_pendingCheckpoint = path;
  reloadModels();
}

void InspectPanel::openCheckpointDialog() {
  const QString path =
      QFileDialog::getOpenFileName(this, tr("Open checkpoint"), QString::fromStdString(defaultRunsDirectory().string()),
                                   tr("Checkpoints (*.safetensors);;All files (*)"));
  if (!path.isEmpty()) loadCheckpoint(path);
}

void InspectPanel::openImage(const QString& path) { m_input->loadImageFile(path); }

void InspectPanel::useDefaultInput() {
  if (!m_input->hasImage() && fashionTestCount() > 0) m_input->useSample(0);
}

void InspectPanel::pasteImage() { m_input->pasteFromClipboard(); }

void InspectPanel::sendInput(RunView* view, int keepCursor) {
  if (view == m_primary) m_primaryTarget = keepCursor;
  if (!view->session()->hasModel() || !m_input->hasImage()) return;
  const PreprocessOutcome outcome = m_input->preprocess(view->inputSide());
  if (outcome.tensor.empty()) return;
  view->setInputSource({.original = outcome.stages.empty() ? QImage() : outcome.stages.front().image,
                        .geometry = outcome.geometry,
                        .description = m_input->description(),
                        .fileWidth = m_input->fileWidth(),
                        .fileHeight = m_input->fileHeight()});
  view->session()->setInput(outcome.tensor);
  if (keepCursor > 0) view->session()->goTo(keepCursor);
}

void InspectPanel::goToStep(int cursor) {
  if (m_primary->session()->hasModel() && m_input->hasImage() && !m_primary->isBusy()) {
    for (RunView* view : activeViews()) view->session()->goTo(cursor);
  } else {
    m_pendingStep = cursor;
  }
}

bool InspectPanel::isBusy() const {
  return m_primary->isBusy() || (isCompare() && m_secondary->isBusy()) || m_pendingStep >= 0 || m_input->isLoading();
}

void InspectPanel::step() {
  for (RunView* view : activeViews()) view->session()->step();
}

void InspectPanel::back() {
  for (RunView* view : activeViews()) view->session()->back();
}

void InspectPanel::runToEnd() {
  for (RunView* view : activeViews()) view->session()->runToEnd();
}

void InspectPanel::reset() {
  setAutoPlay(false);
  for (RunView* view : activeViews()) view->session()->reset();
}

void InspectPanel::setAutoPlay(bool on) {
  if (m_playButton->isChecked() != on) {
    m_playButton->setChecked(on);  // re-enters through toggled
    return;
  }
  m_playButton->setText(on ? tr("Pause") : tr("Auto-play"));
  m_playButton->setIcon(style()->standardIcon(on ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
  if (on) {
    if (m_primary->cursor() >= m_primary->layerCount()) reset();
    m_autoPlay.start();
  } else {
    m_autoPlay.stop();
  }
}

void InspectPanel::onAutoPlayTick() {
  if (m_primary->isBusy()) return;  // wait for the running layer
  if (m_primary->cursor() >= m_primary->layerCount()) {
    setAutoPlay(false);
    return;
  }
  step();
}

void InspectPanel::onPrimaryCursor(int layer) {
  m_primaryTarget = layer + 1;
  const QString family = m_primary->family();
  m_selection->setCurrentLayer(family, layer);
  m_selection->select(family, layer);
  updateButtons();
}

void InspectPanel::onSelectionChanged(const QString& family, int layer) {
  for (RunView* view : activeViews()) {
    if (view->family() != family || !view->session()->hasModel() || !m_input->hasImage()) continue;
    if (view->cursor() - 1 == layer) continue;  // already shown (or this panel made the selection)
    view->session()->goTo(layer + 1);
  }
}

void InspectPanel::updateButtons() {
  const int cursor = m_primary->cursor(), count = m_primary->layerCount();
  m_backButton->setEnabled(cursor > 0);
  m_resetButton->setEnabled(cursor > 0);
  m_stepButton->setEnabled(count > 0 && cursor < count);
  m_runButton->setEnabled(count > 0 && cursor < count);
}

void InspectPanel::dragEnterEvent(QDragEnterEvent* event) {
  if (event->mimeData()->hasUrls() || event->mimeData()->hasImage()) event->acceptProposedAction();
}

void InspectPanel::dropEvent(QDropEvent* event) {
  const QMimeData* mime = event->mimeData();
  if (mime->hasImage()) {
    m_input->setSourceImage(qvariant_cast<QImage>(mime->imageData()), tr("dropped image"));
  } else if (mime->hasUrls() && !mime->urls().isEmpty()) {
    const QString path = mime->urls().first().toLocalFile();
    if (path.endsWith(QStringLiteral(".safetensors"), Qt::CaseInsensitive))
      loadCheckpoint(path);
    else
      m_input->loadImageFile(path);
  }
  event->acceptProposedAction();
}

}  // namespace alexnet::ui
