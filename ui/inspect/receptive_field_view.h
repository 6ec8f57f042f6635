#pragma once
// ReceptiveFieldView — one unit's receptive field drawn twice, side by side: on the student's
// original image (the crop the model sees dashed, the field solid) and on the model input (the
// clipped field solid, the part hanging over the zero padding dashed). Numbers: receptive_field_explanation.h.
#include <QImage>
#include <QWidget>

#include "alexnet/core/tensor.h"
#include "ui/inspect/receptive_field_explanation.h"

namespace alexnet::ui {

class ReceptiveFieldView : public QWidget {
  Q_OBJECT
 public:
  explicit ReceptiveFieldView(QWidget* parent = nullptr);

  // original: the pre-resize image (may be null: then only the model input is drawn);
  // modelInput: (1, C, H, W) with values in [0, 1].
  void setExplanation(const ReceptiveFieldExplanation& explanation, const QImage& original, const Tensor& modelInput);
  const ReceptiveFieldExplanation& explanation() const { return m_explanation; }

  QSize sizeHint() const override { return {560, 300}; }
  QSize minimumSizeHint() const override { return {320, 180}; }

 protected:
  void paintEvent(QPaintEvent* event) override;

 private:
  ReceptiveFieldExplanation m_explanation;
  QImage m_original;
  QImage m_input;
};

// (1, C, H, W) in [0, 1] → an 8-bit gray (C = 1) or RGB (C = 3) image of W×H pixels.
QImage modelInputImage(const Tensor& input);

}  // namespace alexnet::ui
