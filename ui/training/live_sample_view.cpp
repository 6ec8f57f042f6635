#include "ui/training/live_sample_view.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <algorithm>

#include "ui/elided_label.h"
#include "ui/inspect/probability_bars.h"

namespace alexnet::ui {

class LiveSampleView::ImageView : public QWidget {
 public:
  ImageView(const QString& placeholder, QWidget* parent) : QWidget(parent), m_placeholder(placeholder) {}
  void setImage(const QImage& image) {
    m_image = image;
    update();
  }

 protected:
  void paintEvent(QPaintEvent*) override {
    QPainter painter(this);
    if (m_image.isNull()) {
      painter.setPen(QColor(0x75, 0x75, 0x75));
      painter.drawText(rect().adjusted(4, 4, -4, -4), Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
      return;
    }
    const QSize scaled = m_image.size().scaled(size(), Qt::KeepAspectRatio);
    const QRect target(QPoint((width() - scaled.width()) / 2, (height() - scaled.height()) / 2), scaled);
    painter.drawImage(target, m_image);  // nearest-neighbour: pixels stay visible
  }

 private:
  QImage m_image;
  QString m_placeholder;
};

LiveSampleView::LiveSampleView(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("liveSample"));
  m_caption = new QLabel(this);
  m_caption->setObjectName(QStringLiteral("liveSampleCaption"));
  m_caption->setWordWrap(true);
  m_caption->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);  // wraps, never widens the window
  m_mapsTitle = new ElidedLabel(this);
  m_image = new ImageView(tr("sample"), this);
  m_image->setMinimumSize(84, 84);
  m_image->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
  m_image->setFixedWidth(112);
  m_maps = new ImageView(tr("The sample's feature maps appear when training starts."), this);
  m_maps->setMinimumSize(150, 110);
  m_bars = new ProbabilityBars(this);
  m_bars->setMinimumWidth(220);
  auto* barsPlaceholder = new QLabel(tr("The 10 class probabilities appear when training starts."), this);
  barsPlaceholder->setAlignment(Qt::AlignCenter);
  barsPlaceholder->setWordWrap(true);
  barsPlaceholder->setStyleSheet(QStringLiteral("color: #757575"));
  m_barsStack = new QStackedWidget(this);
  m_barsStack->addWidget(barsPlaceholder);
  m_barsStack->addWidget(m_bars);
  m_barsStack->setMinimumWidth(220);

  auto* mapsColumn = new QVBoxLayout;
  mapsColumn->addWidget(m_mapsTitle);
  mapsColumn->addWidget(m_maps, 1);
  auto* row = new QHBoxLayout;
  row->setContentsMargins(0, 0, 0, 0);
  row->addWidget(m_image);
  row->addLayout(mapsColumn, 2);
  row->addWidget(m_barsStack, 1);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(m_caption);
  layout->addLayout(row, 1);
  clear();
}

void LiveSampleView::clear() {
  m_snapshot = SampleSnapshot{};
  m_caption->setText(tr("Live sample: a fixed test image, run through the current weights a few times per epoch."));
  m_mapsTitle->setFullText(QString());
  m_image->setImage(QImage());
  m_maps->setImage(QImage());
  m_bars->clear();
  m_barsStack->setCurrentIndex(0);
}

QString LiveSampleView::caption() const { return m_caption->text(); }

void LiveSampleView::setSnapshot(const SampleSnapshot& s) {
  ++m_updates;
  m_snapshot = s;
  const QStringList names = fashionClassNames();
  const QString truth = s.label >= 0 && s.label < names.size() ? names[s.label] : QString::number(s.label);
  QString prediction;
  if (!s.probabilities.isEmpty()) {
    const auto best = std::max_element(s.probabilities.begin(), s.probabilities.end()) - s.probabilities.begin();
    const QString name = best < names.size() ? names[static_cast<int>(best)] : QString::number(best);
    prediction = tr("predicted %1 (%2%)").arg(name).arg(100.0 * s.probabilities[best], 0, 'f', 1);
  }
  m_caption->setText(
      s.weightsNote.isEmpty()
          ? tr("Test image #%1 · true label: %2 · %3 · at epoch %4")
                .arg(s.index)
                .arg(truth, prediction)
                .arg(s.epochFraction, 0, 'f', 2)
          : tr("Test image #%1 · true label: %2 · %3 · %4").arg(s.index).arg(truth, prediction, s.weightsNote));
  m_mapsTitle->setFullText(tr("layer %1 (%2): %3 maps of %4×%4, range %5 … %6")
                               .arg(s.layer)
                               .arg(s.layerType)
                               .arg(s.channels)
                               .arg(s.mapSide)
                               .arg(s.minValue, 0, 'g', 3)
                               .arg(s.maxValue, 0, 'g', 3));
  m_image->setImage(s.image);
  m_maps->setImage(s.maps);
  m_barsStack->setCurrentIndex(s.probabilities.isEmpty() ? 0 : 1);
  if (!s.probabilities.isEmpty())
    m_bars->setProbabilities(Tensor({1, static_cast<std::int64_t>(s.probabilities.size())},
                                    std::vector<float>(s.probabilities.begin(), s.probabilities.end())),
                             true);
}

}  // namespace alexnet::ui
