#pragma once
// ReceptiveFieldDialog — opened for a unit of any layer with a spatial output: its receptive
// field on the original image and on the model input (ReceptiveFieldView), the rectangles in
// numbers, and how the field grows layer by layer up to this one (core's receptiveFields).
#include <QDialog>

#include "alexnet/core/tensor.h"
#include "ui/inspect/receptive_field_explanation.h"

namespace alexnet::ui {

class ReceptiveFieldView;

class ReceptiveFieldDialog : public QDialog {
  Q_OBJECT
 public:
  ReceptiveFieldDialog(const ReceptiveFieldExplanation& explanation, const QImage& original, const Tensor& modelInput,
                       QWidget* parent = nullptr);
  const ReceptiveFieldExplanation& explanation() const { return m_explanation; }
  ReceptiveFieldView* view() const { return m_view; }

  // "rows 51–245, columns 51–245 of the 224×224 input" style text, shared with the conv dialog.
  static QString describe(const ReceptiveFieldExplanation& explanation);

 private:
  ReceptiveFieldExplanation m_explanation;
  ReceptiveFieldView* m_view;
};

}  // namespace alexnet::ui
