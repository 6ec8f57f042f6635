#pragma once
// Colour maps for feature maps and kernels: sequential (core's viridis, as the exported PNGs) for
// non-negative outputs such as ReLU/sigmoid, diverging (blue–white–red) for signed values, gray for the input image.
#include <QColor>
#include <array>

namespace alexnet::ui {

enum class ColorMapKind { Sequential, Diverging, Gray };

class ColorMap {
 public:
  explicit ColorMap(ColorMapKind kind);
  ColorMapKind kind() const { return m_kind; }
  // t in [0, 1] (clamped); for Diverging, 0.5 is zero.
  QRgb at(float t) const {
    const int i = t <= 0.0f ? 0 : t >= 1.0f ? 255 : static_cast<int>(t * 255.0f + 0.5f);
    return m_table[static_cast<std::size_t>(i)];
  }

 private:
  ColorMapKind m_kind;
  std::array<QRgb, 256> m_table{};
};

}  // namespace alexnet::ui
