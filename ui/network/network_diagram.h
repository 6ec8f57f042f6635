#pragma once
// NetworkDiagram — the Network screen's figure: d2l LeNet (left) beside the network in the editor
// (right), drawn by the Architecture screen's scene from the two shape reports and kept as wide as
// the view (never above 100%; Ctrl+wheel still zooms). A click on a block of the edited network
// reports its Sequential index.
#include <QWidget>

#include "alexnet/core/models/shape_report.h"

namespace alexnet::ui {

class ArchitectureScene;
class ArchitectureView;

class NetworkDiagram : public QWidget {
  Q_OBJECT
 public:
  static inline const QString kFamily = QStringLiteral("code");  // the edited network's blocks

  explicit NetworkDiagram(QWidget* parent = nullptr);

  void setNetwork(const ShapeReport& report, const QString& title);
  void selectLayer(int layer);  // -1 = none
  ArchitectureScene* scene() const { return m_scene; }
  ArchitectureView* view() const { return m_view; }

 signals:
  void layerClicked(int layer);

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override;
  void changeEvent(QEvent* event) override;  // disabled (the code has an error): the figure is veiled

 private:
  void fitWidth();

  ArchitectureScene* m_scene;
  ArchitectureView* m_view;
  bool m_userZoomed = false;  // after Ctrl+wheel the view keeps the user's zoom
};

}  // namespace alexnet::ui
