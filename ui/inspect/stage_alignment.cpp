#include "ui/inspect/stage_alignment.h"

#include <QCoreApplication>

namespace alexnet::ui {

std::vector<AlignedStage> alignStages(const ShapeReport& left, const ShapeReport& right, bool afterActivation) {
  const std::vector<DiagramBlock> blocks[2] = {diagramBlocks(left), diagramBlocks(right)};
  std::vector<AlignedStage> stages;
  int previousLayer[2] = {-1, -1};
  for (const auto& [a, b] : alignColumns(blocks[0], blocks[1])) {
    AlignedStage stage;
    const int index[2] = {a, b};
    for (int side = 0; side < 2; ++side) {
      if (index[side] < 0) {
        stage.empty[side] = true;
        stage.layer[side] = previousLayer[side];
      } else {
        const DiagramBlock& block = blocks[side][static_cast<std::size_t>(index[side])];
        stage.category = block.category;
        stage.layer[side] = block.layer;
        const ShapeReport& report = side == 0 ? left : right;
        for (const DiagramTag& tag : block.tags) {  // the block's activation (not its dropout)
          const LayerKind kind = report.rows.at(static_cast<std::size_t>(tag.layer)).kind;
          if (afterActivation && isActivation(kind)) stage.layer[side] = tag.layer;
        }
        stage.title[side] = block.title;
        previousLayer[side] = stage.layer[side];
      }
      stage.cursor[side] = stage.layer[side] + 1;
    }
    stages.push_back(stage);
  }
  return stages;
}

QString stageCategoryName(StageCategory category) {
  switch (category) {
    case StageCategory::Input:
      return QCoreApplication::translate("StageAlignment", "input");
    case StageCategory::Conv:
      return QCoreApplication::translate("StageAlignment", "conv");
    case StageCategory::Pool:
      return QCoreApplication::translate("StageAlignment", "pool");
    case StageCategory::Norm:
      return QCoreApplication::translate("StageAlignment", "norm");
    case StageCategory::Flatten:
      return QCoreApplication::translate("StageAlignment", "flatten");
    case StageCategory::Dense:
      return QCoreApplication::translate("StageAlignment", "dense");
    case StageCategory::Other:
      break;
  }
  return QCoreApplication::translate("StageAlignment", "other");
}

}  // namespace alexnet::ui
