#include "ui/inspect/saliency_dialog.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "ui/inspect/color_map.h"
#include "ui/inspect/inspect_session.h"
#include "ui/inspect/probability_bars.h"
#include "ui/inspect/receptive_field_view.h"

namespace alexnet::ui {
namespace {

constexpr int kShownSide = 280;  // pixels on screen for each of the three pictures

QPixmap enlarged(const QImage& image) {
  if (image.isNull()) return {};
  const int factor = std::max(1, kShownSide / std::max(image.width(), image.height()));
  const QImage big = image.scaled(image.size() * factor, Qt::KeepAspectRatio, Qt::FastTransformation);
  return QPixmap::fromImage(big.scaled(kShownSide, kShownSide, Qt::KeepAspectRatio, Qt::SmoothTransformation));
}

}  // namespace

QImage saliencyImage(const Tensor& map, const Tensor* input) {
  if (map.shape().size() != 2) return {};
  const int h = static_cast<int>(map.dim(0)), w = static_cast<int>(map.dim(1));
  float peak = 0.0f;
  for (std::int64_t i = 0; i < map.numel(); ++i) peak = std::max(peak, map[i]);
  static const ColorMap heat(ColorMapKind::Sequential);
  QImage image = input ? modelInputImage(*input) : QImage(w, h, QImage::Format_RGB32);
  if (image.size() != QSize(w, h)) image = QImage(w, h, QImage::Format_RGB32);
  for (int y = 0; y < h; ++y) {
    auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
    for (int x = 0; x < w; ++x) {
      const float t = peak > 0.0f ? map[std::int64_t(y) * w + x] / peak : 0.0f;
      const QRgb colour = heat.at(t);
      if (!input) {
        line[x] = colour;
        continue;
      }
      const float alpha = std::clamp(std::sqrt(t), 0.0f, 1.0f) * 0.85f;  // faint gradients stay visible
      const QRgb base = line[x];
      auto mix = [alpha](int a, int b) { return static_cast<int>(std::lround(a * (1.0f - alpha) + b * alpha)); };
      line[x] = qRgb(mix(qRed(base), qRed(colour)), mix(qGreen(base), qGreen(colour)), mix(qBlue(base), qBlue(colour)));
    }
  }
  return image;
}

SaliencyDialog::SaliencyDialog(InspectSession* session, QWidget* parent)
    : QDialog(parent),
      m_session(session),
      m_classCombo(new QComboBox(this)),
      m_modeCombo(new QComboBox(this)),
      m_input(new QLabel(this)),
      m_map(new QLabel(this)),
      m_overlay(new QLabel(this)),
      m_text(new QLabel(this)) {
  setObjectName(QStringLiteral("saliencyDialog"));
  setWindowTitle(tr("Saliency: which pixels move the class score"));
  setAttribute(Qt::WA_DeleteOnClose);
  m_classCombo->setObjectName(QStringLiteral("saliencyClassChooser"));
  m_classCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);  // "Predicted class (Ankle boot)" grows
  m_classCombo->addItem(tr("Predicted class"), -1);
  const QStringList names = fashionClassNames();
  for (int i = 0; i < names.size(); ++i) m_classCombo->addItem(QStringLiteral("%1 %2").arg(i).arg(names[i]), i);
  m_modeCombo->setObjectName(QStringLiteral("saliencyModeChooser"));
  m_modeCombo->addItem(tr("Gradient"), false);
  m_modeCombo->addItem(tr("Guided backprop"), true);
  m_modeCombo->setToolTip(
      tr("Gradient: ∂ score / ∂ input through the network's own backward pass.\n"
         "Guided backprop (Springenberg et al. 2015): at every ReLU, only positive gradients "
         "pass back, and only where the ReLU's input was positive; sharper, edge-like maps. "
         "A network without ReLUs (the sigmoid LeNet) gives the same map in both modes."));
  for (QLabel* label : {m_input, m_map, m_overlay}) {
    label->setMinimumSize(kShownSide, kShownSide);
    label->setAlignment(Qt::AlignCenter);
    label->setStyleSheet(QStringLiteral("background:#263238;"));
  }
  m_text->setWordWrap(true);
  m_text->setTextFormat(Qt::RichText);
  m_text->setMinimumHeight(m_text->fontMetrics().height() * 4);

  auto* top = new QHBoxLayout;
  top->addWidget(new QLabel(tr("Class:"), this));
  top->addWidget(m_classCombo);
  top->addSpacing(12);
  top->addWidget(new QLabel(tr("Mode:"), this));
  top->addWidget(m_modeCombo);
  top->addStretch(1);
  auto* grid = new QGridLayout;
  grid->addWidget(new QLabel(tr("Model input"), this), 0, 0, Qt::AlignHCenter);
  grid->addWidget(new QLabel(tr("|∂ class score / ∂ input| (max over channels)"), this), 0, 1, Qt::AlignHCenter);
  grid->addWidget(new QLabel(tr("Overlay"), this), 0, 2, Qt::AlignHCenter);
  grid->addWidget(m_input, 1, 0);
  grid->addWidget(m_map, 1, 1);
  grid->addWidget(m_overlay, 1, 2);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(top);
  layout->addLayout(grid);
  layout->addWidget(m_text);

  connect(m_classCombo, &QComboBox::currentIndexChanged, this, [this] { request(); });
  connect(m_modeCombo, &QComboBox::currentIndexChanged, this, [this] { request(); });
  connect(m_session, &InspectSession::saliencyReady, this, &SaliencyDialog::showSaliency);
  connect(m_session, &InspectSession::snapshotReady, this, [this](const StepSnapshot& snapshot) {
    if (snapshot.layer < 0) request();  // a new input: the old map no longer applies
  });
  request();
}

void SaliencyDialog::setClass(int classIndex) {
  const int index = m_classCombo->findData(classIndex);
  if (index >= 0 && index != m_classCombo->currentIndex()) m_classCombo->setCurrentIndex(index);  // → request()
}

void SaliencyDialog::setGuided(bool guided) { m_modeCombo->setCurrentIndex(guided ? 1 : 0); }

void SaliencyDialog::request() {
  m_computing = true;
  m_text->setText(tr("Computing the gradient (forward and backward through the whole network)…"));
  m_session->computeSaliency(m_classCombo->currentData().toInt(), m_modeCombo->currentData().toBool());
}

void SaliencyDialog::showSaliency(const SaliencySnapshot& saliency) {
  if ((saliency.predicted ? -1 : saliency.classIndex) != m_classCombo->currentData().toInt() ||
      saliency.guided != m_modeCombo->currentData().toBool())
    return;  // an older request
  m_computing = false;
  m_saliency = saliency;
  m_hasResult = true;
  m_input->setPixmap(enlarged(modelInputImage(saliency.input)));
  m_map->setPixmap(enlarged(saliencyImage(saliency.map)));
  m_overlay->setPixmap(enlarged(saliencyImage(saliency.map, &saliency.input)));
  const QStringList names = fashionClassNames();
  const QString name = names.value(saliency.classIndex, QString::number(saliency.classIndex));
  if (saliency.predicted) m_classCombo->setItemText(0, tr("Predicted class (%1)").arg(name));
  float peak = 0.0f;
  for (std::int64_t i = 0; i < saliency.map.numel(); ++i) peak = std::max(peak, saliency.map[i]);
  const float probability = saliency.probabilities.empty() ? 0.0f : saliency.probabilities[saliency.classIndex];
  const QString how = saliency.guided ? tr("Guided backpropagation: only positive evidence is passed back through "
                                           "each ReLU, so the map shows what speaks <i>for</i> the class. ")
                                      : QString();
  m_text->setText(how +
                  tr("<p><b>%1</b>%2: probability %3, score (logit) %4. Bright pixels are where a small change of "
                     "the input changes this score most; largest |gradient| %5. Computed in %6 ms on the worker "
                     "thread.</p>")
                      .arg(name, saliency.predicted ? tr(" (the predicted class)") : QString())
                      .arg(double(probability), 0, 'f', 3)
                      .arg(double(saliency.score), 0, 'g', 4)
                      .arg(double(peak), 0, 'g', 3)
                      .arg(saliency.milliseconds, 0, 'f', 0));
  emit saliencyShown();
}

}  // namespace alexnet::ui
