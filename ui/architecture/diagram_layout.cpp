#include "ui/architecture/diagram_layout.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include "ui/shapes/shape_table_model.h"

namespace alexnet::ui {
namespace {

// Activations and dropout are drawn as tags on the block they follow.
bool isTag(LayerKind kind) { return isActivation(kind) || kind == LayerKind::Dropout; }

StageCategory categoryOf(LayerKind kind) {
  switch (kind) {
    case LayerKind::Conv2d:
      return StageCategory::Conv;
    case LayerKind::MaxPool2d:
    case LayerKind::AvgPool2d:
      return StageCategory::Pool;
    case LayerKind::LocalResponseNorm:
      return StageCategory::Norm;
    case LayerKind::Flatten:
      return StageCategory::Flatten;
    case LayerKind::Linear:
      return StageCategory::Dense;
    default:
      return StageCategory::Other;
  }
}

}  // namespace

QString localizedBookLabel(const std::string& label) {
  QString text = QString::fromStdString(label);
  const char* context = "alexnet::ui::DiagramLayout";
  static const char* const words[] = {QT_TRANSLATE_NOOP("alexnet::ui::DiagramLayout", "Conv"),
                                      QT_TRANSLATE_NOOP("alexnet::ui::DiagramLayout", "MaxPool"),
                                      QT_TRANSLATE_NOOP("alexnet::ui::DiagramLayout", "AvgPool"),
                                      QT_TRANSLATE_NOOP("alexnet::ui::DiagramLayout", "Dense"),
                                      QT_TRANSLATE_NOOP("alexnet::ui::DiagramLayout", "Flatten"),
                                      QT_TRANSLATE_NOOP("alexnet::ui::DiagramLayout", "Dropout"),
                                      QT_TRANSLATE_NOOP("alexnet::ui::DiagramLayout", "stride"),
                                      QT_TRANSLATE_NOOP("alexnet::ui::DiagramLayout", "pad")};
  for (const char* word : words) {
    const QString translated = QCoreApplication::translate(context, word);
    if (translated != QLatin1String(word))
      text.replace(QRegularExpression(QStringLiteral("\\b%1\\b").arg(QLatin1String(word))), translated);
  }
  return text;
}

std::vector<DiagramBlock> diagramBlocks(const ShapeReport& report) {
  std::vector<DiagramBlock> blocks;
  DiagramBlock input;
  input.category = StageCategory::Input;
  input.title = QCoreApplication::translate("alexnet::ui::DiagramLayout", "Image");
  input.typeName = QStringLiteral("Input");
  input.shapeText = ShapeTableModel::formatShape(report.inputShape);
  blocks.push_back(input);
  for (const LayerShapeRow& row : report.rows) {
    const int index = static_cast<int>(row.index);
    if (isTag(row.kind) && blocks.size() > 1) {
      DiagramBlock& owner = blocks.back();
      owner.tags.push_back({index, localizedBookLabel(row.bookLabel.empty() ? row.type : row.bookLabel), row.kind});
      owner.lastLayer = index;
      continue;
    }
    DiagramBlock block;
    block.category = categoryOf(row.kind);
    block.layer = index;
    block.lastLayer = index;
    block.title = localizedBookLabel(row.bookLabel.empty() ? row.type : row.bookLabel);
    block.typeName = QString::fromStdString(row.type);
    block.kind = row.kind;
    block.shapeText = ShapeTableModel::formatShape(row.outputShape);
    blocks.push_back(block);
  }
  if (blocks.size() > 1) blocks.back().isOutput = true;
  return blocks;
}

std::vector<std::pair<int, int>> alignColumns(const std::vector<DiagramBlock>& left,
                                              const std::vector<DiagramBlock>& right) {
  const std::size_t n = left.size(), m = right.size();
  // suffix[i][j] = longest common subsequence of categories of left[i:] and right[j:].
  std::vector<std::vector<int>> suffix(n + 1, std::vector<int>(m + 1, 0));
  for (std::size_t i = n; i-- > 0;)
    for (std::size_t j = m; j-- > 0;)
      suffix[i][j] = left[i].category == right[j].category ? suffix[i + 1][j + 1] + 1
                                                           : std::max(suffix[i + 1][j], suffix[i][j + 1]);
  std::vector<std::pair<int, int>> rows;
  std::size_t i = 0, j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && left[i].category == right[j].category && suffix[i][j] == suffix[i + 1][j + 1] + 1) {
      rows.emplace_back(static_cast<int>(i++), static_cast<int>(j++));
    } else if (j < m && (i == n || suffix[i][j + 1] == suffix[i][j]) && (m - j >= n - i || i == n)) {
      rows.emplace_back(-1, static_cast<int>(j++));  // the longer remainder waits: a gap on the left
    } else if (i < n && (j == m || suffix[i + 1][j] == suffix[i][j])) {
      rows.emplace_back(static_cast<int>(i++), -1);
    } else {
      rows.emplace_back(-1, static_cast<int>(j++));
    }
  }
  return rows;
}

}  // namespace alexnet::ui
