#include "ui/inspect/inspect_panel.h"

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

#include "ui/inspect/fashion_samples.h"
#include "ui/inspect/input_panel.h"
#include "ui/inspect/inspect_session.h"
#include "ui/inspect/run_view.h"
#include "ui/inspect/stage_bar.h"
#include "ui/layer_selection.h"
#include "ui/model_catalog.h"

namespace alexnet::ui {

InspectPanel::InspectPanel(LayerSelection* selection, QWidget* parent)
    : QWidget(parent), m_selection(selection), m_input(new InputPanel(this)), m_primary(new RunView(this)),
      m_secondary(new RunView(this)), m_runSplitter(new QSplitter(Qt::Horizontal, this)),
      m_modelCombo(new QComboBox(this)), m_seedSpin(new QSpinBox(this)), m_weightsLabel(new QLabel(this)),
      m_compareCheck(new QCheckBox(tr("LeNet and AlexNet side by side"), this)),
      m_resetButton(new QPushButton(tr("Reset"), this)), m_backButton(new QPushButton(tr("Back"), this)),
      m_stepButton(new QPushButton(tr("Step"), this)), m_runButton(new QPushButton(tr("Run to end"), this)),
      m_playButton(new QPushButton(tr("Auto-play"), this)), m_speedSlider(new QSlider(Qt::Horizontal, this)),
      m_scaleCombo(new QComboBox(this)), m_sortCheck(new QCheckBox(tr("Sort by mean"), this)) {
  setObjectName(QStringLiteral("inspectPanel"));
  setAcceptDrops(true);

  // Left column: model, weights, comparison, input.
  for (const ModelChoice& choice : modelChoices(false)) m_modelCombo->addItem(choice.displayName, choice.key);
  m_modelCombo->setObjectName(QStringLiteral("inspectModelChooser"));
  m_seedSpin->setRange(0, 999999);
  m_seedSpin->setToolTip(tr("Seed of the untrained (Xavier-initialised) weights"));
  auto* checkpointButton = new QPushButton(tr("Load checkpoint…"), this);
  auto* untrainedButton = new QPushButton(tr("Untrained"), this);
  untrainedButton->setToolTip(tr("Use freshly initialised weights with the seed above"));
  m_weightsLabel->setWordWrap(true);
  m_weightsLabel->setStyleSheet(QStringLiteral("color:#546E7A;"));
  auto* modelBox = new QGroupBox(tr("Network"), this);
  auto* modelForm = new QFormLayout(modelBox);
  modelForm->addRow(tr("Model:"), m_modelCombo);
  modelForm->addRow(tr("Seed:"), m_seedSpin);
  auto* weightButtons = new QHBoxLayout;
  weightButtons->addWidget(untrainedButton);
  weightButtons->addWidget(checkpointButton);
  modelForm->addRow(tr("Weights:"), weightButtons);
  modelForm->addRow(m_weightsLabel);
  modelForm->addRow(m_compareCheck);

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

  // Step controls and display options.
  m_resetButton->setToolTip(tr("Back to the input (Home)"));
  m_backButton->setToolTip(tr("Show the previous layer (←)"));
  m_stepButton->setToolTip(tr("Compute the next layer (→)"));
  m_runButton->setToolTip(tr("Compute all remaining layers (End)"));
  m_playButton->setCheckable(true);
  m_resetButton->setIcon(style()->standardIcon(QStyle::SP_MediaSkipBackward));
  m_backButton->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
  m_stepButton->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
  m_runButton->setIcon(style()->standardIcon(QStyle::SP_MediaSkipForward));
  m_playButton->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
  m_playButton->setToolTip(tr("Step automatically (Space)"));
  m_speedSlider->setRange(100, 2000);
  m_speedSlider->setValue(700);
  m_speedSlider->setInvertedAppearance(true);
  m_speedSlider->setMaximumWidth(140);
  m_speedSlider->setToolTip(tr("Auto-play speed (time per step)"));
  m_scaleCombo->addItem(tr("Shared scale"), int(ScaleMode::Shared));
  m_scaleCombo->addItem(tr("Per-map scale"), int(ScaleMode::PerMap));
  m_sortCheck->setToolTip(tr("Order the channels by mean activation, highest first"));
  auto* controls = new QHBoxLayout;
  controls->addWidget(m_resetButton);
  controls->addWidget(m_backButton);
  controls->addWidget(m_stepButton);
  controls->addWidget(m_runButton);
  controls->addSpacing(12);
  controls->addWidget(m_playButton);
  controls->addWidget(new QLabel(tr("Speed:"), this));
  controls->addWidget(m_speedSlider);
  controls->addStretch(1);
  controls->addWidget(m_scaleCombo);
  controls->addWidget(m_sortCheck);

  m_runSplitter->addWidget(m_primary);
  m_runSplitter->addWidget(m_secondary);
  m_runSplitter->setChildrenCollapsible(false);
  m_secondary->setVisible(false);
  auto* right = new QWidget(this);
  auto* rightLayout = new QVBoxLayout(right);
  rightLayout->setContentsMargins(4, 0, 0, 0);
  rightLayout->addLayout(controls);
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
  connect(checkpointButton, &QPushButton::clicked, this, &InspectPanel::openCheckpointDialog);
  connect(untrainedButton, &QPushButton::clicked, this, [this] {
    m_checkpoint.clear();
    reloadModels();
  });
  connect(m_seedSpin, &QSpinBox::editingFinished, this, [this] {
    if (m_checkpoint.isEmpty() && m_primary->modelInfo().config.seed != std::uint64_t(m_seedSpin->value())) reloadModels();
  });
  connect(m_modelCombo, &QComboBox::currentIndexChanged, this, [this] {
    m_checkpoint.clear();
    reloadModels();
    emit modelChanged(modelKey());
  });
  connect(m_compareCheck, &QCheckBox::toggled, this, &InspectPanel::setCompare);
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
        const int index = m_modelCombo->findData(modelKeyFor(view->modelInfo().config));
        if (index >= 0 && index != m_modelCombo->currentIndex()) {
          const QSignalBlocker blocker(m_modelCombo);  // a checkpoint chose another model
          m_modelCombo->setCurrentIndex(index);
        }
        m_weightsLabel->setText(tr("Weights: %1").arg(view->modelInfo().source));
      }
      sendInput(view, view == m_primary && m_pendingStep >= 0 ? m_pendingStep : 0);
      if (view == m_primary) m_pendingStep = -1;
    });
    connect(view, &RunView::statusMessage, this, &InspectPanel::statusMessage);
    connect(view, &RunView::failed, this, &InspectPanel::errorOccurred);
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
  findModelChoice(modelKey(), &choice);
  choice.config.seed = static_cast<std::uint64_t>(m_seedSpin->value());
  return choice.config;
}

std::vector<RunView*> InspectPanel::activeViews() const {
  if (isCompare()) return {m_primary, m_secondary};
  return {m_primary};
}

void InspectPanel::reloadModels() {
  setAutoPlay(false);
  const ModelConfig config = currentConfig();
  m_weightsLabel->setText(tr("Loading…"));
  m_primary->loadModel(config, m_checkpoint);
  if (isCompare()) {
    ModelConfig other;
    other.kind = config.kind == ModelKind::LeNet ? ModelKind::AlexNet : ModelKind::LeNet;
    other.seed = config.seed;
    m_secondary->loadModel(other, QString());
  }
}

void InspectPanel::loadCheckpoint(const QString& path) {
  m_checkpoint = path;
  reloadModels();
  emit recentFileUsed(QFileInfo(path).absoluteFilePath());
}

void InspectPanel::openCheckpointDialog() {
  const QString path = QFileDialog::getOpenFileName(this, tr("Open checkpoint"), QString(),
                                                    tr("Checkpoints (*.safetensors);;All files (*)"));
  if (!path.isEmpty()) loadCheckpoint(path);
}

bool InspectPanel::openImage(const QString& path) { return m_input->loadImageFile(path); }

void InspectPanel::useDefaultInput() {
  if (!m_input->hasImage() && fashionTestCount() > 0) m_input->useSample(0);
}

void InspectPanel::pasteImage() { m_input->pasteFromClipboard(); }

void InspectPanel::sendInput(RunView* view, int keepCursor) {
  if (!view->session()->hasModel() || !m_input->hasImage()) return;
  const PreprocessOutcome outcome = m_input->preprocess(view->inputSide());
  if (outcome.tensor.empty()) return;
  view->setInputSource({outcome.stages.empty() ? QImage() : outcome.stages.front().image, outcome.geometry, m_input->description()});
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

void InspectPanel::setCompare(bool sideBySide) {
  if (m_compareCheck->isChecked() != sideBySide) {
    m_compareCheck->setChecked(sideBySide);  // re-enters through toggled
    return;
  }
  m_secondary->setVisible(sideBySide);
  m_stageBar->setVisible(sideBySide);
  m_primary->setCompact(sideBySide);
  m_secondary->setCompact(sideBySide);
  if (sideBySide) {
    ModelConfig other;
    other.kind = currentConfig().kind == ModelKind::LeNet ? ModelKind::AlexNet : ModelKind::LeNet;
    other.seed = currentConfig().seed;
    m_secondary->loadModel(other, QString());
  }
}

bool InspectPanel::isCompare() const { return m_compareCheck->isChecked(); }

bool InspectPanel::isBusy() const {
  return m_primary->isBusy() || (isCompare() && m_secondary->isBusy()) || m_pendingStep >= 0;
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
