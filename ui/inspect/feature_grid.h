#pragma once
// FeatureGrid — renders every channel of one layer output into ONE QImage (no per-channel
// widgets), so AlexNet's 384-channel layers draw in a few milliseconds. Also answers hit tests
// (which channel / position / value is under a pixel) for hover and click.
//
// Input: (1, C, H, W) → C tiles of H×W in a grid; (1, F) (dense) → one strip of F cells wrapped
// into rows. Colour: sequential for non-negative outputs, diverging (symmetric around 0) for
// signed ones, gray for the input image; the scale is shared by all maps or per map.
#include <QImage>
#include <QRect>
#include <vector>

#include "alexnet/core/tensor.h"
#include "ui/inspect/color_map.h"
#include "ui/inspect/shared_tensor.h"

namespace alexnet::ui {

enum class ScaleMode { Shared, PerMap };
enum class ColorMode { Auto, Sequential, Diverging, Gray };

struct FeatureGridOptions {
  QSize available{900, 600};  // pixels the grid may use; tiles scale to fill it
  ScaleMode scale = ScaleMode::Shared;
  ColorMode color = ColorMode::Auto;
  bool sortByMean = false;  // highest mean activation first
  int onlyChannel = -1;     // ≥ 0: render just this channel, enlarged
  int gap = 2;              // pixels between tiles
};

struct FeatureGridHit {
  bool valid = false;
  int channel = -1;  // channel index in the tensor
  int y = 0, x = 0;  // position inside the map (for dense: row 0, x = feature index)
  float value = 0.0f;
};

class FeatureGrid {
 public:
  FeatureGrid() = default;
  // Throws nothing; an empty or unsupported tensor gives an empty grid. The grid keeps `values` (for
  // hover values) by sharing it; the Tensor overload copies its argument once into a SharedTensor.
  static FeatureGrid render(const SharedTensor& values, const FeatureGridOptions& options);
  static FeatureGrid render(const Tensor& output, const FeatureGridOptions& options);

  const QImage& image() const { return m_image; }
  bool isDense() const { return m_dense; }
  int channels() const { return m_channels; }
  int mapHeight() const { return m_mapH; }
  int mapWidth() const { return m_mapW; }
  int columns() const { return m_columns; }
  float minValue() const { return m_min; }  // legend range (shared mode: the whole layer)
  float maxValue() const { return m_max; }
  ColorMapKind colorMap() const { return m_kind; }
  ScaleMode scaleMode() const { return m_scale; }
  const std::vector<int>& order() const { return m_order; }    // tile position → channel
  const std::vector<float>& means() const { return m_means; }  // per channel
  const std::vector<bool>& dead() const { return m_dead; }     // per channel: all values 0 (or constant)
  int deadCount() const;
  QRect tileRect(int position) const;
  FeatureGridHit hitTest(const QPoint& pixel) const;
  double renderMs() const { return m_renderMs; }
  const SharedTensor& values() const { return m_values; }  // the rendered tensor, shared

 private:
  QImage m_image;
  SharedTensor m_values;  // the rendered tensor (shared, for hover values)
  bool m_dense = false;
  int m_channels = 0, m_mapH = 0, m_mapW = 0;  // for dense: 1 channel, rows × wrap
  int m_features = 0;                          // dense only
  int m_columns = 1, m_tileW = 1, m_tileH = 1, m_gap = 2;
  int m_onlyChannel = -1;
  float m_min = 0.0f, m_max = 0.0f;
  ColorMapKind m_kind = ColorMapKind::Sequential;
  ScaleMode m_scale = ScaleMode::Shared;
  std::vector<int> m_order;
  std::vector<float> m_means;
  std::vector<bool> m_dead;
  double m_renderMs = 0.0;
};

}  // namespace alexnet::ui
