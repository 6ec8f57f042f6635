#pragma once
// ColorLegend — the colour bar under a feature-map grid: gradient, min/max (0 in the middle for
// a diverging map) and whether the scale is shared or per map.
#include <QWidget>

#include "ui/inspect/feature_grid.h"

namespace alexnet::ui {

class ColorLegend : public QWidget {
  Q_OBJECT
 public:
  explicit ColorLegend(QWidget* parent = nullptr);
  void setGrid(const FeatureGrid& grid);  // reads kind, range, scale mode, dead count
  void clear();
  QSize sizeHint() const override { return {360, 48}; }

 protected:
  void paintEvent(QPaintEvent* event) override;

 private:
  bool m_valid = false;
  ColorMapKind m_kind = ColorMapKind::Sequential;
  ScaleMode m_scale = ScaleMode::Shared;
  float m_min = 0.0f, m_max = 1.0f;
  int m_dead = 0;
  int m_channels = 0;
};

}  // namespace alexnet::ui
