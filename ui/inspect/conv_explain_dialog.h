#pragma once
// ConvExplainDialog — opened by clicking a pixel of an enlarged Conv2d feature map: the receptive
// field on the model's input, and for a chosen input channel the patch, the kernel and their
// products; then the per-channel sums, plus the bias, give the value the layer computed.
#include <QDialog>

#include "ui/inspect/conv_explanation.h"
#include "ui/inspect/step_snapshot.h"

class QLabel;
class QSpinBox;

namespace alexnet::ui {

class ConvExplainDialog : public QDialog {
  Q_OBJECT
 public:
  ConvExplainDialog(const StepSnapshot& snapshot, int channel, int y, int x, QWidget* parent = nullptr);
  const ConvExplanation& explanation() const { return m_explanation; }
  float layerValue() const { return m_layerValue; }

 private:
  void showInputChannel(int channel);

  ConvExplanation m_explanation;
  float m_layerValue = 0.0f;
  QSpinBox* m_channelSpin;
  QLabel* m_patch;
  QLabel* m_kernel;
  QLabel* m_products;
  QLabel* m_channelText;
};

}  // namespace alexnet::ui
