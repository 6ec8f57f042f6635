#include "ui/evaluate/occlusion_page.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QShowEvent>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

#include "alexnet/image/image_input.h"
#include "ui/evaluate/occlusion_job.h"
#include "ui/evaluate/occlusion_view.h"
#include "ui/inspect/fashion_samples.h"
#include "ui/inspect/image_loader.h"
#include "ui/inspect/probability_bars.h"
#include "ui/inspect/weights_text.h"

namespace alexnet::ui {
namespace {

PreprocessSwitches switchesFor(const ModelConfig& config, bool fashionSample) {
  PreprocessSwitches switches;
  switches.grayscale = inputChannels(config.kind) == 1;
  if (fashionSample) switches.invert = InvertChoice::Off;  // already light on black
  return switches;
}

}  // namespace

OcclusionPage::OcclusionPage(QWidget* parent)
    : QWidget(parent),
      m_weights(new QComboBox(this)),
      m_sample(new QSpinBox(this)),
      m_openImage(new QPushButton(tr("Open image…"), this)),
      m_patch(new QSpinBox(this)),
      m_stride(new QSpinBox(this)),
      m_fill(new QDoubleSpinBox(this)),
      m_class(new QComboBox(this)),
      m_cancel(new QPushButton(tr("Cancel"), this)),
      m_progress(new QProgressBar(this)),
      m_summary(new QLabel(this)),
      m_hover(new QLabel(this)),
      m_view(new OcclusionView(this)),
      m_loader(new ImageLoader(this)),
      m_job(new OcclusionJob(this)) {
  m_weights->setObjectName(QStringLiteral("occlusionWeights"));
  m_weights->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
  m_weights->setMinimumContentsLength(20);
  m_sample->setObjectName(QStringLiteral("occlusionSample"));
  m_sample->setRange(0, 9999);
  m_sample->setPrefix(tr("test image "));
  m_patch->setObjectName(QStringLiteral("occlusionPatch"));
  m_patch->setRange(0, 224);
  m_patch->setSpecialValueText(tr("auto"));
  m_patch->setToolTip(tr("Side of the grey square in model-input pixels (auto: 4 at 28 pixels, 32 at 224)"));
  m_stride->setObjectName(QStringLiteral("occlusionStride"));
  m_stride->setRange(0, 224);
  m_stride->setSpecialValueText(tr("auto"));
  m_stride->setToolTip(tr("Step between square positions (auto: 2 at 28 pixels, 8 at 224)"));
  m_fill->setObjectName(QStringLiteral("occlusionFill"));
  m_fill->setRange(-10.0, 10.0);
  m_fill->setSingleStep(0.1);
  m_fill->setToolTip(tr("Value of the occluded pixels, in model-input units (0 = black after preprocessing)"));
  m_class->setObjectName(QStringLiteral("occlusionClass"));
  m_class->addItem(tr("Predicted class"), -1);
  const QStringList names = fashionClassNames();
  for (int i = 0; i < names.size(); ++i) m_class->addItem(QStringLiteral("%1 %2").arg(i).arg(names[i]), i);
  m_cancel->setObjectName(QStringLiteral("occlusionCancel"));
  m_cancel->setEnabled(false);
  m_progress->setTextVisible(true);
  m_progress->setRange(0, 1);
  m_progress->setValue(0);
  m_summary->setWordWrap(true);
  m_summary->setTextFormat(Qt::RichText);
  m_summary->setObjectName(QStringLiteral("occlusionSummary"));
  m_hover->setMinimumHeight(m_hover->fontMetrics().height() + 4);

  auto* inputRow = new QHBoxLayout;
  inputRow->addWidget(m_sample);
  inputRow->addWidget(m_openImage);
  auto* form = new QFormLayout;
  form->addRow(tr("Weights:"), m_weights);
  form->addRow(tr("Input:"), inputRow);
  form->addRow(tr("Patch:"), m_patch);
  form->addRow(tr("Stride:"), m_stride);
  form->addRow(tr("Fill:"), m_fill);
  form->addRow(tr("Class:"), m_class);
  auto* controls = new QVBoxLayout;
  controls->addLayout(form);
  auto* progressRow = new QHBoxLayout;
  progressRow->addWidget(m_progress, 1);
  progressRow->addWidget(m_cancel);
  controls->addLayout(progressRow);
  controls->addWidget(m_summary);
  auto* explanation = new QLabel(
      tr("<p><b>Occlusion sensitivity</b> (Zeiler &amp; Fergus 2014): a square is slid over the model input and, "
         "at each position, the probability of the class is measured again. The colour at a spot is "
         "p(class | image) − p(class | image with that spot hidden): yellow where hiding it hurts the "
         "prediction most, i.e. the parts the network relies on.</p>"),
      this);
  explanation->setWordWrap(true);
  controls->addWidget(explanation);
  controls->addStretch(1);
  auto* right = new QVBoxLayout;
  right->addWidget(m_view, 1);
  right->addWidget(m_hover);
  auto* layout = new QHBoxLayout(this);
  auto* left = new QWidget(this);
  left->setLayout(controls);
  left->setMaximumWidth(420);
  layout->addWidget(left);
  layout->addLayout(right, 1);

  populateWeights();
  connect(m_weights, &QComboBox::currentIndexChanged, this, [this] {
    m_weights->setToolTip(m_weights->currentText());  // the whole description, however narrow the box
    reloadInput();
  });
  connect(m_sample, &QSpinBox::valueChanged, this, [this] {
    m_imagePath.clear();
    m_shownPath.clear();
    showOpenedFileInSampleBox(false);
    reloadInput();
  });
  connect(m_openImage, &QPushButton::clicked, this, &OcclusionPage::chooseImageFile);
  for (QSpinBox* box : {m_patch, m_stride}) connect(box, &QSpinBox::valueChanged, this, [this] { compute(); });
  connect(m_fill, &QDoubleSpinBox::valueChanged, this, [this] { compute(); });
  connect(m_class, &QComboBox::currentIndexChanged, this, [this] { compute(); });
  connect(m_cancel, &QPushButton::clicked, this, &OcclusionPage::cancel);
  connect(m_job, &OcclusionJob::progress, this, [this](qint64 done, qint64 total) {
    m_progress->setRange(0, static_cast<int>(total));
    m_progress->setValue(static_cast<int>(done));
  });
  connect(m_job, &OcclusionJob::finished, this, &OcclusionPage::showOutcome);
  connect(m_view, &OcclusionView::hovered, m_hover, &QLabel::setText);
  connect(m_loader, &ImageLoader::loaded, this, [this](const LoadedImage& image) {
    if (!image.preview.error.isEmpty()) {
      m_summary->setText(image.preview.error);
      m_imagePath = m_shownPath;  // the picture in use stays, and so does its name
      return;
    }
    m_shownPath = image.path;
    showOpenedFileInSampleBox(true);
    useInput(image.preview.stages.front().image, image.preview.geometry, image.preview.tensor,
             QFileInfo(image.path).fileName());
  });
  connect(m_loader, &ImageLoader::failed, this, [this](const QString&, const QString& message) {
    m_summary->setText(message.toHtmlEscaped());
    m_imagePath = m_shownPath;  // the picture in use stays, and so does its name
    emit statusMessage(message);
  });
  reloadInput();
}

void OcclusionPage::populateWeights() {
  m_library = listWeights(defaultWeightsLibraryOptions());
  const QSignalBlocker blocker(m_weights);
  m_weights->clear();
  for (const WeightsEntry& entry : m_library)
    if (entry.config.kind != ModelKind::Code || !entry.config.code.empty()) {
      const QString description = describeWeights(entry);
      m_weights->addItem(description, QString::fromStdString(entry.path.string()));
      // The box is narrower than most descriptions (in Chinese it cut off before the accuracy).
      m_weights->setItemData(m_weights->count() - 1, description, Qt::ToolTipRole);
    }
  m_weights->setToolTip(m_weights->currentText());
}

QString OcclusionPage::weightsPath() const { return m_weights->currentData().toString(); }

ModelConfig OcclusionPage::currentConfig() const {
  const QString path = weightsPath();
  for (const WeightsEntry& entry : m_library)
    if (QString::fromStdString(entry.path.string()) == path) return entry.config;
  return {};
}

bool OcclusionPage::setWeights(const QString& pathOrId) {
  if (pathOrId.isEmpty()) return true;
  try {
    const WeightsEntry entry = resolveWeights(pathOrId.toStdString(), defaultWeightsLibraryOptions());
    const QString path = QString::fromStdString(entry.path.string());
    int index = m_weights->findData(path);
    if (index < 0) {
      m_library.push_back(entry);
      m_weights->addItem(QFileInfo(path).fileName(), path);
      index = m_weights->count() - 1;
    }
    m_weights->setCurrentIndex(index);  // → reloadInput()
    return true;
  } catch (const std::exception& error) {
    emit statusMessage(QString::fromStdString(error.what()));
    return false;
  }
}

void OcclusionPage::setSample(int index) {
  m_imagePath.clear();
  m_shownPath.clear();
  showOpenedFileInSampleBox(false);
  if (m_sample->value() == index)
    reloadInput();
  else
    m_sample->setValue(index);  // → reloadInput()
}

void OcclusionPage::openImage(const QString& path) {
  m_imagePath = path;  // named in the sample box once it has loaded
  reloadInput();
}

void OcclusionPage::showOpenedFileInSampleBox(bool opened) {
  const QSignalBlocker blocker(m_sample);
  if (opened) {
    const QString name = QFileInfo(m_shownPath).fileName();
    m_sample->setSpecialValueText(m_sample->fontMetrics().elidedText(name, Qt::ElideMiddle, 180));
    m_sample->setToolTip(name);
    m_sample->setMinimum(-1);
    m_sample->setValue(-1);
  } else {
    m_sample->setMinimum(0);
    m_sample->setSpecialValueText(QString());
    m_sample->setToolTip(QString());
  }
}

void OcclusionPage::chooseImageFile() {
  const QString path = QFileDialog::getOpenFileName(
      this, tr("Open an image"), QString(), tr("Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;All files (*)"));
  if (!path.isEmpty()) openImage(path);
}

void OcclusionPage::reloadInput() {
  m_job->cancel();
  if (m_weights->count() == 0) {
    m_summary->setText(tr("No trained weights in the library: train a network first."));
    return;
  }
  const ModelConfig config = currentConfig();
  const int side = static_cast<int>(effectiveInputSize(config));
  if (!m_imagePath.isEmpty()) {
    m_summary->setText(tr("Opening %1…").arg(QFileInfo(m_imagePath).fileName().toHtmlEscaped()));
    m_loader->load({.path = m_imagePath, .previewSide = side, .switches = switchesFor(config, false)});
    return;
  }
  m_loader->cancel();
  QString error;
  const FashionSample sample = fashionTestSample(m_sample->value(), &error);
  if (sample.image.isNull()) {
    m_summary->setText(error.toHtmlEscaped());
    return;
  }
  try {
    const PreprocessOutcome outcome =
        ImagePreprocessor::run(image::imageFromQImage(sample.image), side, switchesFor(config, true));
    const QString label = fashionClassNames().value(sample.label);
    useInput(outcome.stages.front().image, outcome.geometry, outcome.tensor,
             tr("test image %1 (%2)").arg(m_sample->value()).arg(label));
  } catch (const std::exception& e) {
    m_summary->setText(QString::fromStdString(e.what()).toHtmlEscaped());
  }
}

void OcclusionPage::useInput(const QImage& original, const InputGeometry& geometry, const Tensor& tensor,
                             const QString& what) {
  m_input = tensor;
  m_inputText = what;
  m_view->setPicture(original, geometry);
  compute();
}

void OcclusionPage::cancel() {
  if (!m_job->isRunning()) return;
  m_job->cancel();
  m_cancel->setEnabled(false);
  m_summary->setText(tr("Cancelled."));
}

void OcclusionPage::showEvent(QShowEvent* event) {
  QWidget::showEvent(event);
  if (m_shown) return;
  m_shown = true;
  compute();
}

void OcclusionPage::compute() {
  if (!m_shown || m_input.empty() || m_weights->count() == 0) return;
  m_view->clearMap();
  m_progress->setRange(0, 1);
  m_progress->setValue(0);
  m_cancel->setEnabled(true);
  m_summary->setText(tr("Computing the occlusion map for %1…").arg(m_inputText.toHtmlEscaped()));
  OcclusionRequest request;
  request.weightsPath = weightsPath();
  request.input = m_input;
  request.options.patch = m_patch->value();
  request.options.stride = m_stride->value();
  request.options.fill = static_cast<float>(m_fill->value());
  request.options.classIndex = m_class->currentData().toInt();
  m_job->start(std::move(request));
}

void OcclusionPage::showOutcome(const OcclusionOutcome& outcome) {
  m_cancel->setEnabled(false);
  if (!outcome.error.isEmpty()) {
    m_summary->setText(outcome.error.toHtmlEscaped());
    emit statusMessage(outcome.error);
    return;
  }
  const OcclusionResult& r = outcome.result;
  m_progress->setRange(0, static_cast<int>(r.map.numel()));
  m_progress->setValue(static_cast<int>(r.map.numel()));
  m_view->setMap(r);
  const QStringList names = fashionClassNames();
  const QString predicted = names.value(static_cast<int>(r.predictedClass));
  const QString mapped = names.value(static_cast<int>(r.classIndex));
  float peak = r.map.numel() ? r.map[0] : 0.0f;
  for (std::int64_t k = 0; k < r.map.numel(); ++k) peak = std::max(peak, r.map[k]);
  m_summary->setText(
      tr("<p>%1: predicted <b>%2</b> with probability %3. Map of <b>%4</b> (p = %5): %6×%7 squares of %8 pixels, "
         "stride %9; the largest drop is %10. %11 forward passes in %12 ms.</p>")
          .arg(m_inputText.toHtmlEscaped(), predicted.toHtmlEscaped())
          .arg(double(r.probabilities[r.predictedClass]), 0, 'f', 3)
          .arg(mapped.toHtmlEscaped())
          .arg(double(r.probability), 0, 'f', 3)
          .arg(r.map.dim(0))
          .arg(r.map.dim(1))
          .arg(r.patch)
          .arg(r.stride)
          .arg(double(peak), 0, 'f', 3)
          .arg(r.map.numel() + 1)
          .arg(outcome.milliseconds, 0, 'f', 0));
}

bool OcclusionPage::isBusy() const { return m_job->isRunning() || m_loader->isLoading(); }

bool OcclusionPage::hasMap() const { return m_view->hasMap(); }

}  // namespace alexnet::ui
