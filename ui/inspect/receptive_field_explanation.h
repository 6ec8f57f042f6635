#pragma once
// ReceptiveFieldExplanation — which pixels one unit of a layer sees, on the model input and on the
// student's original (pre-crop, pre-resize) image. All numbers come from core:
//   unitReceptiveField(field, input, output, y, x)  the rectangle on the model input (models/receptive_field.h)
//   toOriginalImage(rect, geometry)                 the same rectangle on the original (data/input_geometry.h)
// No widgets here, so tests compare it with core directly; ReceptiveFieldView draws it.
#include <QString>
#include <vector>

#include "alexnet/core/data/input_geometry.h"
#include "alexnet/core/models/receptive_field.h"
#include "alexnet/core/models/shape_report.h"

namespace alexnet::ui {

struct ReceptiveFieldLayerRow {
  int layer = 0;
  QString name;          // "conv1", "pool5", … (ShapeReport names)
  QString type;          // "Conv2d"
  ReceptiveField field;  // size and jump after this layer
};

struct ReceptiveFieldExplanation {
  bool valid = false;
  QString error;  // why not (a dense layer, no rule, a position outside the map)
  int layer = -1, y = 0, x = 0;
  QString layerName;                             // "pool5"
  UnitReceptiveField unit;                       // on the model input: field, unclipped and clipped rectangles
  std::int64_t inputWidth = 0, inputHeight = 0;  // the model input
  bool hasOriginal = false;
  InputGeometry geometry;      // model input ↔ original image
  ImageRect onOriginal;        // unit.clipped mapped onto the original image
  ImageRect regionOnOriginal;  // the whole model input mapped onto the original (the crop)
  // The image file's own pixels: a large photo is decoded reduced (image/image_input.h), so the
  // original above may be 1/2…1/8 of the file; onFile is onOriginal in the file's pixels.
  std::int64_t fileWidth = 0, fileHeight = 0;
  ImageRect onFile;
  std::vector<ReceptiveFieldLayerRow> rows;  // layers 0..layer: how the field grows
};

struct ReceptiveFieldRequest {
  const ShapeReport* report = nullptr;                  // the model's shape report (names, output shapes)
  const std::vector<ReceptiveField>* fields = nullptr;  // receptiveFields of the same model
  int layer = 0;
  int y = 0, x = 0;
  const InputGeometry* geometry = nullptr;     // optional: maps onto the original image
  std::int64_t fileWidth = 0, fileHeight = 0;  // the file's size when the original is a reduced decode (0: same)
};

ReceptiveFieldExplanation explainReceptiveField(const ReceptiveFieldRequest& request);

}  // namespace alexnet::ui
