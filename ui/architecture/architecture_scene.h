#pragma once
// ArchitectureScene — the d2l "from LeNet to AlexNet" figure drawn from two live ShapeReports:
// column headers, one LayerBlockItem per block, rows aligned by stage, arrows, and the note about
// the book's 3-channel/1000-class original versus the 1-channel/10-class variant trained here.
#include <QGraphicsScene>
#include <vector>

#include "alexnet/core/models/shape_report.h"

namespace alexnet::ui {

class LayerBlockItem;

struct DiagramColumn {
  QString family;  // "lenet", "alexnet", "alexnet2012"
  QString title;   // "LeNet"
  ShapeReport report;
};

class ArchitectureScene : public QGraphicsScene {
  Q_OBJECT
 public:
  explicit ArchitectureScene(QObject* parent = nullptr);

  // The two columns and, under them, `noteHtml` (rich text; "" = no note).
  void build(const DiagramColumn& left, const DiagramColumn& right, const QString& noteHtml);
  void build(const DiagramColumn& left, const DiagramColumn& right) { build(left, right, bookNote()); }
  // The Architecture screen's note: the book's figure shows the 3-channel, 1000-class original.
  static QString bookNote();
  const std::vector<LayerBlockItem*>& blocks() const { return m_blocks; }
  std::vector<LayerBlockItem*> blocksOf(const QString& family) const;

  void setSelection(const QString& family, int layer);
  void setCurrentLayer(const QString& family, int layer);

 private:
  std::vector<LayerBlockItem*> m_blocks;
};

}  // namespace alexnet::ui
