#include "ui/inspect/run_view.h"

#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QMenu>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

#include "ui/elided_label.h"
#include "ui/inspect/color_legend.h"
#include "ui/inspect/explain_launcher.h"
#include "ui/inspect/explainers.h"
#include "ui/inspect/feature_map_scroll.h"
#include "ui/inspect/feature_map_view.h"
#include "ui/inspect/inspect_session.h"
#include "ui/inspect/probability_bars.h"
#include "ui/lessons/lesson_dialog.h"
#include "ui/model_catalog.h"
#include "ui/shapes/shape_table_model.h"

namespace alexnet::ui {

RunView::RunView(QWidget* parent)
    : QWidget(parent),
      m_session(new InspectSession(this)),
      m_title(new ElidedLabel(this)),
      m_layerLabel(new QLabel(this)),
      m_hoverLabel(new QLabel(this)),
      m_features(new FeatureMapView(this)),
      m_legend(new ColorLegend(this)),
      m_kernelBox(new QGroupBox(this)),
      m_kernelTitle(new QLabel(this)),
      m_kernelInput(new QSpinBox(this)),
      m_kernels(new FeatureMapView(this)),
      m_kernelLegend(new ColorLegend(this)),
      m_bars(new ProbabilityBars(this)),
      m_explain(new ExplainLauncher(this)),
      m_why(new QToolButton(this)) {
  QFont titleFont = m_title->font();
  titleFont.setPointSizeF(titleFont.pointSizeF() + 2);
  titleFont.setBold(true);
  m_title->setFont(titleFont);
  m_title->setObjectName(QStringLiteral("runTitle"));  // elided: a long title never widens the window
  m_layerLabel->setWordWrap(true);
  m_hoverLabel->setMinimumHeight(m_hoverLabel->fontMetrics().height() + 4);
  m_hoverLabel->setStyleSheet(QStringLiteral("color:#37474F;"));
  m_features->setObjectName(QStringLiteral("featureMapView"));
  m_kernels->setObjectName(QStringLiteral("kernelView"));
  m_kernels->setColorMode(ColorMode::Diverging);
  m_kernels->setMinimumSize(160, 120);
  m_featureScroll = new FeatureMapScroll(m_features, this);  // AlexNet's 96 conv1 maps scroll in a small window
  m_kernelScroll = new FeatureMapScroll(m_kernels, this);

  m_kernelTitle->setWordWrap(true);
  m_kernelInput->setRange(-1, 0);
  m_kernelInput->setSpecialValueText(tr("mean of inputs"));
  m_kernelInput->setPrefix(tr("input channel "));
  m_kernelInput->setToolTip(tr("Which input channel of each kernel to show (or the mean over all of them)"));
  auto* kernelLayout = new QVBoxLayout(m_kernelBox);
  auto* kernelTop = new QHBoxLayout;
  kernelTop->addWidget(m_kernelTitle, 1);
  kernelTop->addWidget(m_kernelInput);
  kernelLayout->addLayout(kernelTop);
  kernelLayout->addWidget(m_kernelScroll, 1);
  kernelLayout->addWidget(m_kernelLegend);
  m_kernelBox->setVisible(false);

  auto* barsBox = new QGroupBox(tr("Prediction"), this);
  m_barsBox = barsBox;
  auto* barsLayout = new QVBoxLayout(barsBox);
  barsLayout->addWidget(m_bars);
  auto* saliencyButton = new QPushButton(tr("Saliency map…"), barsBox);
  saliencyButton->setObjectName(QStringLiteral("saliencyButton"));
  saliencyButton->setToolTip(tr("Which input pixels the class score is most sensitive to (gradient of the score)"));
  barsLayout->addWidget(saliencyButton);
  connect(saliencyButton, &QPushButton::clicked, this, [this] {
    QString error;
    if (!openExplainer(this, ExplainerKind::Saliency, {}, &error)) emit statusMessage(error);
  });
  barsBox->setMinimumWidth(260);

  auto* side = new QSplitter(Qt::Vertical, this);
  side->addWidget(m_kernelBox);
  side->addWidget(barsBox);
  side->setStretchFactor(0, 3);
  side->setStretchFactor(1, 2);

  auto* mapsBox = new QWidget(this);
  auto* mapsLayout = new QVBoxLayout(mapsBox);
  mapsLayout->setContentsMargins(0, 0, 0, 0);
  mapsLayout->addWidget(m_featureScroll, 1);
  mapsLayout->addWidget(m_legend);
  mapsLayout->addWidget(m_hoverLabel);
  mapsLayout->addWidget(m_explain->topImagesButton(), 0, Qt::AlignLeft);

  auto* body = new QSplitter(Qt::Horizontal, this);
  body->addWidget(mapsBox);
  body->addWidget(side);
  body->setStretchFactor(0, 3);
  body->setStretchFactor(1, 1);
  body->setChildrenCollapsible(false);

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(m_title);
  m_why->setObjectName(QStringLiteral("whyButton"));
  m_why->setText(tr("Why?"));
  m_why->setPopupMode(QToolButton::InstantPopup);
  m_why->setMenu(new QMenu(m_why));
  auto* header = new QHBoxLayout;
  header->addWidget(m_layerLabel, 1);
  header->addWidget(m_why, 0, Qt::AlignTop);
  layout->addLayout(header);
  layout->addWidget(body, 1);

  connect(m_features, &FeatureMapView::hoverText, m_hoverLabel, &QLabel::setText);
  connect(m_kernels, &FeatureMapView::hoverText, m_hoverLabel, &QLabel::setText);
  connect(m_features, &FeatureMapView::rendered, this, [this](double ms, int channels) {
    m_lastRenderMs = ms;
    m_legend->setGrid(m_features->grid());
    emit statusMessage(tr("Feature maps: %n channel(s) drawn in %1 ms", nullptr, channels).arg(ms, 0, 'f', 1));
  });
  connect(m_kernels, &FeatureMapView::rendered, this, [this] { m_kernelLegend->setGrid(m_kernels->grid()); });
  connect(m_kernelInput, &QSpinBox::valueChanged, this, [this] { showKernels(); });
  connect(m_session, &InspectSession::modelReady, this, [this](const ModelInfo& info) {
    showTitle(info);
    m_features->clear();
    m_bars->clear();
    emit inputRequested();
  });
  connect(m_session, &InspectSession::snapshotReady, this, &RunView::showSnapshot);
  connect(m_session, &InspectSession::progress, this, [this](int layer, int count) {
    m_layerLabel->setText(tr("Running layer %1 of %2…").arg(layer + 1).arg(count));
    emit runProgress(layer);
  });
  connect(m_session, &InspectSession::failed, this, [this](const QString& message) {
    if (m_session->hasModel()) showTitle(m_session->modelInfo());  // a failed load: the title names what is in use
    emit failed(message);
  });
  connect(m_session, &InspectSession::busyChanged, this, &RunView::busyChanged);
}

QString RunView::title() const { return m_title->fullText(); }

void RunView::showTitle(const ModelInfo& info) {
  ModelChoice choice;
  const QString name = findModelChoice(modelKeyFor(info.config), &choice) ? choice.displayName
                       : info.config.kind == ModelKind::LeNet             ? QStringLiteral("LeNet")
                       : info.config.kind == ModelKind::Code
                           ? QString::fromStdString(info.config.codeName)
                           : tr("AlexNet (widths %1)").arg(QString::fromStdString(toString(info.config.widths)));
  // Trained weights describe themselves ("LeNet, d2l recipe, test acc 0.808"); untrained ones need the model.
  const QString title = info.path.isEmpty() ? tr("%1 — weights: %2").arg(name, info.source) : info.source;
  m_title->setFullText(title, info.path.isEmpty() ? title : title + QLatin1Char('\n') + info.path);
}

void RunView::loadModel(const ModelConfig& config, const QString& checkpointPath) {
  // The file's name, never its path (a long path must not widen the window); the path is the tooltip.
  const std::string name = config.kind == ModelKind::Code ? config.codeName : modelName(config.kind);
  const QString title =
      tr("Loading %1…")
          .arg(checkpointPath.isEmpty() ? QString::fromStdString(name) : QFileInfo(checkpointPath).fileName());
  m_title->setFullText(title, checkpointPath.isEmpty() ? title : title + QLatin1Char('\n') + checkpointPath);
  m_session->loadModel(config, checkpointPath);
}

const ModelInfo& RunView::modelInfo() const { return m_session->modelInfo(); }
QString RunView::family() const { return m_session->hasModel() ? familyKey(modelInfo().config.kind) : QString(); }
int RunView::inputSide() const { return static_cast<int>(effectiveInputSize(modelInfo().config)); }
int RunView::cursor() const { return m_session->lastSnapshot().cursor; }
int RunView::layerCount() const { return m_session->hasModel() ? static_cast<int>(modelInfo().report.rows.size()) : 0; }
bool RunView::isBusy() const { return m_session->isBusy(); }

void RunView::setDisplayOptions(ScaleMode scale, bool sortByMean) {
  m_features->setScaleMode(scale);
  m_features->setSortByMean(sortByMean);
}

void RunView::setCompact(bool compact) {
  m_compact = compact;
  m_kernelBox->setVisible(!compact && !m_kernelTensor.empty());
}

void RunView::setNarrow(bool narrow) {
  m_barsBox->setMinimumWidth(narrow ? 140 : 260);  // narrow: room for the Saliency button
  m_kernelScroll->setMinimumSize(narrow ? 80 : 160, narrow ? 80 : 120);
  m_featureScroll->setMinimumWidth(narrow ? 160 : 240);  // two columns fit a 1024-px window
  m_kernelInput->setVisible(!narrow);
}

void RunView::showSnapshot(const StepSnapshot& snapshot) {
  const ShapeReport& report = modelInfo().report;
  QString text;
  if (snapshot.layer < 0) {
    text = tr("Step 0 of %1 · the input image %2")
               .arg(snapshot.layerCount)
               .arg(ShapeTableModel::formatShape(snapshot.output->shape()));
  } else {
    const LayerShapeRow& row = report.rows.at(static_cast<std::size_t>(snapshot.layer));
    text = tr("Step %1 of %2 · layer %3: %4 → %5 · %6 ms")
               .arg(snapshot.cursor)
               .arg(snapshot.layerCount)
               .arg(snapshot.layer)
               .arg(QString::fromStdString(row.repr), ShapeTableModel::formatShape(snapshot.output->shape()))
               .arg(snapshot.layerMs, 0, 'f', 1);
  }
  m_layerLabel->setText(text);
  showLessons(snapshot.layer < 0 ? LayerKind::Other : snapshot.layerKind);
  m_features->setTensor(snapshot.output, snapshot.layer < 0);
  m_bars->setProbabilities(*snapshot.probabilities, snapshot.cursor == snapshot.layerCount);  // (1, K): 10 values
  m_kernelTensor = snapshot.kernels;
  showKernels();
  emit cursorChanged(snapshot.layer);
}

void RunView::showKernels() {
  if (m_kernelTensor.empty()) {
    m_kernelBox->setVisible(false);
    return;
  }
  m_kernelBox->setVisible(!m_compact);
  const Tensor& kernels = *m_kernelTensor;  // (C_out, C_in, k, k)
  const std::int64_t out = kernels.dim(0), in = kernels.dim(1), k = kernels.dim(2);
  if (m_kernelInput->maximum() != in - 1) m_kernelInput->setRange(in > 1 ? -1 : 0, static_cast<int>(in - 1));
  const int channel = m_kernelInput->value();
  Tensor view(Shape{1, out, k, k});  // one k×k tile per output channel
  const std::int64_t plane = k * k;
  for (std::int64_t o = 0; o < out; ++o) {
    for (std::int64_t i = 0; i < plane; ++i) {
      float value = 0.0f;
      if (channel >= 0) {
        value = kernels[(o * in + channel) * plane + i];
      } else {
        for (std::int64_t c = 0; c < in; ++c) value += kernels[(o * in + c) * plane + i];
        value /= static_cast<float>(in);
      }
      view[o * plane + i] = value;
    }
  }
  m_kernelTitle->setText(
      tr("Kernels: %1 × %2×%3 (weights, %4)")
          .arg(out)
          .arg(k)
          .arg(k)
          .arg(channel >= 0 ? tr("input channel %1").arg(channel) : tr("mean over %1 inputs").arg(in)));
  m_kernels->setTensor(SharedTensor(std::move(view)), false);
}

void RunView::showLessons(LayerKind kind) {
  const std::vector<LessonId> lessons = lessonsFor(kind);
  QMenu* menu = m_why->menu();
  menu->clear();
  for (LessonId lesson : lessons)
    menu->addAction(lessonTitle(lesson), this, [this, lesson] { openLesson(lesson, this); });
  m_why->setToolTip(tr("The book's reason for this layer: %1").arg(lessonTitle(lessons.front())));
}

}  // namespace alexnet::ui
