#include "ui/inspect/unit_explain_dialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "ui/inspect/color_map.h"

namespace alexnet::ui {

namespace {

// A unit of a (1, C, H, W) output (a pooling or activation unit of a feature map), not a dense unit.
bool isSpatialUnit(const UnitExplanationSnapshot& snapshot) {
  if (!snapshot.explanation) return false;
  if (std::holds_alternative<DenseExplanation>(*snapshot.explanation)) return false;
  if (const auto* act = std::get_if<ActivationExplanation>(&*snapshot.explanation)) return !act->dense;
  return true;
}

const QColor kWinner(0xFF, 0x3D, 0x00);
const QColor kPositive(0xC6, 0x28, 0x28);
const QColor kNegative(0x15, 0x65, 0xC0);

QLabel* richLabel(const QString& html, QWidget* parent) {
  auto* label = new QLabel(html, parent);
  label->setTextFormat(Qt::RichText);
  label->setWordWrap(true);
  label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
  label->setTextInteractionFlags(Qt::TextSelectableByMouse);
  return label;
}

QString num(double v) { return UnitExplainDialog::formatValue(v); }

// The activation function plotted over [lo, hi] with the explained point marked.
QImage activationPlot(const ActivationExplanation& e, QSize size) {
  QImage image(size, QImage::Format_RGB32);
  image.fill(Qt::white);
  QPainter p(&image);
  p.setRenderHint(QPainter::Antialiasing);
  const double reach = std::max(4.0, std::ceil(std::abs(double(e.input)) * 1.25));
  const double lo = -reach, hi = reach;
  auto f = [&](double x) { return e.kind == ActivationKind::ReLU ? std::max(0.0, x) : 1.0 / (1.0 + std::exp(-x)); };
  const double yLo = e.kind == ActivationKind::ReLU ? -0.1 * hi : -0.1, yHi = e.kind == ActivationKind::ReLU ? hi : 1.1;
  const QRectF plot(36, 12, size.width() - 48, size.height() - 40);
  auto at = [&](double x, double y) {
    return QPointF(plot.left() + (x - lo) / (hi - lo) * plot.width(),
                   plot.bottom() - (y - yLo) / (yHi - yLo) * plot.height());
  };
  p.setPen(QPen(QColor(0xB0, 0xBE, 0xC5), 1));
  p.drawLine(at(lo, 0), at(hi, 0));
  p.drawLine(at(0, yLo), at(0, yHi));
  p.setPen(QColor(0x54, 0x6E, 0x7A));
  p.drawText(QRectF(plot.left(), plot.bottom() + 4, plot.width(), 16), Qt::AlignLeft, num(lo));
  p.drawText(QRectF(plot.left(), plot.bottom() + 4, plot.width(), 16), Qt::AlignRight, num(hi));
  p.drawText(QRectF(plot.left(), plot.bottom() + 4, plot.width(), 16), Qt::AlignHCenter, QStringLiteral("x"));
  p.drawText(QRectF(0, plot.top() - 6, 34, 16), Qt::AlignRight, num(yHi));
  QPainterPath curve;
  for (int i = 0; i <= 200; ++i) {
    const double x = lo + (hi - lo) * i / 200.0;
    if (i == 0)
      curve.moveTo(at(x, f(x)));
    else
      curve.lineTo(at(x, f(x)));
  }
  p.setPen(QPen(QColor(0x37, 0x47, 0x4F), 2));
  p.drawPath(curve);
  const QPointF point = at(e.input, e.value);
  p.setPen(QPen(kWinner, 1, Qt::DashLine));
  p.drawLine(at(e.input, 0), point);
  p.drawLine(at(0, e.value), point);
  p.setBrush(kWinner);
  p.setPen(Qt::NoPen);
  p.drawEllipse(point, 5, 5);
  return image;
}

// Signed horizontal bars of the top dense contributions.
QImage contributionBars(const DenseExplanation& e, int width) {
  const int rows = static_cast<int>(e.top.size()), rowH = 18;
  QImage image(width, std::max(1, rows) * rowH + 8, QImage::Format_RGB32);
  image.fill(Qt::white);
  QPainter p(&image);
  double biggest = 0.0;
  for (const DenseContribution& c : e.top) biggest = std::max(biggest, std::abs(double(c.product)));
  const int labelW = 120, mid = labelW + (width - labelW) / 2, half = (width - labelW) / 2 - 6;
  p.setPen(QColor(0xB0, 0xBE, 0xC5));
  p.drawLine(mid, 0, mid, image.height());
  for (int r = 0; r < rows; ++r) {
    const DenseContribution& c = e.top[static_cast<std::size_t>(r)];
    const int y = 4 + r * rowH;
    const QString name = c.channel >= 0 ? UnitExplainDialog::tr("ch %1 (%2, %3)").arg(c.channel).arg(c.y).arg(c.xPos)
                                        : UnitExplainDialog::tr("input %1").arg(c.input);
    p.setPen(QColor(0x37, 0x47, 0x4F));
    p.drawText(QRect(0, y, labelW - 6, rowH), Qt::AlignRight | Qt::AlignVCenter, name);
    const int len = biggest > 0 ? static_cast<int>(std::round(std::abs(double(c.product)) / biggest * half)) : 0;
    const QRect bar = c.product >= 0 ? QRect(mid, y + 3, len, rowH - 6) : QRect(mid - len, y + 3, len, rowH - 6);
    p.fillRect(bar, c.product >= 0 ? kPositive : kNegative);
  }
  return image;
}

}  // namespace

QString UnitExplainDialog::formatValue(double value) { return QString::number(value, 'g', 6); }

QImage poolWindowImage(const PoolExplanation& e, int cellPixels) {
  const int k = static_cast<int>(e.options.kernel);
  QImage image(k * cellPixels + 1, k * cellPixels + 1, QImage::Format_RGB32);
  image.fill(Qt::white);
  QPainter p(&image);
  float lo = 0.0f, hi = 0.0f;
  bool any = false;
  for (std::size_t i = 0; i < e.window.size(); ++i) {
    if (e.padded[i]) continue;
    lo = any ? std::min(lo, e.window[i]) : e.window[i];
    hi = any ? std::max(hi, e.window[i]) : e.window[i];
    any = true;
  }
  const ColorMap map(ColorMapKind::Sequential);
  QFont font = p.font();
  font.setPointSizeF(std::clamp(cellPixels / 7.0, 6.5, 11.0));
  p.setFont(font);
  for (int i = 0; i < k; ++i) {
    for (int j = 0; j < k; ++j) {
      const std::size_t cell = static_cast<std::size_t>(i * k + j);
      const QRect r(j * cellPixels, i * cellPixels, cellPixels, cellPixels);
      if (e.padded[cell]) {
        p.fillRect(r, QColor(0xEC, 0xEF, 0xF1));
        p.fillRect(r, QBrush(QColor(0x90, 0xA4, 0xAE), Qt::BDiagPattern));
        p.setPen(QColor(0x54, 0x6E, 0x7A));
        p.drawText(r, Qt::AlignCenter, UnitExplainDialog::tr("pad"));
        continue;
      }
      const float t = hi > lo ? (e.window[cell] - lo) / (hi - lo) : 0.5f;
      const QColor fill = QColor::fromRgb(map.at(t));
      p.fillRect(r, fill);
      p.setPen(fill.lightness() > 140 ? Qt::black : Qt::white);
      p.drawText(r, Qt::AlignCenter, QString::number(double(e.window[cell]), 'g', 4));
    }
  }
  p.setPen(QColor(0xCF, 0xD8, 0xDC));
  for (int i = 0; i <= k; ++i) {
    p.drawLine(0, i * cellPixels, k * cellPixels, i * cellPixels);
    p.drawLine(i * cellPixels, 0, i * cellPixels, k * cellPixels);
  }
  if (e.options.kind == PoolKind::Max) {
    for (std::int64_t cell : e.ties) {
      if (cell == e.winner) continue;
      p.setPen(QPen(kWinner, 2, Qt::DashLine));
      p.drawRect(QRect(int(cell % k) * cellPixels + 2, int(cell / k) * cellPixels + 2, cellPixels - 4, cellPixels - 4));
    }
    if (e.winner >= 0) {
      p.setPen(QPen(kWinner, 4));
      p.drawRect(QRect(int(e.winner % k) * cellPixels + 2, int(e.winner / k) * cellPixels + 2, cellPixels - 4,
                       cellPixels - 4));
    }
  }
  return image;
}

UnitExplainDialog::UnitExplainDialog(const UnitExplanationSnapshot& snapshot, QWidget* parent)
    : QDialog(parent), m_snapshot(snapshot) {
  setAttribute(Qt::WA_DeleteOnClose);
  setWindowTitle(tr("How layer %1 (%2) computes one value").arg(snapshot.layer).arg(snapshot.layerType));
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(richLabel(
      QStringLiteral("<b>%1</b> · %2").arg(tr("Layer %1").arg(snapshot.layer), snapshot.layerRepr.toHtmlEscaped()),
      this));
  QWidget* page = nullptr;
  int channel = static_cast<int>(snapshot.unit.channel);
  if (snapshot.explanation) {
    if (const auto* pool = std::get_if<PoolExplanation>(&*snapshot.explanation))
      page = poolPage(*pool);
    else if (const auto* act = std::get_if<ActivationExplanation>(&*snapshot.explanation))
      page = activationPage(*act);
    else if (const auto* dense = std::get_if<DenseExplanation>(&*snapshot.explanation))
      page = densePage(*dense);
  }
  if (!page) page = richLabel(snapshot.error.toHtmlEscaped(), this);
  layout->addWidget(page, 1);
  const bool same = snapshot.explanation && explainedText() == layerText();
  auto* check =
      richLabel(snapshot.explanation
                    ? tr("The layer computed <b>%1</b>%2").arg(layerText(), same ? tr(" — the same value.") : QString())
                    : QString(),
                this);
  check->setObjectName(QStringLiteral("valueCheck"));
  auto* buttons = new QHBoxLayout;
  buttons->addWidget(check, 1);
  auto* top = new QPushButton(tr("Top activating test images…"), this);
  top->setObjectName(QStringLiteral("topImagesButton"));
  top->setToolTip(tr("Search the Fashion-MNIST test set for the images that make this channel fire the most"));
  connect(top, &QPushButton::clicked, this, [this, channel] { emit topImagesRequested(m_snapshot.layer, channel); });
  auto* close = new QPushButton(tr("Close"), this);
  connect(close, &QPushButton::clicked, this, &QDialog::close);
  if (isSpatialUnit(snapshot)) {
    auto* field = new QPushButton(tr("Receptive field on the image…"), this);
    field->setObjectName(QStringLiteral("receptiveFieldButton"));
    const UnitIndex unit = snapshot.unit;
    connect(field, &QPushButton::clicked, this, [this, unit] {
      emit receptiveFieldRequested(static_cast<int>(unit.channel), static_cast<int>(unit.y), static_cast<int>(unit.x));
    });
    buttons->addWidget(field);
  }
  buttons->addWidget(top);
  buttons->addWidget(close);
  layout->addLayout(buttons);
}

float UnitExplainDialog::explainedValue() const {
  return m_snapshot.explanation ? alexnet::explainedValue(*m_snapshot.explanation) : 0.0f;
}

QWidget* UnitExplainDialog::poolPage(const PoolExplanation& e) {
  auto* page = new QWidget(this);
  auto* row = new QHBoxLayout(page);
  const int k = static_cast<int>(e.options.kernel);
  auto* picture = new QLabel(page);
  picture->setObjectName(QStringLiteral("poolWindow"));
  picture->setPixmap(QPixmap::fromImage(poolWindowImage(e, std::clamp(240 / k, 36, 72))));
  picture->setAlignment(Qt::AlignTop);
  row->addWidget(picture);
  const QString where = tr("Output channel %1, row %2, column %3 reads the %4×%4 window of input channel %1 at rows "
                           "%5–%6, columns %7–%8 (stride %9, padding %10).")
                            .arg(e.unit.channel)
                            .arg(e.unit.y)
                            .arg(e.unit.x)
                            .arg(k)
                            .arg(e.top)
                            .arg(e.top + k - 1)
                            .arg(e.left)
                            .arg(e.left + k - 1)
                            .arg(e.options.stride)
                            .arg(e.options.padding);
  QString text = QStringLiteral("<p>%1</p>").arg(where);
  if (e.options.kind == PoolKind::Max) {
    const std::int64_t wy = e.top + e.winner / k, wx = e.left + e.winner % k;
    text += tr("<p>value = max(window) = <b>%1</b>, at input row %2, column %3 (outlined).</p>")
                .arg(num(e.value))
                .arg(wy)
                .arg(wx);
    if (e.ties.size() > 1)
      text += tr("<p>Tie: %1 cells hold this maximum (dashed). The first one in row-major order wins — the rule of "
                 "PyTorch's MaxPool2d and ours: only that cell receives the gradient in backward.</p>")
                  .arg(e.ties.size());
    else
      text += tr("<p>No tie: the maximum is unique, and in backward only this cell receives the gradient.</p>");
    if (std::count(e.padded.begin(), e.padded.end(), true) > 0)
      text += tr("<p>Hatched cells are padding; for max pooling they count as −∞ and never win.</p>");
  } else {
    QStringList terms;
    for (std::size_t i = 0; i < e.window.size() && e.window.size() <= 9; ++i)
      terms << (e.padded[i] ? QStringLiteral("0") : QString::number(double(e.window[i]), 'g', 4));
    text += tr("<p>sum = %1<b>%2</b></p><p>value = sum ÷ %3 (%4×%4 cells; padded ones would count too) = <b>%5</b></p>")
                .arg(terms.isEmpty() ? QString() : terms.join(QStringLiteral(" + ")) + QStringLiteral(" = "))
                .arg(num(e.sum))
                .arg(e.divisor)
                .arg(k)
                .arg(num(e.value));
  }
  row->addWidget(richLabel(text, page), 1);
  page->setMinimumWidth(620);
  return page;
}

QWidget* UnitExplainDialog::activationPage(const ActivationExplanation& e) {
  auto* page = new QWidget(this);
  auto* row = new QHBoxLayout(page);
  auto* plot = new QLabel(page);
  plot->setObjectName(QStringLiteral("activationPlot"));
  plot->setPixmap(QPixmap::fromImage(activationPlot(e, QSize(300, 200))));
  row->addWidget(plot);
  const bool relu = e.kind == ActivationKind::ReLU;
  const QString unit = e.dense
                           ? tr("Unit %1.").arg(e.unit.channel)
                           : tr("Unit: channel %1, row %2, column %3.").arg(e.unit.channel).arg(e.unit.y).arg(e.unit.x);
  QString text = QStringLiteral("<p>%1</p>").arg(unit);
  text += relu ? tr("<p>ReLU(x) = max(0, x)</p>") : tr("<p>Sigmoid(x) = 1 / (1 + e<sup>−x</sup>)</p>");
  text += tr("<p>before: x = <b>%1</b><br>after: <b>%2</b></p>").arg(num(e.input), num(e.value));
  if (relu)
    text += e.input > 0
                ? tr("<p>x is positive, so it passes unchanged.</p>")
                : tr("<p>x is not positive, so the unit is switched off (0); no gradient flows back through it.</p>");
  else
    text += tr("<p>e<sup>−x</sup> = %1, so 1 / (1 + %1) = %2. Its slope here is σ(1 − σ) = %3.</p>")
                .arg(num(std::exp(-double(e.input))))
                .arg(num(e.value))
                .arg(num(double(e.value) * (1.0 - double(e.value))));
  row->addWidget(richLabel(text, page), 1);
  page->setMinimumWidth(560);
  return page;
}

QWidget* UnitExplainDialog::densePage(const DenseExplanation& e) {
  auto* page = new QWidget(this);
  auto* column = new QVBoxLayout(page);
  QString text = tr("<p><b>Unit %1</b> of %2 inputs: value = bias + Σ w·x = %3 + %4 = <b>%5</b></p>")
                     .arg(e.unit)
                     .arg(e.inFeatures)
                     .arg(num(e.bias), num(e.sum), num(e.value));
  text += tr("<p>The %1 largest products |w·x| sum to %2 and carry %3% of Σ|w·x| = %4. Positive products add up to %5, "
             "negative ones to %6; %7 of the %8 inputs are 0 and contribute nothing.</p>")
              .arg(e.top.size())
              .arg(num(e.topSum))
              .arg(e.topAbsShare * 100.0, 0, 'f', 1)
              .arg(num(e.absTotal))
              .arg(num(e.positiveSum), num(e.negativeSum))
              .arg(e.zeroInputs)
              .arg(e.inFeatures);
  if (e.flattenedFrom.size() == 4)
    text += tr("<p>The inputs are the flattened %1×%2×%3 feature maps of the layer before Flatten: input i is channel "
               "i ÷ %4, row (i ÷ %3) mod %2, column i mod %3.</p>")
                .arg(e.flattenedFrom[1])
                .arg(e.flattenedFrom[2])
                .arg(e.flattenedFrom[3])
                .arg(e.flattenedFrom[2] * e.flattenedFrom[3]);
  column->addWidget(richLabel(text, page));
  auto* bars = new QLabel(page);
  bars->setObjectName(QStringLiteral("contributionBars"));
  bars->setPixmap(QPixmap::fromImage(contributionBars(e, 620)));
  bars->setMinimumHeight(bars->pixmap().height());
  column->addWidget(bars);
  auto* table = new QTableWidget(static_cast<int>(e.top.size()), 6, page);
  table->setObjectName(QStringLiteral("contributionTable"));
  table->setHorizontalHeaderLabels(
      {tr("input"), tr("from (channel, row, column)"), tr("x"), tr("w"), tr("w·x"), tr("share of Σ|w·x|")});
  table->verticalHeader()->setVisible(false);
  table->setEditTriggers(QAbstractItemView::NoEditTriggers);
  for (int r = 0; r < static_cast<int>(e.top.size()); ++r) {
    const DenseContribution& c = e.top[static_cast<std::size_t>(r)];
    const QString from =
        c.channel >= 0 ? QStringLiteral("(%1, %2, %3)").arg(c.channel).arg(c.y).arg(c.xPos) : QStringLiteral("—");
    const QStringList cells{
        QString::number(c.input),
        from,
        num(c.x),
        num(c.w),
        num(c.product),
        e.absTotal > 0 ? QString::number(std::abs(double(c.product)) / e.absTotal * 100.0, 'f', 1) + QStringLiteral("%")
                       : QStringLiteral("—")};
    for (int col = 0; col < cells.size(); ++col) {
      auto* item = new QTableWidgetItem(cells[col]);
      if (col == 4) item->setForeground(c.product >= 0 ? kPositive : kNegative);
      table->setItem(r, col, item);
    }
  }
  table->resizeColumnsToContents();
  table->setMinimumHeight(160);
  column->addWidget(table, 1);
  page->setMinimumWidth(640);
  return page;
}

}  // namespace alexnet::ui
