#include "ui/layer_selection.h"

namespace alexnet::ui {

void LayerSelection::select(const QString& family, int layer) {
  if (family == m_family && layer == m_layer) return;  // panels echo selections: stop the loop here
  m_family = family;
  m_layer = layer;
  emit selectedLayer(layer);
  emit selectionChanged(family, layer);
}

void LayerSelection::setCurrentLayer(const QString& family, int layer) {
  if (family == m_currentFamily && layer == m_currentLayer) return;
  m_currentFamily = family;
  m_currentLayer = layer;
  emit currentLayerChanged(family, layer);
}

}  // namespace alexnet::ui
