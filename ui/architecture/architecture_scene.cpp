#include "ui/architecture/architecture_scene.h"

#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QPainterPath>
#include <QPen>

#include "ui/architecture/diagram_layout.h"
#include "ui/architecture/layer_block_item.h"

namespace alexnet::ui {
namespace {

constexpr qreal kRowGap = 16;
constexpr qreal kColumnGap = 150;
constexpr qreal kTop = 52;

void addArrow(QGraphicsScene* scene, QPointF from, QPointF to) {
  QPainterPath path(from);
  path.lineTo(to);
  path.moveTo(to + QPointF(-5, -8));
  path.lineTo(to);
  path.lineTo(to + QPointF(5, -8));
  auto* item = scene->addPath(path, QPen(QColor(0x60, 0x7D, 0x8B), 1.6));
  item->setZValue(-1);
}

}  // namespace

ArchitectureScene::ArchitectureScene(QObject* parent) : QGraphicsScene(parent) { setBackgroundBrush(Qt::white); }

QString ArchitectureScene::bookNote() {
  return tr(
      "<p style='color:#455A64'><b>Note.</b> The book's figure shows the original AlexNet: a "
      "3-channel 224×224 image and 1000 ImageNet classes. The code in the chapter (and this app) "
      "trains a variant with <b>1 input channel and 10 classes</b> for Fashion-MNIST, so the first "
      "and last blocks differ. Blocks are drawn from the live models; click one to select that "
      "layer everywhere.</p>");
}

void ArchitectureScene::build(const DiagramColumn& left, const DiagramColumn& right, const QString& noteHtml) {
  clear();
  m_blocks.clear();
  const std::vector<DiagramBlock> leftBlocks = diagramBlocks(left.report);
  const std::vector<DiagramBlock> rightBlocks = diagramBlocks(right.report);
  const auto rows = alignColumns(leftBlocks, rightBlocks);
  const qreal columnX[2] = {0, LayerBlockItem::kWidth + kColumnGap};

  QFont headerFont;
  headerFont.setPointSizeF(16);
  headerFont.setBold(true);
  const DiagramColumn* columns[2] = {&left, &right};
  for (int c = 0; c < 2; ++c) {
    auto* header = addSimpleText(columns[c]->title, headerFont);
    header->setBrush(QColor(0x26, 0x32, 0x38));
    header->setPos(columnX[c] + (LayerBlockItem::kWidth - header->boundingRect().width()) / 2, 10);
  }

  QPointF lastBottom[2] = {{-1, -1}, {-1, -1}};
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const qreal y = kTop + static_cast<qreal>(r) * (LayerBlockItem::kHeight + kRowGap);
    const int cells[2] = {rows[r].first, rows[r].second};
    for (int c = 0; c < 2; ++c) {
      if (cells[c] < 0) continue;
      const auto& blocks = c == 0 ? leftBlocks : rightBlocks;
      auto* item = new LayerBlockItem(blocks[static_cast<std::size_t>(cells[c])], columns[c]->family);
      item->setPos(columnX[c], y);
      addItem(item);
      m_blocks.push_back(item);
      const QPointF top(columnX[c] + LayerBlockItem::kWidth / 2, y);
      if (lastBottom[c].y() >= 0) addArrow(this, lastBottom[c], top);
      lastBottom[c] = top + QPointF(0, LayerBlockItem::kHeight);
    }
    // A faint band links the two blocks of a shared stage.
    if (cells[0] >= 0 && cells[1] >= 0) {
      auto* link = addLine(columnX[0] + LayerBlockItem::kWidth + 6, y + LayerBlockItem::kHeight / 2, columnX[1] - 6,
                           y + LayerBlockItem::kHeight / 2, QPen(QColor(0xCF, 0xD8, 0xDC), 1, Qt::DashLine));
      link->setZValue(-2);
    }
  }

  if (!noteHtml.isEmpty()) {
    const qreal bottom = kTop + static_cast<qreal>(rows.size()) * (LayerBlockItem::kHeight + kRowGap);
    auto* note = addText(QString());
    note->setTextWidth(2 * LayerBlockItem::kWidth + kColumnGap);
    note->setHtml(noteHtml);
    note->setPos(0, bottom + 4);
  }
  setSceneRect(itemsBoundingRect().adjusted(-20, -10, 20, 20));
}

std::vector<LayerBlockItem*> ArchitectureScene::blocksOf(const QString& family) const {
  std::vector<LayerBlockItem*> out;
  for (LayerBlockItem* item : m_blocks)
    if (item->family() == family) out.push_back(item);
  return out;
}

void ArchitectureScene::setSelection(const QString& family, int layer) {
  for (LayerBlockItem* item : m_blocks) item->setSelectedLayer(item->family() == family ? layer : -2);
}

void ArchitectureScene::setCurrentLayer(const QString& family, int layer) {
  for (LayerBlockItem* item : m_blocks) item->setCurrentLayer(item->family() == family ? layer : -2);
}

}  // namespace alexnet::ui
