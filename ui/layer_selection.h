#pragma once
// LayerSelection — the one shared "which layer" state. Clicking a diagram block, a table row or
// stepping the Inspect screen calls select(); every panel listens to selectionChanged/selectedLayer.
// The stepper's position travels separately (setCurrentLayer) so the diagram can highlight it.
#include <QObject>
#include <QString>

namespace alexnet::ui {

class LayerSelection : public QObject {
  Q_OBJECT
 public:
  explicit LayerSelection(QObject* parent = nullptr) : QObject(parent) {}

  // family: "lenet", "alexnet" or "alexnet2012"; layer: PyTorch Sequential index, -1 = the input.
  QString family() const { return m_family; }
  int layer() const { return m_layer; }
  QString currentFamily() const { return m_currentFamily; }
  int currentLayer() const { return m_currentLayer; }

 public slots:
  void select(const QString& family, int layer);
  // The last layer the Inspect stepper computed (-1: only the input), or family "" for none.
  void setCurrentLayer(const QString& family, int layer);

 signals:
  void selectedLayer(int layer);
  void selectionChanged(const QString& family, int layer);
  void currentLayerChanged(const QString& family, int layer);

 private:
  QString m_family;
  int m_layer = -1;
  QString m_currentFamily;
  int m_currentLayer = -1;
};

}  // namespace alexnet::ui
