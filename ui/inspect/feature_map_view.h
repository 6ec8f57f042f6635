#pragma once
// FeatureMapView — shows a FeatureGrid (all channels of one layer, or one enlarged channel).
// Re-renders when the widget resizes or an option changes; hover reports channel/position/value;
// a click enlarges the map under the mouse, another click (or Esc) returns to the grid.
#include <QTimer>
#include <QWidget>

#include "ui/inspect/feature_grid.h"

namespace alexnet::ui {

class FeatureMapView : public QWidget {
  Q_OBJECT
 public:
  explicit FeatureMapView(QWidget* parent = nullptr);

  void setTensor(const SharedTensor& output, bool isInput);  // (1, C, H, W) or (1, F); shared, not copied
  void clear();
  void setScaleMode(ScaleMode mode);
  void setColorMode(ColorMode mode);
  void setSortByMean(bool sort);
  void setEnlargedChannel(int channel);  // -1: back to the grid
  int enlargedChannel() const { return m_options.onlyChannel; }

  // Inside a FeatureMapScroll: the grid is laid out for `area` (the scroll area's room) rather than
  // for this widget's size, and the widget takes the grid's size as its minimum, so a grid that
  // does not fit scrolls. `scrollBarWidth` is kept free when the rows run on below.
  void setRenderArea(const QSize& area, int scrollBarWidth);

  const FeatureGrid& grid() const { return m_grid; }
  // Renders now (normally deferred to the next event-loop turn); used by tests and screenshots.
  void renderNow();
  bool hasTensor() const { return !m_tensor.empty(); }
  const SharedTensor& tensor() const { return m_tensor; }

 signals:
  void hoverText(const QString& text);
  void rendered(double milliseconds, int channels);
  void pixelClicked(int channel, int y, int x);  // a click on the enlarged map
  void unitClicked(int feature);                 // a click on a cell of a dense (1, F) strip

 protected:
  void paintEvent(QPaintEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;
  void keyPressEvent(QKeyEvent* event) override;
  void leaveEvent(QEvent* event) override;

 private:
  void scheduleRender();
  QPoint imageOrigin() const;
  bool inScrollArea() const { return m_renderArea.isValid(); }

  SharedTensor m_tensor;
  bool m_isInput = false;
  FeatureGridOptions m_options;
  FeatureGrid m_grid;
  QTimer m_renderTimer;
  QString m_placeholder;
  QSize m_renderArea;  // invalid: lay out for this widget's own size
  int m_scrollBarWidth = 0;
};

}  // namespace alexnet::ui
