#include "ui/inspect/receptive_field_explanation.h"

#include <QCoreApplication>
#include <stdexcept>

namespace alexnet::ui {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("alexnet::ui::ReceptiveFieldExplanation", text); }
}  // namespace

ReceptiveFieldExplanation explainReceptiveField(const ReceptiveFieldRequest& request) {
  ReceptiveFieldExplanation e;
  e.layer = request.layer;
  e.y = request.y;
  e.x = request.x;
  if (!request.report || !request.fields || request.fields->size() != request.report->rows.size()) {
    e.error = tr("The receptive fields of this model are not known.");
    return e;
  }
  const ShapeReport& report = *request.report;
  if (request.layer < 0 || request.layer >= static_cast<int>(report.rows.size())) {
    e.error = tr("Pick a layer to see a unit's receptive field.");
    return e;
  }
  const LayerShapeRow& row = report.rows[static_cast<std::size_t>(request.layer)];
  e.layerName = QString::fromStdString(row.name);
  const ReceptiveField& field = (*request.fields)[static_cast<std::size_t>(request.layer)];
  if (row.outputShape.size() != 4 || field.wholeInput) {
    e.error = tr("%1 is a dense layer: every unit sees the whole input.").arg(e.layerName);
    return e;
  }
  try {
    e.unit = unitReceptiveField(field, report.inputShape, row.outputShape, request.y, request.x);
  } catch (const std::out_of_range& error) {
    e.error = QString::fromStdString(error.what());
    return e;
  }
  e.inputHeight = report.inputShape.at(2);
  e.inputWidth = report.inputShape.at(3);
  for (int l = 0; l <= request.layer; ++l) {
    const LayerShapeRow& r = report.rows[static_cast<std::size_t>(l)];
    e.rows.push_back(
        {l, QString::fromStdString(r.name), QString::fromStdString(r.type), (*request.fields)[std::size_t(l)]});
  }
  if (request.geometry && request.geometry->inputWidth == e.inputWidth &&
      request.geometry->inputHeight == e.inputHeight) {
    e.hasOriginal = true;
    e.geometry = *request.geometry;
    e.onOriginal = toOriginalImage(e.unit.clipped, e.geometry);
    e.regionOnOriginal = toOriginalImage({0, 0, e.inputWidth, e.inputHeight}, e.geometry);
    const bool reduced = request.fileWidth > 0 && request.fileHeight > 0;
    e.fileWidth = reduced ? request.fileWidth : e.geometry.originalWidth;
    e.fileHeight = reduced ? request.fileHeight : e.geometry.originalHeight;
    const double sx = double(e.fileWidth) / double(e.geometry.originalWidth);
    const double sy = double(e.fileHeight) / double(e.geometry.originalHeight);
    e.onFile = {e.onOriginal.x * sx, e.onOriginal.y * sy, e.onOriginal.width * sx, e.onOriginal.height * sy};
  }
  e.valid = true;
  return e;
}

}  // namespace alexnet::ui
