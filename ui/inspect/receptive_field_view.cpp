#include "ui/inspect/receptive_field_view.h"

#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace alexnet::ui {
namespace {

const QColor kField(0xFF, 0x3D, 0x00);   // the unit's receptive field
const QColor kRegion(0x00, 0xB0, 0xFF);  // what the model sees of the original

// Draws `image` scaled into `box` (keeping its aspect ratio), returns the target rectangle.
QRectF drawFitted(QPainter& painter, const QImage& image, const QRectF& box) {
  const QSizeF size = QSizeF(image.size()).scaled(box.size(), Qt::KeepAspectRatio);
  const QRectF target(box.center().x() - size.width() / 2.0, box.center().y() - size.height() / 2.0, size.width(),
                      size.height());
  painter.drawImage(target, image);
  return target;
}

// A rectangle in image pixels → widget coordinates inside `target` (the drawn image).
QRectF mapRect(double x, double y, double w, double h, const QSize& image, const QRectF& target) {
  const double sx = target.width() / image.width(), sy = target.height() / image.height();
  return {target.left() + x * sx, target.top() + y * sy, w * sx, h * sy};
}

void drawCaption(QPainter& painter, const QRectF& box, const QString& text) {
  painter.setPen(QColor(0x37, 0x47, 0x4F));
  painter.drawText(QRectF(box.left(), box.top(), box.width(), 18), Qt::AlignHCenter | Qt::AlignTop, text);
}

}  // namespace

QImage modelInputImage(const Tensor& input) {
  if (input.shape().size() != 4) return {};
  const int channels = static_cast<int>(input.dim(1)), h = static_cast<int>(input.dim(2)),
            w = static_cast<int>(input.dim(3));
  const std::int64_t plane = std::int64_t(h) * w;
  auto byte = [](float v) { return static_cast<int>(std::lround(std::clamp(v, 0.0f, 1.0f) * 255.0f)); };
  QImage image(w, h, QImage::Format_RGB32);
  for (int y = 0; y < h; ++y) {
    auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
    for (int x = 0; x < w; ++x) {
      const std::int64_t i = std::int64_t(y) * w + x;
      line[x] = channels >= 3 ? qRgb(byte(input[i]), byte(input[plane + i]), byte(input[2 * plane + i]))
                              : qRgb(byte(input[i]), byte(input[i]), byte(input[i]));
    }
  }
  return image;
}

ReceptiveFieldView::ReceptiveFieldView(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("receptiveFieldView"));
  setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void ReceptiveFieldView::setExplanation(const ReceptiveFieldExplanation& explanation, const QImage& original,
                                        const Tensor& modelInput) {
  m_explanation = explanation;
  m_original = explanation.hasOriginal ? original : QImage();
  m_input = modelInputImage(modelInput);
  update();
}

void ReceptiveFieldView::paintEvent(QPaintEvent*) {
  QPainter painter(this);
  painter.setRenderHint(QPainter::Antialiasing);
  painter.fillRect(rect(), palette().window());
  const ReceptiveFieldExplanation& e = m_explanation;
  if (!e.valid || m_input.isNull()) {
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, e.error.isEmpty() ? tr("No unit selected.") : e.error);
    return;
  }
  const bool both = !m_original.isNull();
  const double gap = 12.0, caption = 20.0;
  const double panelWidth = both ? (width() - gap) / 2.0 : width();
  const QRectF left(0, 0, panelWidth, height()), right(both ? panelWidth + gap : 0, 0, panelWidth, height());
  const UnitReceptiveField& unit = e.unit;

  if (both) {
    const ImageRect& region = e.regionOnOriginal;
    const ImageRect& field = e.onOriginal;
    drawCaption(painter, left, tr("Your image (%1×%2)").arg(m_original.width()).arg(m_original.height()));
    const QRectF target = drawFitted(painter, m_original, left.adjusted(0, caption, 0, 0));
    const QRectF regionRect = mapRect(region.x, region.y, region.width, region.height, m_original.size(), target);
    const QRectF fieldRect = mapRect(field.x, field.y, field.width, field.height, m_original.size(), target);
    // Dim what the field does not see.
    QPainterPath dim;
    dim.addRect(target);
    QPainterPath hole;
    hole.addRect(fieldRect);
    painter.fillPath(dim.subtracted(hole), QColor(0, 0, 0, 90));
    painter.setPen(QPen(kRegion, 1.5, Qt::DashLine));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(regionRect);
    painter.setPen(QPen(kField, 2.5));
    painter.drawRect(fieldRect);
  }

  drawCaption(painter, right, tr("Model input (%1×%2)").arg(e.inputWidth).arg(e.inputHeight));
  const QRectF target = drawFitted(painter, m_input, right.adjusted(0, caption, 0, 0));
  const QRectF clipped = mapRect(double(unit.clipped.x), double(unit.clipped.y), double(unit.clipped.width),
                                 double(unit.clipped.height), m_input.size(), target);
  const QRectF unclipped = mapRect(double(unit.unclipped.x), double(unit.unclipped.y), double(unit.unclipped.width),
                                   double(unit.unclipped.height), m_input.size(), target);
  QPainterPath dim;
  dim.addRect(target);
  QPainterPath hole;
  hole.addRect(clipped);
  painter.fillPath(dim.subtracted(hole), QColor(0, 0, 0, 90));
  if (unclipped != clipped) {
    painter.setPen(QPen(kField, 1.0, Qt::DashLine));
    painter.drawRect(unclipped);
  }
  painter.setPen(QPen(kField, 2.5));
  painter.drawRect(clipped);
}

}  // namespace alexnet::ui
