#include "ui/evaluate/confusion_gallery.h"

#include <QImage>
#include <QLabel>
#include <QPixmap>
#include <QVBoxLayout>

namespace alexnet::ui {

namespace {

constexpr int kThumbnailSide = 56;  // 28×28 at twice the size, pixels kept sharp
constexpr int kTestIndexRole = Qt::UserRole + 1;

QPixmap thumbnailOf(const ImageSet& images, std::int64_t index) {
  const int rows = static_cast<int>(images.rows), cols = static_cast<int>(images.cols);
  QImage image(cols, rows, QImage::Format_Grayscale8);
  const std::uint8_t* pixels = images.pixels.data() + static_cast<std::size_t>(index) * rows * cols;  // (rows, cols)
  for (int y = 0; y < rows; ++y) {
    const std::uint8_t* line = pixels + static_cast<std::ptrdiff_t>(y) * cols;  // (cols)
    std::copy(line, line + cols, image.scanLine(y));
  }
  return QPixmap::fromImage(image.scaled(kThumbnailSide, kThumbnailSide, Qt::KeepAspectRatio, Qt::FastTransformation));
}

}  // namespace

ConfusionGallery::ConfusionGallery(QWidget* parent)
    : QWidget(parent), m_heading(new QLabel(this)), m_list(new QListWidget(this)) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  m_heading->setWordWrap(true);
  m_heading->setObjectName(QStringLiteral("galleryHeading"));
  layout->addWidget(m_heading);
  m_list->setViewMode(QListView::IconMode);
  m_list->setIconSize(QSize(kThumbnailSide, kThumbnailSide));
  m_list->setGridSize(QSize(kThumbnailSide + 22, kThumbnailSide + 24));
  m_list->setResizeMode(QListView::Adjust);
  m_list->setMovement(QListView::Static);
  m_list->setUniformItemSizes(true);
  m_list->setWrapping(true);
  m_list->setFlow(QListView::LeftToRight);
  layout->addWidget(m_list, 1);
  connect(m_list, &QListWidget::itemClicked, this,
          [this](QListWidgetItem* item) { emit imageClicked(item->data(kTestIndexRole).toInt()); });
}

void ConfusionGallery::showCell(const QString& heading, const std::vector<TestPrediction>& cell,
                                const std::shared_ptr<const ImageSet>& images) {
  m_heading->setText(heading);
  m_list->clear();
  if (!images) return;
  for (const TestPrediction& item : cell) {
    auto* entry = new QListWidgetItem(thumbnailOf(*images, item.index),
                                      QString::number(100.0 * item.confidence, 'f', 1) + QLatin1Char('%'));
    entry->setData(kTestIndexRole, static_cast<int>(item.index));
    entry->setToolTip(tr("Test image %1, %2% confident. Click to open it on the Inspect screen.")
                          .arg(item.index)
                          .arg(100.0 * item.confidence, 0, 'f', 1));
    m_list->addItem(entry);
  }
}

void ConfusionGallery::clear(const QString& hint) {
  m_heading->setText(hint);
  m_list->clear();
}

int ConfusionGallery::testIndexAt(int row) const {
  const QListWidgetItem* item = m_list->item(row);
  return item ? item->data(kTestIndexRole).toInt() : -1;
}

QString ConfusionGallery::heading() const { return m_heading->text(); }

}  // namespace alexnet::ui
