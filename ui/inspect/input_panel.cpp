#include "ui/inspect/input_panel.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "alexnet/image/image_input.h"
#include "ui/inspect/drawing_pad.h"
#include "ui/inspect/fashion_samples.h"
#include "ui/file_locations.h"
#include "ui/inspect/image_loader.h"
#include "ui/localized_text.h"
#include "ui/inspect/probability_bars.h"

namespace alexnet::ui {

InputPanel::InputPanel(QWidget* parent)
    : QWidget(parent),
      m_sourceLabel(new QLabel(this)),
      m_errorLabel(new QLabel(this)),
      m_sampleSpin(new QSpinBox(this)),
      m_pad(new DrawingPad(this)),
      m_padBox(new QWidget(this)),
      m_grayCheck(new QCheckBox(tr("Grayscale"), this)),
      m_cropCheck(new QCheckBox(tr("Centre crop"), this)),
      m_resizeCheck(new QCheckBox(tr("Resize"), this)),
      m_scaleCheck(new QCheckBox(tr("Scale to [0, 1]"), this)),
      m_loader(new ImageLoader(this)),
      m_busyRow(new QWidget(this)),
      m_busyLabel(new QLabel(m_busyRow)),
      m_invertCombo(new QComboBox(this)),
      m_stageGrid(new QGridLayout) {
  setObjectName(QStringLiteral("inputPanel"));
  setAcceptDrops(true);

  auto* inputBox = new QGroupBox(tr("Input image"), this);
  auto* openButton = new QPushButton(tr("Open…"), inputBox);
  openButton->setToolTip(tr("Open an image file (PNG, JPEG, BMP, …); you can also drop one here or paste it"));
  auto* pasteButton = new QPushButton(tr("Paste"), inputBox);
  auto* drawButton = new QPushButton(tr("Draw"), inputBox);
  drawButton->setCheckable(true);
  auto* sampleButton = new QPushButton(tr("Use sample"), inputBox);
  m_sampleSpin->setRange(0, 9999);
  m_sampleSpin->setObjectName(QStringLiteral("sampleSpin"));
  m_sampleSpin->setToolTip(tr("Index into the Fashion-MNIST test set (10,000 images)"));

  auto* row1 = new QHBoxLayout;
  row1->addWidget(openButton);
  row1->addWidget(pasteButton);
  row1->addWidget(drawButton);
  auto* row2 = new QHBoxLayout;
  row2->addWidget(new QLabel(tr("Fashion-MNIST test #"), inputBox));
  row2->addWidget(m_sampleSpin, 1);
  row2->addWidget(sampleButton);
  auto* padLayout = new QHBoxLayout(m_padBox);
  padLayout->setContentsMargins(0, 0, 0, 0);
  padLayout->addWidget(m_pad);
  auto* clearButton = new QPushButton(tr("Clear"), m_padBox);
  padLayout->addWidget(clearButton, 0, Qt::AlignTop);
  m_padBox->setVisible(false);
  m_sourceLabel->setWordWrap(true);
  m_errorLabel->setWordWrap(true);
  m_errorLabel->setStyleSheet(QStringLiteral("color: #C62828;"));
  m_errorLabel->setVisible(false);
  m_errorLabel->setObjectName(QStringLiteral("inputError"));

  // Shown while a file decodes on a pool thread: the name, a busy bar and Cancel.
  m_busyRow->setObjectName(QStringLiteral("imageLoading"));
  auto* busyBar = new QProgressBar(m_busyRow);
  busyBar->setRange(0, 0);  // indeterminate
  busyBar->setMaximumHeight(12);
  busyBar->setTextVisible(false);
  auto* cancelButton = new QPushButton(tr("Cancel"), m_busyRow);
  cancelButton->setObjectName(QStringLiteral("cancelImageLoad"));
  m_busyLabel->setWordWrap(true);
  auto* busyLayout = new QGridLayout(m_busyRow);
  busyLayout->setContentsMargins(0, 0, 0, 0);
  busyLayout->addWidget(m_busyLabel, 0, 0, 1, 2);
  busyLayout->addWidget(busyBar, 1, 0);
  busyLayout->addWidget(cancelButton, 1, 1);
  m_busyRow->setVisible(false);
  connect(cancelButton, &QPushButton::clicked, this, &InputPanel::cancelLoad);
  connect(m_loader, &ImageLoader::loaded, this, &InputPanel::takeLoadedImage);
  connect(m_loader, &ImageLoader::failed, this, [this](const QString&, const QString& message) {
    m_busyRow->setVisible(false);
    showError(withDetail(tr("This image cannot be opened; the previous image is kept."), message));
    emit loadFinished(false);
  });
  connect(m_loader, &ImageLoader::cancelled, this, [this] {
    m_busyRow->setVisible(false);
    emit loadFinished(false);
  });

  auto* inputLayout = new QVBoxLayout(inputBox);
  inputLayout->addLayout(row1);
  inputLayout->addLayout(row2);
  inputLayout->addWidget(m_padBox);
  inputLayout->addWidget(m_sourceLabel);
  inputLayout->addWidget(m_busyRow);
  inputLayout->addWidget(m_errorLabel);

  auto* prepBox = new QGroupBox(tr("Preprocessing"), this);
  for (QCheckBox* check : {m_grayCheck, m_cropCheck, m_resizeCheck, m_scaleCheck}) check->setChecked(true);
  m_grayCheck->setToolTip(tr("Off: an RGB image keeps 3 channels, and the 1-channel model refuses it"));
  m_resizeCheck->setToolTip(tr("Off: the image keeps its size, and the model refuses it unless it already fits"));
  m_scaleCheck->setToolTip(tr("Off: pixel values stay 0..255 instead of 0..1"));
  m_invertCombo->addItem(tr("Invert: auto (light background)"), int(InvertChoice::Auto));
  m_invertCombo->addItem(tr("Invert: always"), int(InvertChoice::On));
  m_invertCombo->addItem(tr("Invert: never"), int(InvertChoice::Off));
  auto* prepLayout = new QVBoxLayout(prepBox);
  auto* switchGrid = new QGridLayout;
  switchGrid->addWidget(m_grayCheck, 0, 0);
  switchGrid->addWidget(m_cropCheck, 0, 1);
  switchGrid->addWidget(m_resizeCheck, 1, 0);
  switchGrid->addWidget(m_scaleCheck, 1, 1);
  prepLayout->addLayout(switchGrid);
  prepLayout->addWidget(m_invertCombo);
  prepLayout->addLayout(m_stageGrid);
  m_stageGrid->setHorizontalSpacing(8);
  m_stageGrid->setVerticalSpacing(2);

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(inputBox);
  layout->addWidget(prepBox);
  layout->addStretch(1);

  connect(openButton, &QPushButton::clicked, this, &InputPanel::openImageDialog);
  connect(pasteButton, &QPushButton::clicked, this, [this] { pasteFromClipboard(); });
  connect(sampleButton, &QPushButton::clicked, this, [this] { useSample(m_sampleSpin->value()); });
  connect(m_sampleSpin, &QSpinBox::editingFinished, this, [this] { useSample(m_sampleSpin->value()); });
  connect(drawButton, &QPushButton::toggled, m_padBox, &QWidget::setVisible);
  connect(clearButton, &QPushButton::clicked, m_pad, &DrawingPad::clearPad);
  connect(m_pad, &DrawingPad::drawingFinished, this, [this] { setSourceImage(m_pad->image(), tr("your drawing")); });
  for (QCheckBox* check : {m_grayCheck, m_cropCheck, m_resizeCheck, m_scaleCheck})
    connect(check, &QCheckBox::toggled, this, [this] {
      refreshThumbnails();
      emit inputChanged();
    });
  connect(m_invertCombo, &QComboBox::currentIndexChanged, this, [this] {
    refreshThumbnails();
    emit inputChanged();
  });
}

PreprocessSwitches InputPanel::switches() const {
  PreprocessSwitches switches;
  switches.grayscale = m_grayCheck->isChecked();
  switches.centreCrop = m_cropCheck->isChecked();
  switches.resize = m_resizeCheck->isChecked();
  switches.scale = m_scaleCheck->isChecked();
  switches.invert = static_cast<InvertChoice>(m_invertCombo->currentData().toInt());
  return switches;
}

void InputPanel::showError(const QString& message) {
  m_lastError = message;
  m_errorLabel->setText(message);
  m_errorLabel->setVisible(!message.isEmpty());
  if (!message.isEmpty()) emit errorOccurred(message);
}

void InputPanel::setSourceImage(const QImage& image, const QString& description) {
  if (image.isNull()) return;
  m_loader->cancel();  // the image in hand wins over a file still decoding
  m_source = image::imageFromQImage(image);
  m_fileWidth = m_fileHeight = 0;
  m_sourceLabel->setToolTip(QString());
  m_description = description;
  m_imagePath.clear();
  m_sampleIndex = -1;
  m_sourceLabel->setText(tr("Current: %1").arg(description));
  showError(QString());
  refreshThumbnails();
  emit inputChanged();
}

void InputPanel::loadImageFile(const QString& path) {
  // Decoding, size limits and truncation checks are shared with the CLI (alexnet/image/image_input.h).
  showBusy(path);
  m_loader->load({.path = path, .previewSide = m_previewSide, .switches = switches()});
}

void InputPanel::cancelLoad() { m_loader->cancel(); }

bool InputPanel::isLoading() const { return m_loader->isLoading(); }

void InputPanel::showBusy(const QString& path) {
  m_busyLabel->setText(tr("Opening %1…").arg(QFileInfo(path).fileName()));
  m_busyLabel->setToolTip(path);
  m_busyRow->setVisible(true);
}

void InputPanel::takeLoadedImage(const LoadedImage& loaded) {
  m_busyRow->setVisible(false);
  m_source = loaded.image;
  const bool reduced = loaded.fileWidth != loaded.image.width || loaded.fileHeight != loaded.image.height;
  m_fileWidth = reduced ? loaded.fileWidth : 0;
  m_fileHeight = reduced ? loaded.fileHeight : 0;
  m_description = QFileInfo(loaded.path).fileName();
  m_imagePath = QFileInfo(loaded.path).absoluteFilePath();
  m_sampleIndex = -1;
  m_sourceLabel->setText(reduced ? tr("Current: %1 (%2×%3, shown at %4×%5)")
                                       .arg(m_description)
                                       .arg(loaded.fileWidth)
                                       .arg(loaded.fileHeight)
                                       .arg(loaded.image.width)
                                       .arg(loaded.image.height)
                                 : tr("Current: %1").arg(m_description));
  m_sourceLabel->setToolTip(QFileInfo(loaded.path).absoluteFilePath());
  showError(QString());
  const PreprocessSwitches now = switches();
  const PreprocessSwitches& used = loaded.switches;
  const bool sameSwitches = now.grayscale == used.grayscale && now.centreCrop == used.centreCrop &&
                            now.resize == used.resize && now.scale == used.scale && now.invert == used.invert;
  if (sameSwitches && loaded.previewSide == m_previewSide) {  // preprocessed on the pool thread
    m_cached = loaded.preview;
    m_cachedSide = loaded.previewSide;
    if (!m_cached.error.isEmpty()) showError(m_cached.error);
    showThumbnails(m_cached);
  } else {  // a switch or the model changed while it decoded
    refreshThumbnails();
  }
  emit inputChanged();
  emit fileOpened(QFileInfo(loaded.path).absoluteFilePath());
  emit loadFinished(true);
}

bool InputPanel::useSample(int index) {
  QString error;
  const FashionSample sample = fashionTestSample(index, &error);
  if (sample.image.isNull()) {
    showError(withDetail(tr("The Fashion-MNIST test images cannot be read."), error));
    return false;
  }
  m_sampleSpin->setValue(index);
  const QStringList names = fashionClassNames();
  setSourceImage(sample.image, tr("Fashion-MNIST test #%1 (label: %2)").arg(index).arg(names.value(sample.label)));
  m_sampleIndex = index;
  return true;
}

bool InputPanel::pasteFromClipboard() {
  const QMimeData* mime = QApplication::clipboard()->mimeData();
  if (mime && mime->hasImage()) {
    setSourceImage(qvariant_cast<QImage>(mime->imageData()), tr("pasted image"));
    return true;
  }
  if (mime && mime->hasUrls() && !mime->urls().isEmpty() && mime->urls().first().isLocalFile()) {
    loadImageFile(mime->urls().first().toLocalFile());
    return true;
  }
  showError(tr("The clipboard holds no image."));
  return false;
}

void InputPanel::openImageDialog() {
  QStringList patterns;
  for (const QByteArray& format : QImageReader::supportedImageFormats())
    patterns << QStringLiteral("*.") + QString::fromLatin1(format);
  const QString path = QFileDialog::getOpenFileName(
      this, tr("Open image"), lastImageFolder(), tr("Images (%1);;All files (*)").arg(patterns.join(QLatin1Char(' '))));
  if (!path.isEmpty()) loadImageFile(path);
}

void InputPanel::dragEnterEvent(QDragEnterEvent* event) {
  if (event->mimeData()->hasUrls() || event->mimeData()->hasImage()) event->acceptProposedAction();
}

void InputPanel::dropEvent(QDropEvent* event) {
  const QMimeData* mime = event->mimeData();
  if (mime->hasImage()) {
    setSourceImage(qvariant_cast<QImage>(mime->imageData()), tr("dropped image"));
  } else if (mime->hasUrls() && !mime->urls().isEmpty()) {
    loadImageFile(mime->urls().first().toLocalFile());
  }
  event->acceptProposedAction();
}

void InputPanel::setPreviewSide(int side) {
  m_previewSide = side;
  refreshThumbnails();
}

PreprocessOutcome InputPanel::preprocess(int side) {
  if (side != m_cachedSide) {
    m_cached = ImagePreprocessor::run(m_source, side, switches());
    m_cachedSide = side;
  }
  return m_cached;
}

void InputPanel::refreshThumbnails() {
  m_cachedSide = -1;  // the source or a switch changed (or the preview side)
  const PreprocessOutcome outcome = preprocess(m_previewSide);
  if (!outcome.error.isEmpty()) showError(outcome.error);
  showThumbnails(outcome);
}

void InputPanel::showThumbnails(const PreprocessOutcome& outcome) {
  for (std::size_t i = 0; i < outcome.stages.size(); ++i) {
    if (i >= m_stageImages.size()) {
      auto* image = new QLabel(this);
      image->setFixedSize(52, 52);
      image->setObjectName(QStringLiteral("stageThumbnail%1").arg(i));
      image->setAlignment(Qt::AlignCenter);
      image->setStyleSheet(QStringLiteral("background:#263238; border:1px solid #90A4AE;"));
      auto* text = new QLabel(this);
      text->setWordWrap(true);
      m_stageGrid->addWidget(image, int(i), 0);
      m_stageGrid->addWidget(text, int(i), 1);
      m_stageImages.push_back(image);
      m_stageTexts.push_back(text);
    }
    const PreprocessStageView& stage = outcome.stages[i];
    m_stageImages[i]->setPixmap(
        QPixmap::fromImage(stage.image.scaled(50, 50, Qt::KeepAspectRatio, Qt::FastTransformation)));
    m_stageTexts[i]->setText(
        QStringLiteral("<b>%1</b>%2<br><span style='color:#607D8B'>%3</span>")
            .arg(stage.name, stage.applied ? QString() : tr(" (off)"), stage.note.toHtmlEscaped()));
  }
}

}  // namespace alexnet::ui
