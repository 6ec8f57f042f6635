#include "ui/inspect/top_images_dialog.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "alexnet/core/data/fashion_mnist.h"

namespace alexnet::ui {

TopImagesDialog::TopImagesDialog(const TopImagesRequest& request, int channels, const QString& layerTitle,
                                 QWidget* parent)
    : QDialog(parent),
      m_request(request),
      m_search(new TopImagesSearch(this)),
      m_channel(new QSpinBox(this)),
      m_topN(new QSpinBox(this)),
      m_limit(new QSpinBox(this)),
      m_start(new QPushButton(tr("Search"), this)),
      m_cancel(new QPushButton(tr("Cancel"), this)),
      m_progress(new QProgressBar(this)),
      m_status(new QLabel(this)),
      m_tiles(new QGridLayout),
      m_tileBox(new QWidget(this)) {
  setAttribute(Qt::WA_DeleteOnClose);
  setWindowTitle(tr("Top activating test images — %1").arg(layerTitle));
  m_channel->setRange(0, std::max(0, channels - 1));
  m_channel->setValue(request.channel);
  m_channel->setPrefix(tr("channel "));
  m_topN->setRange(1, 25);
  m_topN->setValue(request.topN);
  m_topN->setPrefix(tr("top "));
  m_limit->setRange(10, 10000);
  m_limit->setSingleStep(500);
  m_limit->setValue(request.limit > 0 ? request.limit : 10000);
  m_limit->setSuffix(tr(" test images"));
  m_limit->setToolTip(tr("How many Fashion-MNIST test images to examine (from the first)"));
  m_cancel->setEnabled(false);
  m_progress->setRange(0, 1);
  m_progress->setValue(0);
  m_status->setWordWrap(true);
  auto* controls = new QHBoxLayout;
  controls->addWidget(new QLabel(layerTitle, this));
  controls->addWidget(m_channel);
  controls->addWidget(m_topN);
  controls->addWidget(new QLabel(tr("of"), this));
  controls->addWidget(m_limit);
  controls->addStretch(1);
  controls->addWidget(m_start);
  controls->addWidget(m_cancel);
  m_tileBox->setLayout(m_tiles);
  m_tileBox->setMinimumSize(3 * 124, 3 * 124);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(controls);
  layout->addWidget(m_progress);
  layout->addWidget(m_status);
  layout->addWidget(m_tileBox, 1);

  connect(m_start, &QPushButton::clicked, this, &TopImagesDialog::start);
  connect(m_cancel, &QPushButton::clicked, this, &TopImagesDialog::cancel);
  connect(m_search, &TopImagesSearch::progress, this, [this](qint64 done, qint64 total) {
    m_progress->setRange(0, static_cast<int>(total));
    m_progress->setValue(static_cast<int>(done));
    m_status->setText(tr("Examined %1 of %2 test images…").arg(done).arg(total));
  });
  connect(m_search, &TopImagesSearch::finished, this, &TopImagesDialog::showOutcome);
  connect(m_search, &TopImagesSearch::runningChanged, this, [this](bool running) {
    m_start->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_channel->setEnabled(!running);
    m_topN->setEnabled(!running);
    m_limit->setEnabled(!running);
  });
}

void TopImagesDialog::start() {
  TopImagesRequest request = m_request;
  request.channel = m_channel->value();
  request.topN = m_topN->value();
  request.limit = m_limit->value();
  m_progress->setRange(0, 0);  // busy until the first batch
  m_status->setText(tr("Loading the model and the test set…"));
  m_search->start(request);
}

void TopImagesDialog::cancel() { m_search->cancel(); }

void TopImagesDialog::showOutcome(const TopImagesOutcome& outcome) {
  m_outcome = outcome;
  while (QLayoutItem* item = m_tiles->takeAt(0)) {
    delete item->widget();
    delete item;
  }
  m_progress->setRange(0, std::max<int>(1, static_cast<int>(outcome.total)));
  m_progress->setValue(static_cast<int>(outcome.examined));
  if (!outcome.error.isEmpty()) {
    m_status->setText(tr("Search failed: %1").arg(outcome.error));
    return;
  }
  m_status->setText((outcome.cancelled ? tr("Cancelled after %1 of %2 test images (%3 s); best of those:")
                                       : tr("Examined %1 of %2 test images in %3 s."))
                        .arg(outcome.examined)
                        .arg(outcome.total)
                        .arg(outcome.seconds, 0, 'f', 1) +
                    QLatin1Char(' ') + tr("Ranked by the channel's maximum activation."));
  const auto& names = fashionMnistClassNames();
  const int columns = outcome.items.size() <= 9 ? 3 : outcome.items.size() <= 16 ? 4 : 5;
  for (int i = 0; i < outcome.items.size(); ++i) {
    const TopImagesItem& item = outcome.items[i];
    auto* tile = new QLabel(m_tileBox);
    tile->setAlignment(Qt::AlignCenter);
    tile->setTextFormat(Qt::RichText);
    const QImage big = item.image.scaled(item.image.width() * 3, item.image.height() * 3, Qt::IgnoreAspectRatio,
                                         Qt::FastTransformation);
    auto* picture = new QLabel(m_tileBox);
    picture->setPixmap(QPixmap::fromImage(big));
    picture->setAlignment(Qt::AlignCenter);
    const QString name =
        item.label >= 0 && item.label < 10 ? QString::fromStdString(names[std::size_t(item.label)]) : QString();
    tile->setText(tr("#%1 · %2<br>test image %3 · max %4")
                      .arg(i + 1)
                      .arg(name)
                      .arg(item.index)
                      .arg(double(item.activation), 0, 'g', 4));
    auto* cell = new QWidget(m_tileBox);
    auto* cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(2, 2, 2, 2);
    cellLayout->addWidget(picture);
    cellLayout->addWidget(tile);
    tile->setParent(cell);
    picture->setParent(cell);
    m_tiles->addWidget(cell, i / columns, i % columns);
  }
}

}  // namespace alexnet::ui
