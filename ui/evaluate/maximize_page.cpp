#include "ui/evaluate/maximize_page.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>
#include <cmath>
#include <optional>

#include "alexnet/core/io/checkpoint.h"
#include "alexnet/core/io/safetensors.h"

#include "ui/inspect/probability_bars.h"
#include "ui/inspect/weights_chooser.h"
#include "ui/model_catalog.h"

namespace alexnet::ui {
namespace {

constexpr int kTilePixels = 72;
constexpr int kDetailPixels = 196;
constexpr int kTopPixels = 56;

QPixmap enlarged(const QImage& image, int side) {
  return QPixmap::fromImage(image.scaled(side, side, Qt::KeepAspectRatio, Qt::FastTransformation));
}

bool offersLayer(const LayerShapeRow& row) {
  return row.outputShape.size() == 4 &&
         (row.kind == LayerKind::Conv2d || isActivation(row.kind) || isPooling(row.kind));
}

QString number(float value) { return QString::number(value, 'f', value >= 100.0f || value <= -100.0f ? 1 : 3); }

QString className(int label) { return fashionClassNames().value(label); }

}  // namespace

MaximizePage::MaximizePage(QWidget* parent)
    : QWidget(parent),
      m_run(new MaximizeRun(this)),
      m_model(new QComboBox(this)),
      m_weights(new WeightsChooser(this)),
      m_layer(new QComboBox(this)),
      m_steps(new QSpinBox(this)),
      m_start(new QPushButton(tr("Compute"), this)),
      m_cancel(new QPushButton(tr("Cancel"), this)),
      m_progress(new QProgressBar(this)),
      m_status(new QLabel(this)),
      m_grid(nullptr),
      m_gridBox(new QWidget(this)),
      m_gridScroll(new QScrollArea(this)),
      m_detailImage(new QLabel(this)),
      m_detailText(new QLabel(this)),
      m_topGrid(nullptr),
      m_topBox(new QWidget(this)) {
  try {
    m_library = listWeights(defaultWeightsLibraryOptions());
  } catch (const std::exception&) {
    m_library.clear();
  }
  for (const ModelChoice& choice : modelChoices(false)) m_model->addItem(choice.displayName, choice.key);
  m_model->setObjectName(QStringLiteral("maximizeModel"));
  m_layer->setObjectName(QStringLiteral("maximizeLayer"));
  m_layer->setToolTip(tr("The layer whose channels are maximized (convolution, activation and pooling layers)"));
  m_steps->setRange(10, 2000);
  m_steps->setSingleStep(50);
  m_steps->setValue(200);
  m_steps->setToolTip(tr("Gradient-ascent steps per channel"));
  m_cancel->setEnabled(false);
  m_progress->setRange(0, 1000);
  m_progress->setTextVisible(false);

  auto* intro = new QLabel(
      tr("Each tile is the input (in [0, 1], at the network's input size) that gradient ascent found to drive one "
         "channel's mean activation as high as it can, starting from noise, with jitter, blur and L2 decay keeping it "
         "smooth. Under it: the activation reached and, after the pass over the test set, the best test image's."),
      this);
  intro->setWordWrap(true);

  m_layer->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
  m_layer->setMinimumContentsLength(16);
  auto* controls = new QHBoxLayout;  // two rows, so the page fits the 1024-pixel minimum window
  controls->addWidget(new QLabel(tr("Network:"), this));
  controls->addWidget(m_model);
  controls->addWidget(m_weights, 1);
  auto* runControls = new QHBoxLayout;
  runControls->addWidget(new QLabel(tr("Layer:"), this));
  runControls->addWidget(m_layer, 1);
  runControls->addWidget(new QLabel(tr("Steps:"), this));
  runControls->addWidget(m_steps);
  runControls->addWidget(m_start);
  runControls->addWidget(m_cancel);
  auto* progressRow = new QHBoxLayout;
  progressRow->addWidget(m_progress, 1);
  progressRow->addWidget(m_status, 2);

  m_grid = new QGridLayout(m_gridBox);
  m_grid->setSpacing(4);
  m_grid->setAlignment(Qt::AlignTop | Qt::AlignLeft);
  m_gridScroll->setWidget(m_gridBox);
  m_gridScroll->setWidgetResizable(true);
  m_gridScroll->viewport()->installEventFilter(this);

  auto* detail = new QWidget(this);
  auto* detailLayout = new QVBoxLayout(detail);
  m_detailImage->setFixedSize(kDetailPixels, kDetailPixels);
  m_detailImage->setAlignment(Qt::AlignCenter);
  m_detailImage->setStyleSheet(QStringLiteral("background: black;"));
  m_detailText->setWordWrap(true);
  m_detailText->setTextFormat(Qt::RichText);
  m_topGrid = new QGridLayout(m_topBox);
  m_topGrid->setSpacing(4);
  m_topGrid->setAlignment(Qt::AlignTop | Qt::AlignLeft);
  detailLayout->addWidget(m_detailImage, 0, Qt::AlignHCenter);
  detailLayout->addWidget(m_detailText);
  detailLayout->addWidget(m_topBox);
  detailLayout->addStretch(1);
  auto* detailScroll = new QScrollArea(this);
  detailScroll->setWidget(detail);
  detailScroll->setWidgetResizable(true);

  auto* splitter = new QSplitter(Qt::Horizontal, this);
  splitter->addWidget(m_gridScroll);
  splitter->addWidget(detailScroll);
  splitter->setStretchFactor(0, 3);
  splitter->setStretchFactor(1, 2);
  splitter->setSizes({3000, 2000});  // proportions: the grid gets the larger share

  auto* layout = new QVBoxLayout(this);
  layout->addWidget(intro);
  layout->addLayout(controls);
  layout->addLayout(runControls);
  layout->addLayout(progressRow);
  layout->addWidget(splitter, 1);

  connect(m_model, &QComboBox::currentIndexChanged, this, [this] { setModelKey(m_model->currentData().toString()); });
  connect(m_weights, &WeightsChooser::weightsChosen, this, [this] {
    fillLayers();
    restartSoon();
  });
  connect(m_weights, &WeightsChooser::openFileRequested, this, [this] {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open weights"), QString(), tr("Checkpoints (*.safetensors)"));
    if (!path.isEmpty()) chooseWeights(path);
  });
  connect(m_layer, &QComboBox::activated, this, [this] { restartSoon(); });
  connect(m_start, &QPushButton::clicked, this, [this] { restartSoon(); });
  connect(m_cancel, &QPushButton::clicked, this, &MaximizePage::cancel);
  connect(m_run, &MaximizeRun::runningChanged, this, [this](bool running) {
    m_cancel->setEnabled(running);
    m_start->setEnabled(!running);
  });
  connect(m_run, &MaximizeRun::progress, this, [this](int permille, const QString& phase) {
    m_progress->setValue(permille);
    m_status->setText(phase);
  });
  connect(m_run, &MaximizeRun::channelReady, this, [this](const MaximizedChannel& result) {
    m_channels.insert(result.channel, result);
    addTile(result);
    if (result.channel == m_selected) showDetail();
  });
  connect(m_run, &MaximizeRun::topImagesReady, this, [this](const ChannelTopImages& top) {
    m_top = top;
    for (int c : m_tiles.keys()) updateTile(c);
    placeTiles();  // a second line of text can widen the tiles
    showDetail();
  });
  connect(m_run, &MaximizeRun::finished, this, [this](bool cancelled, const QString& error) {
    if (m_restartPending) {
      m_restartPending = false;
      start();
      return;
    }
    double seconds = 0.0;
    for (const MaximizedChannel& c : m_channels) seconds += c.seconds;
    const int done = static_cast<int>(m_channels.size());
    QString text = !error.isEmpty() ? tr("Failed: %1").arg(error)
                   : cancelled      ? tr("Cancelled: %1 channels done").arg(done)
                                    : tr("%1 channels, %2 s per channel")
                                     .arg(done)
                                     .arg(QString::number(done > 0 ? seconds / done : 0.0, 'f', 2));
    if (!cancelled && error.isEmpty() && !m_top.error.isEmpty())
      text += QStringLiteral(" — ") + tr("no test images: %1").arg(m_top.error);
    m_progress->setValue(cancelled || !error.isEmpty() ? m_progress->value() : 1000);
    m_status->setText(text);
    emit statusMessage(text);
  });

  setModelKey(QStringLiteral("lenet"));
}

bool MaximizePage::isBusy() const { return m_run->isRunning() || m_restartPending; }

void MaximizePage::setModelKey(const QString& key) {
  ModelChoice choice;
  if (!findModelChoice(key, &choice)) return;
  {
    const QSignalBlocker blocker(m_model);
    m_model->setCurrentIndex(m_model->findData(key));
  }
  m_weights->showModel(key, choice.config);
  fillLayers();
  restartSoon();
}

void MaximizePage::chooseWeights(const QString& path) {
  m_weights->choosePath(path);
  fillLayers();
  restartSoon();
}

bool MaximizePage::useCheckpoint(const QString& path, QString* error) {
  std::optional<ModelConfig> config;
  for (const WeightsEntry& entry : m_library)
    if (QString::fromStdString(entry.path.string()) == path) config = entry.config;
  try {
    if (!config) config = checkpointModelConfig(readSafeTensors(path.toStdString()));
  } catch (const std::exception& failure) {
    if (error) *error = QString::fromStdString(failure.what());
    return false;
  }
  if (config) {
    const QString key = modelKeyFor(*config);
    setModelKey(key.isEmpty() ? familyKey(config->kind) : key);
  }
  chooseWeights(path);
  return true;
}

ModelConfig MaximizePage::currentConfig() const {
  const QString path = m_weights->currentPath();
  for (const WeightsEntry& entry : m_library)
    if (!path.isEmpty() && QString::fromStdString(entry.path.string()) == path) return entry.config;
  ModelChoice choice;
  findModelChoice(m_model->currentData().toString(), &choice);
  return choice.config;
}

void MaximizePage::fillLayers() {
  const int previous = m_layer->currentData().isValid() ? m_layer->currentData().toInt() : -1;
  const ShapeReport& report = cachedShapeReport(currentConfig());
  const QSignalBlocker blocker(m_layer);
  m_layer->clear();
  int fallback = -1, smallConv = -1;
  for (const LayerShapeRow& row : report.rows) {
    if (!offersLayer(row)) continue;
    const int channels = static_cast<int>(row.outputShape[1]);
    m_layer->addItem(tr("%1: %2 (%3, %4 channels)")
                         .arg(row.index)
                         .arg(QString::fromStdString(row.name), QString::fromStdString(row.type))
                         .arg(channels),
                     static_cast<int>(row.index));
    if (row.kind == LayerKind::Conv2d) {
      if (fallback < 0) fallback = static_cast<int>(row.index);
      if (channels <= 32) smallConv = static_cast<int>(row.index);
    }
  }
  // The default: the deepest convolution with at most 32 channels (a grid that fits), else the first.
  const int wanted = m_layer->findData(previous) >= 0 ? previous : smallConv >= 0 ? smallConv : fallback;
  m_layer->setCurrentIndex(std::max(0, m_layer->findData(wanted)));
}

void MaximizePage::setLayer(int layer) {
  const int index = m_layer->findData(layer);
  if (index < 0 || index == m_layer->currentIndex()) return;
  m_layer->setCurrentIndex(index);
  restartSoon();
}

void MaximizePage::setSteps(int steps) { m_steps->setValue(steps); }

int MaximizePage::layer() const { return m_layer->currentData().toInt(); }

void MaximizePage::showEvent(QShowEvent* event) {
  QWidget::showEvent(event);
  if (!m_started) {
    m_started = true;
    start();
  }
}

void MaximizePage::restartSoon() {
  if (!m_started) return;  // the first showing starts it
  if (m_run->isRunning()) {
    m_restartPending = true;
    m_run->cancel();
    return;
  }
  start();
}

void MaximizePage::start() {
  if (m_run->isRunning() || m_layer->count() == 0) return;
  m_started = true;
  m_request = {};
  m_request.config = currentConfig();
  m_request.checkpointPath = m_weights->currentPath();
  m_request.layer = layer();
  m_request.steps = m_steps->value();
  clearGrid();
  m_progress->setValue(0);
  m_status->setText(tr("Starting…"));
  m_run->start(m_request);
}

void MaximizePage::cancel() {
  m_restartPending = false;
  m_run->cancel();
}

void MaximizePage::clearGrid() {
  for (QToolButton* tile : m_tiles) delete tile;
  m_tiles.clear();
  m_gridColumns = 0;
  m_channels.clear();
  m_top = {};
  m_selected = 0;
  showDetail();
}

const MaximizedChannel* MaximizePage::channel(int channel) const {
  auto it = m_channels.constFind(channel);
  return it == m_channels.constEnd() ? nullptr : &it.value();
}

void MaximizePage::addTile(const MaximizedChannel& result) {
  auto* tile = new QToolButton(m_gridBox);
  tile->setObjectName(QStringLiteral("maximizeTile%1").arg(result.channel));
  tile->setCheckable(true);
  tile->setAutoExclusive(false);
  tile->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
  tile->setIcon(enlarged(result.input, kTilePixels));
  tile->setIconSize(QSize(kTilePixels, kTilePixels));
  connect(tile, &QToolButton::clicked, this, [this, c = result.channel] { selectChannel(c); });
  m_tiles.insert(result.channel, tile);
  updateTile(result.channel);
  placeTiles();
}

int MaximizePage::gridColumns() const {
  const Shape& out = cachedShapeReport(m_request.config).rows.at(static_cast<std::size_t>(m_request.layer)).outputShape;
  const int square = std::clamp(static_cast<int>(std::ceil(std::sqrt(static_cast<double>(out[1])))), 4, 12);
  int tileWidth = 0;
  for (const QToolButton* tile : m_tiles) tileWidth = std::max(tileWidth, tile->sizeHint().width());
  if (tileWidth == 0) return square;
  const QMargins margins = m_grid->contentsMargins();
  const int width = m_gridScroll->viewport()->width() - margins.left() - margins.right();
  const int spacing = m_grid->spacing();
  return std::clamp((width + spacing) / (tileWidth + spacing), 1, square);
}

void MaximizePage::placeTiles() {
  const int columns = gridColumns();
  const bool reflow = columns != m_gridColumns;
  m_gridColumns = columns;
  for (auto it = m_tiles.cbegin(); it != m_tiles.cend(); ++it) {
    if (!reflow && m_grid->indexOf(it.value()) >= 0) continue;  // already in its place
    m_grid->removeWidget(it.value());
    m_grid->addWidget(it.value(), it.key() / columns, it.key() % columns);
  }
}

bool MaximizePage::eventFilter(QObject* watched, QEvent* event) {
  if (watched == m_gridScroll->viewport() && event->type() == QEvent::Resize && !m_tiles.isEmpty()) placeTiles();
  return QWidget::eventFilter(watched, event);
}

void MaximizePage::updateTile(int channel) {
  QToolButton* tile = m_tiles.value(channel);
  const MaximizedChannel* result = this->channel(channel);
  if (!tile || !result) return;
  QString text = tr("#%1: %2").arg(channel).arg(number(result->activation));
  QString tip = tr("Channel %1: the maximizing input reaches %2 (noise: %3)")
                    .arg(channel)
                    .arg(number(result->activation), number(result->startActivation));
  if (channel < static_cast<int>(m_top.perChannel.size()) && !m_top.perChannel[channel].isEmpty()) {
    const TopImagesItem& best = m_top.perChannel[channel].front();
    text += QLatin1Char('\n') + tr("test %1").arg(number(best.activation));
    tip += QLatin1Char('\n') +
           tr("best test image #%1 (%2): %3").arg(best.index).arg(className(best.label), number(best.activation));
  }
  tile->setText(text);
  tile->setToolTip(tip);
  tile->setChecked(channel == m_selected);
}

void MaximizePage::selectChannel(int channel) {
  m_selected = channel;
  for (int c : m_tiles.keys()) m_tiles.value(c)->setChecked(c == channel);
  showDetail();
}

void MaximizePage::showDetail() {
  while (QLayoutItem* item = m_topGrid->takeAt(0)) {
    delete item->widget();
    delete item;
  }
  const MaximizedChannel* result = channel(m_selected);
  if (!result) {
    m_detailImage->clear();
    m_detailText->setText(tr("Select a channel in the grid."));
    return;
  }
  m_detailImage->setPixmap(enlarged(result->input, kDetailPixels));
  QString text =
      tr("<b>Channel %1 of layer %2</b><br>Maximizing input: mean activation <b>%3</b> (from noise: %4), "
         "%5 s")
          .arg(m_selected)
          .arg(m_request.layer)
          .arg(number(result->activation), number(result->startActivation), QString::number(result->seconds, 'f', 2));
  const QVector<TopImagesItem> top =
      m_selected < static_cast<int>(m_top.perChannel.size()) ? m_top.perChannel[m_selected] : QVector<TopImagesItem>();
  if (!top.isEmpty()) {
    const float best = top.front().activation;
    text += QStringLiteral("<br>") + tr("Best of %1 test images: <b>%2</b> (#%3, %4)")
                                         .arg(QLocale().toString(m_top.examined))
                                         .arg(number(best))
                                         .arg(top.front().index)
                                         .arg(className(top.front().label));
    text += QStringLiteral("<br>") + (result->activation > best
                                          ? tr("The maximizing input drives this channel harder than every test image.")
                                          : tr("A test image drives this channel harder than the maximizing input."));
    text += QStringLiteral("<br><br>") + tr("Top activating test images (click one to open it in Inspect):");
  } else if (!m_top.error.isEmpty()) {
    text += QStringLiteral("<br>") + tr("No test images to compare with: %1").arg(m_top.error.toHtmlEscaped());
  }
  m_detailText->setText(text);
  for (int i = 0; i < top.size(); ++i) {
    const TopImagesItem& item = top[i];
    auto* button = new QToolButton(m_topBox);
    button->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    button->setIcon(enlarged(item.image, kTopPixels));
    button->setIconSize(QSize(kTopPixels, kTopPixels));
    button->setText(QStringLiteral("#%1\n%2").arg(item.index).arg(number(item.activation)));
    button->setToolTip(tr("Test image #%1 (%2): mean activation %3")
                           .arg(item.index)
                           .arg(className(item.label), number(item.activation)));
    connect(button, &QToolButton::clicked, this, [this, index = item.index] { emit openInInspectRequested(index); });
    m_topGrid->addWidget(button, i / 3, i % 3);
  }
}

}  // namespace alexnet::ui
