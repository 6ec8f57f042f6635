#include "ui/inspect/feature_map_scroll.h"

#include <QScrollBar>

#include "ui/inspect/feature_map_view.h"

namespace alexnet::ui {

FeatureMapScroll::FeatureMapScroll(FeatureMapView* view, QWidget* parent) : QScrollArea(parent), m_view(view) {
  setFrameShape(QFrame::NoFrame);
  setWidgetResizable(true);  // the view fills the area, or grows past it to the grid's size
  setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
  setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
  setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
  setMinimumSize(view->minimumSize());
  setObjectName(view->objectName() + QStringLiteral("Scroll"));
  setWidget(view);
}

void FeatureMapScroll::resizeEvent(QResizeEvent* event) {
  QScrollArea::resizeEvent(event);
  // The room without scroll bars: the grid is laid out for it, so a scroll bar appearing does not
  // change the layout (and cannot make it flip back and forth).
  m_view->setRenderArea(maximumViewportSize(), verticalScrollBar()->sizeHint().width());
}

}  // namespace alexnet::ui
