#pragma once
// ConvExplainDialog — opened by clicking a pixel of an enlarged Conv2d feature map: for a chosen
// input channel the patch, the kernel and their products; then the per-channel sums, plus the
// bias, give the value the layer computed. Below, the pixel's receptive field (core's, see
// receptive_field_explanation.h) on the original image and on the model input.
// The arithmetic is asked of the worker (InspectSession::explainUnit, like every explainer); the
// dialog opens at once and fills in when the answer arrives (hasExplanation()).
#include <QDialog>

#include "ui/inspect/conv_explanation.h"
#include "ui/inspect/receptive_field_explanation.h"
#include "ui/inspect/shared_tensor.h"
#include "ui/inspect/unit_explanation_snapshot.h"

class QLabel;
class QSpinBox;

namespace alexnet::ui {

class InspectSession;

struct ConvExplainRequest {
  int layer = 0;                    // a computed Conv2d layer
  int channel = 0, y = 0, x = 0;    // the output value to explain
  ReceptiveFieldExplanation field;  // the pixel's receptive field
  QImage original;                  // the pre-resize image the field is drawn on (may be null)
  SharedTensor modelInput;          // (1, C, H, W)
};

class ConvExplainDialog : public QDialog {
  Q_OBJECT
 public:
  ConvExplainDialog(InspectSession* session, const ConvExplainRequest& request, QWidget* parent = nullptr);
  bool hasExplanation() const { return m_answered && m_error.isEmpty(); }
  bool answered() const { return m_answered; }  // an explanation or an error (error())
  const QString& error() const { return m_error; }
  const ConvExplanation& explanation() const { return m_explanation; }
  const ReceptiveFieldExplanation& field() const { return m_field; }
  float layerValue() const { return m_layerValue; }

 signals:
  void explanationReady();  // answered() became true

 private:
  void showAnswer(const UnitExplanationSnapshot& answer);
  void showInputChannel(int channel);

  quint64 m_request = 0;
  bool m_answered = false;
  QString m_error;
  ConvExplanation m_explanation;
  ReceptiveFieldExplanation m_field;
  float m_layerValue = 0.0f;
  QSpinBox* m_channelSpin;
  QLabel* m_patch;
  QLabel* m_kernel;
  QLabel* m_products;
  QLabel* m_channelText;
  QLabel* m_summary;
};

}  // namespace alexnet::ui
