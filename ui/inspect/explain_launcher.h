#pragma once
// ExplainLauncher — attached to a RunView: a click on a value of an enlarged map, or on a cell of a
// dense strip, is explained. Conv2d values open a ConvExplainDialog (openExplainer), which asks the
// worker itself; pooling / ReLU / Sigmoid / dense values ask that view's worker for a
// UnitExplanation and open a UnitExplainDialog; its "Top activating test images…" opens a
// TopImagesDialog for the same layer and channel.
#include <QObject>
#include <QPointer>

class QPushButton;

#include "ui/inspect/unit_explanation_snapshot.h"

namespace alexnet::ui {

class RunView;
class TopImagesDialog;
class UnitExplainDialog;

class ExplainLauncher : public QObject {
  Q_OBJECT
 public:
  explicit ExplainLauncher(RunView* view);

  // Explains unit (channel, y, x) of the layer shown now (for a dense layer: channel = unit).
  void explain(int channel, int y, int x);
  TopImagesDialog* openTopImages(int layer, int channel);
  // "Top images…" for the shown layer and the enlarged channel (RunView places it under the maps).
  QPushButton* topImagesButton() const { return m_topButton; }
  UnitExplainDialog* lastDialog() const;
  TopImagesDialog* lastTopImages() const;

 signals:
  void dialogOpened();  // lastDialog() is the new dialog

 private:
  void show(const UnitExplanationSnapshot& explanation);

  RunView* m_view;
  QPushButton* m_topButton;
  quint64 m_request = 0;  // InspectSession::explainUnit's id of the last question asked here
  QPointer<UnitExplainDialog> m_dialog;
  QPointer<TopImagesDialog> m_topImages;
};

}  // namespace alexnet::ui
