#pragma once
// DiagramLayout — turns a ShapeReport into the blocks of the d2l "LeNet vs AlexNet" figure and aligns
// two columns stage by stage. Pure logic (no painting) so tests can check it against the model.
//
// A block is one "main" layer (Conv2d, pooling, LocalResponseNorm, Flatten, Linear) plus the
// activation/dropout layers that follow it, which the figure draws as small tags on the block.
// The input image is block -1. Columns are aligned by stage category with a longest-common-
// subsequence match that prefers early matches, so LeNet's conv/pool/conv/pool sit beside
// AlexNet's first four stages, and AlexNet's extra conv×3 + pool rows face empty space.
#include <QString>
#include <QStringList>
#include <vector>

#include "alexnet/core/models/shape_report.h"

namespace alexnet::ui {

enum class StageCategory { Input, Conv, Pool, Norm, Flatten, Dense, Other };

struct DiagramTag {
  int layer = -1;  // Sequential index of the activation / dropout layer
  QString text;    // "ReLU", "sigmoid", "dropout"
  LayerKind kind = LayerKind::Other;
};

struct DiagramBlock {
  StageCategory category = StageCategory::Other;
  int layer = -1;      // main layer's Sequential index; -1 for the input image
  int lastLayer = -1;  // last Sequential index covered (the main layer or its last tag)
  QString title;       // book label: "11×11 Conv (96), stride 4"
  QString typeName;    // "Conv2d"
  LayerKind kind = LayerKind::Other;  // the main layer's kind (Other for the input image)
  QString shapeText;   // "96×54×54"
  std::vector<DiagramTag> tags;
  bool isOutput = false;  // the final block (class scores)
};

// Core's English book label with its words translated ("Conv" → 卷积层 in Chinese); identity in English.
QString localizedBookLabel(const std::string& label);

// Blocks of one model, input first.
std::vector<DiagramBlock> diagramBlocks(const ShapeReport& report);

// Row alignment of two columns: each entry is a pair of block indices (or -1 for an empty cell).
std::vector<std::pair<int, int>> alignColumns(const std::vector<DiagramBlock>& left,
                                              const std::vector<DiagramBlock>& right);

}  // namespace alexnet::ui
