#pragma once
// StageAlignment — the rows of the Inspect screen's "LeNet and AlexNet side by side" mode: the
// architecture diagram's stage alignment (diagramBlocks + alignColumns: input, conv, pool, conv,
// pool, …, dense, output) turned into the step cursor each column must show. Pure logic.
#include <QString>
#include <vector>

#include "alexnet/core/models/shape_report.h"
#include "ui/architecture/diagram_layout.h"

namespace alexnet::ui {

struct AlignedStage {
  StageCategory category = StageCategory::Other;
  // Per column (0 = left, 1 = right): the Sequential index shown (-1 = the input image), the Stepper
  // cursor to go to (layer + 1), the block's book label, and whether the column has no block in this
  // row (it then keeps showing its previous stage).
  int layer[2] = {-1, -1};
  int cursor[2] = {0, 0};
  QString title[2];
  bool empty[2] = {false, false};
};

// afterActivation: show each block's ReLU/Sigmoid (when it has one) instead of the main layer.
std::vector<AlignedStage> alignStages(const ShapeReport& left, const ShapeReport& right, bool afterActivation);

// "conv", "pool", … (translated) for the row label.
QString stageCategoryName(StageCategory category);

}  // namespace alexnet::ui
