// The overlapping-pooling page: output sizes of 3×3 stride 2 against 2×2 stride 2 on AlexNet's
// first feature maps (from core's shape report), and a drawing of which inputs each output sees
// along one row (LessonId::OverlappingPooling).
#include <QLabel>
#include <QPainter>

#include "alexnet/core/models/model_presets.h"
#include "ui/lessons/lesson_page.h"
#include "ui/model_catalog.h"

namespace alexnet::ui {
namespace {

// ⌊(n + 2p − k) / s⌋ + 1, as PyTorch's MaxPool2d (no ceil mode) and conv2d.h's Shape block.
int pooledSize(int n, int kernel, int stride) { return (n - kernel) / stride + 1; }

// One row of 9 inputs; above it the 2×2-stride-2 windows, below the 3×3-stride-2 ones. Inputs seen
// by two windows are drawn darker.
class OverlapFigure : public QWidget {
 public:
  OverlapFigure(QString top, QString bottom, QWidget* parent)
      : QWidget(parent), m_top(std::move(top)), m_bottom(std::move(bottom)) {
    setMinimumSize(560, 210);
  }

 protected:
  void paintEvent(QPaintEvent*) override {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    constexpr int kInputs = 9, kCell = 40, kLeft = 150;
    const int rowY = 92;
    auto cellX = [&](int i) { return kLeft + i * (kCell + 4); };
    auto windows = [&](int kernel, int y, const QColor& color, const QString& label, bool below) {
      p.setPen(QColor(0x37, 0x47, 0x4F));
      p.drawText(QRect(0, y - 12, kLeft - 10, 24), Qt::AlignRight | Qt::AlignVCenter, label);
      for (int o = 0; (o * 2 + kernel) <= kInputs; ++o) {
        const int x0 = cellX(o * 2), x1 = cellX(o * 2 + kernel - 1) + kCell;
        const int lane = y + (o % 2) * (below ? 16 : -16);
        p.setPen(QPen(color, 3));
        p.drawLine(x0 + 3, lane, x1 - 3, lane);
        p.drawLine(x0 + 3, lane - 5, x0 + 3, lane + 5);
        p.drawLine(x1 - 3, lane - 5, x1 - 3, lane + 5);
        // The name just right of its bracket, in its own lane (brackets of one lane are 2 inputs apart).
        p.drawText(QRect(x1, lane - 9, 24, 18), Qt::AlignCenter, QStringLiteral("y%1").arg(o));
      }
    };
    for (int i = 0; i < kInputs; ++i) {
      const bool shared = i % 2 == 0 && i > 0 && i < kInputs - 1;  // seen by two 3×3 windows
      p.setPen(QColor(0x54, 0x6E, 0x7A));
      p.setBrush(shared ? QColor(0xFF, 0xB7, 0x4D) : QColor(0xEC, 0xEF, 0xF1));
      p.drawRect(cellX(i), rowY, kCell, kCell);
      p.drawText(QRect(cellX(i), rowY, kCell, kCell), Qt::AlignCenter, QStringLiteral("x%1").arg(i));
    }
    windows(2, rowY - 30, QColor(0x1F, 0x77, 0xB4), m_top, false);
    windows(3, rowY + kCell + 30, QColor(0xE6, 0x51, 0x00), m_bottom, true);
  }

 private:
  QString m_top, m_bottom;
};

}  // namespace

class OverlapLesson : public LessonPage {
  Q_OBJECT

 public:
  explicit OverlapLesson(QWidget* parent) : LessonPage(LessonId::OverlappingPooling, parent) {
    addParagraph(
        tr("In the book's pooling section the window and the stride are equal (2×2, stride 2), so every input "
           "value falls into exactly one window. AlexNet pools 3×3 windows with stride 2: neighbouring windows "
           "share a row or a column, so the pooled outputs <i>overlap</i>. Krizhevsky et al. report that this "
           "lowered their error rate by 0.3 to 0.4 percentage points and made the network slightly harder to "
           "overfit."));
    addFigure(new OverlapFigure(tr("2×2, stride 2"), tr("3×3, stride 2"), this));
    ModelChoice alexnet;
    findModelChoice(QStringLiteral("alexnet"), &alexnet);
    const ShapeReport& report = cachedShapeReport(alexnet.config);
    int side = 54, pooled = 26, poolIndex = 2;  // replaced by the report's numbers below
    for (std::size_t i = 1; i < report.rows.size(); ++i)
      if (report.rows[i].kind == LayerKind::MaxPool2d) {
        side = static_cast<int>(report.rows[i - 1].outputShape[2]);
        pooled = static_cast<int>(report.rows[i].outputShape[2]);
        poolIndex = static_cast<int>(i);
        break;
      }
    QLabel* sizes = addParagraph(
        tr("One row above: each output y sees the inputs under its bracket; the orange inputs are seen by two "
           "3×3 windows. Output size: ⌊(n − k)/s⌋ + 1. On AlexNet's first feature maps (layer %1, n = %2): 3×3 "
           "stride 2 gives %3×%3, 2×2 stride 2 would give %4×%4 — almost the same size, but each output now "
           "looks at 9 inputs instead of 4, and every second row and column is seen by two windows in each "
           "direction. The stride sets the output size, the window sets how much each output sees.")
            .arg(poolIndex)
            .arg(side)
            .arg(pooled)
            .arg(pooledSize(side, 2, 2)));
    sizes->setObjectName(QStringLiteral("overlapSizes"));
  }
};

LessonPage* createOverlapLesson(QWidget* parent) { return new OverlapLesson(parent); }

}  // namespace alexnet::ui

#include "overlap_lesson.moc"
