#pragma once
// SaliencyDialog — which input pixels the class score is most sensitive to: the gradient of a
// class logit with respect to the input (core's computeSaliency), computed on the Inspect worker
// thread (InspectSession::computeSaliency), shown as a heat map beside the input and overlaid on
// it. A class chooser switches between the predicted class and any other, a mode chooser between
// the plain gradient and guided backpropagation; nothing runs on the GUI thread but the drawing.
#include <QDialog>

#include "ui/inspect/step_snapshot.h"

class QComboBox;
class QLabel;

namespace alexnet::ui {

class InspectSession;

class SaliencyDialog : public QDialog {
  Q_OBJECT
 public:
  explicit SaliencyDialog(InspectSession* session, QWidget* parent = nullptr);

  // −1: the predicted class; otherwise a class index. Asks the worker; the view updates on arrival.
  void setClass(int classIndex);
  void setGuided(bool guided);  // the mode chooser: Gradient (false) / Guided backprop (true)
  bool hasResult() const { return m_hasResult; }
  bool isComputing() const { return m_computing; }
  const SaliencySnapshot& saliency() const { return m_saliency; }

 signals:
  void saliencyShown();

 private:
  void request();
  void showSaliency(const SaliencySnapshot& saliency);

  InspectSession* m_session;
  QComboBox* m_classCombo;
  QComboBox* m_modeCombo;
  QLabel* m_input;
  QLabel* m_map;
  QLabel* m_overlay;
  QLabel* m_text;
  SaliencySnapshot m_saliency;
  bool m_hasResult = false;
  bool m_computing = false;
};

// Heat colours for a (H, W) map scaled by its maximum; overlayed on the (1, C, H, W) input when
// `input` is given (alpha grows with the value). Pixel-exact: one image pixel per map entry.
QImage saliencyImage(const Tensor& map, const Tensor* input = nullptr);

}  // namespace alexnet::ui
