#pragma once
// ConvExplainDialog — opened by clicking a pixel of an enlarged Conv2d feature map: for a chosen
// input channel the patch, the kernel and their products; then the per-channel sums, plus the
// bias, give the value the layer computed. Below, the pixel's receptive field (core's, see
// receptive_field_explanation.h) on the original image and on the model input.
#include <QDialog>

#include "ui/inspect/conv_explanation.h"
#include "ui/inspect/receptive_field_explanation.h"
#include "ui/inspect/step_snapshot.h"

class QLabel;
class QSpinBox;

namespace alexnet::ui {

class ConvExplainDialog : public QDialog {
  Q_OBJECT
 public:
  // field: the pixel's receptive field; original: the pre-resize image it is drawn on (may be null).
  ConvExplainDialog(const StepSnapshot& snapshot, int channel, int y, int x, const ReceptiveFieldExplanation& field,
                    const QImage& original, QWidget* parent = nullptr);
  const ConvExplanation& explanation() const { return m_explanation; }
  const ReceptiveFieldExplanation& field() const { return m_field; }
  float layerValue() const { return m_layerValue; }

 private:
  void showInputChannel(int channel);

  ConvExplanation m_explanation;
  ReceptiveFieldExplanation m_field;
  float m_layerValue = 0.0f;
  QSpinBox* m_channelSpin;
  QLabel* m_patch;
  QLabel* m_kernel;
  QLabel* m_products;
  QLabel* m_channelText;
};

}  // namespace alexnet::ui
