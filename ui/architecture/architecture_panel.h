#pragma once
// ArchitecturePanel — the Architecture screen: zoom/export buttons over the ArchitectureView,
// the scene rebuilt from the live models, and the two-way link with the shared LayerSelection.
#include <QWidget>

class QComboBox;
class QLabel;
class QThread;

namespace alexnet::ui {

class ArchitectureScene;
class ArchitectureView;
class LayerSelection;

class ArchitecturePanel : public QWidget {
  Q_OBJECT
 public:
  ArchitecturePanel(LayerSelection* selection, QWidget* parent = nullptr);
  ~ArchitecturePanel() override;

  bool isBusy() const { return m_worker != nullptr; }  // a network is being built for its shapes

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
  QThread* m_worker = nullptr;  // builds AlexNet 2012 for its shapes (ShapesPanel does the same)
};

}  // namespace alexnet::ui
