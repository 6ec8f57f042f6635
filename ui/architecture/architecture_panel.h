#pragma once
// ArchitecturePanel — the Architecture screen: zoom/export buttons over the ArchitectureView,
// the scene rebuilt from the live models, and the two-way link with the shared LayerSelection.
#include <QWidget>

class QComboBox;
class QLabel;

namespace alexnet::ui {

class ArchitectureScene;
class ArchitectureView;
class LayerSelection;
class ShapeReportBuilder;

class ArchitecturePanel : public QWidget {
  Q_OBJECT
 public:
  ArchitecturePanel(LayerSelection* selection, QWidget* parent = nullptr);

  bool isBusy() const;  // a network is being built for its shapes

  ArchitectureScene* scene() const { return m_scene; }
  ArchitectureView* view() const { return m_view; }

 public slots:
  void exportDiagram();  // asks for a file; .svg → SVG, anything else → PNG
  // Exports without a dialog; returns "" or an error line.
  QString exportTo(const QString& path);

 signals:
  void statusMessage(const QString& text);

 protected:
  void showEvent(QShowEvent* event) override;

 private:
  void fitReadable();  // fit the figure, but never below 60% (then it scrolls from the top)

  void rebuild();

  LayerSelection* m_selection;
  ArchitectureScene* m_scene;
  ArchitectureView* m_view;
  QComboBox* m_rightColumn;
  QLabel* m_zoomLabel;
  bool m_fitted = false;
  ShapeReportBuilder* m_reports;  // builds AlexNet 2012 for its shapes on a worker
};

}  // namespace alexnet::ui
