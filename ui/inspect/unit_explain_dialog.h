#pragma once
// UnitExplainDialog — opened by clicking a value of a pooling, ReLU/Sigmoid or Linear layer (the
// Conv2d one is ConvExplainDialog). One page per kind:
//   MaxPool2d: the input window, the winner outlined, ties marked, padded cells hatched;
//   AvgPool2d: the window, its sum, ÷ count = value;
//   ReLU / Sigmoid: the value before and after on a plot of the function, with the formula;
//   Linear: bias + Σ w·x with the largest |w·x| contributions as signed bars and a table (for
//           Flatten → Linear, the channel and position each input came from).
// Every page ends with the value it arrives at beside the value the layer computed.
#include <QDialog>

#include "ui/inspect/unit_explanation_snapshot.h"

namespace alexnet::ui {

class UnitExplainDialog : public QDialog {
  Q_OBJECT
 public:
  explicit UnitExplainDialog(const UnitExplanationSnapshot& snapshot, QWidget* parent = nullptr);

  const UnitExplanationSnapshot& snapshot() const { return m_snapshot; }
  float explainedValue() const;
  // The values as the dialog prints them (6 significant digits).
  QString explainedText() const { return formatValue(explainedValue()); }
  QString layerText() const { return formatValue(m_snapshot.layerValue); }
  static QString formatValue(double value);

 signals:
  // "Top activating images…": the channel (or dense unit) of the explained unit.
  void topImagesRequested(int layer, int channel);
  // "Receptive field on the image…" (spatial units only).
  void receptiveFieldRequested(int channel, int y, int x);

 private:
  QWidget* poolPage(const PoolExplanation& e);
  QWidget* activationPage(const ActivationExplanation& e);
  QWidget* densePage(const DenseExplanation& e);

  UnitExplanationSnapshot m_snapshot;
};

// The pool window as a picture: k×k cells with their values; the winner outlined, ties dashed,
// padded cells hatched. Exposed for tests and screenshots.
QImage poolWindowImage(const PoolExplanation& e, int cellPixels);

}  // namespace alexnet::ui
