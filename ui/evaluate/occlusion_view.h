#pragma once
// OcclusionView — the student's original picture with the occlusion map laid over it, semi-transparent
// in viridis, placed through the preprocessing geometry (core data/input_geometry.h: the map covers
// the centre crop that became the model input), with a colour legend under it. Hovering shows the
// probability drop at the square under the pointer.
#include <QImage>
#include <QWidget>

#include "alexnet/core/data/input_geometry.h"
#include "alexnet/core/exec/occlusion.h"

namespace alexnet::ui {

class OcclusionView : public QWidget {
  Q_OBJECT
 public:
  explicit OcclusionView(QWidget* parent = nullptr);

  void setPicture(const QImage& original, const InputGeometry& geometry);  // clears the map
  void setMap(const OcclusionResult& result);
  void clearMap();
  bool hasMap() const { return !m_overlay.isNull(); }
  void setOpacity(double opacity);

  // The square (i, j) and drop under a point of the widget; false outside the map.
  bool dropAt(QPoint point, int* row, int* col, float* drop) const;

  QSize sizeHint() const override { return {520, 520}; }
  QSize minimumSizeHint() const override { return {240, 240}; }

 signals:
  void hovered(const QString& text);  // "" when the pointer leaves the map

 protected:
  void paintEvent(QPaintEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;
  void leaveEvent(QEvent* event) override;

 private:
  QRectF pictureRect() const;  // where the original is drawn (aspect kept)
  QRectF mapRect() const;      // where the model input's footprint is drawn
  QRect legendRect() const;

  QImage m_original;
  InputGeometry m_geometry;
  OcclusionResult m_result;
  QImage m_overlay;  // model-input sized, viridis with alpha
  float m_min = 0.0f, m_max = 0.0f;
  double m_opacity = 0.6;
};

}  // namespace alexnet::ui
