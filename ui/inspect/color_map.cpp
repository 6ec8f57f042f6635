#include "ui/inspect/color_map.h"

#include <vector>

#include "alexnet/core/display/viridis.h"

namespace alexnet::ui {
namespace {

QRgb interpolate(const std::vector<QColor>& stops, float t) {
  const float scaled = t * static_cast<float>(stops.size() - 1);
  const int i = std::min(static_cast<int>(scaled), static_cast<int>(stops.size()) - 2);
  const float f = scaled - static_cast<float>(i);
  const QColor& a = stops[static_cast<std::size_t>(i)];
  const QColor& b = stops[static_cast<std::size_t>(i) + 1];
  auto mix = [f](int x, int y) {
    return static_cast<int>(static_cast<float>(x) + (static_cast<float>(y - x)) * f + 0.5f);
  };
  return qRgb(mix(a.red(), b.red()), mix(a.green(), b.green()), mix(a.blue(), b.blue()));
}

}  // namespace

ColorMap::ColorMap(ColorMapKind kind) : m_kind(kind) {
  std::vector<QColor> stops;
  switch (kind) {
    case ColorMapKind::Sequential:  // core's viridis, as the PNGs of `inspect --png`
      for (int i = 0; i < 256; ++i) {
        const Rgb8 c = viridis(static_cast<float>(i) / 255.0f);
        m_table[static_cast<std::size_t>(i)] = qRgb(c.red, c.green, c.blue);
      }
      return;
    case ColorMapKind::Diverging:  // ColorBrewer RdBu, reversed: negative blue, positive red
      stops = {QColor(0x05, 0x30, 0x61), QColor(0x21, 0x66, 0xAC), QColor(0x92, 0xC5, 0xDE), QColor(0xF7, 0xF7, 0xF7),
               QColor(0xF4, 0xA5, 0x82), QColor(0xB2, 0x18, 0x2B), QColor(0x67, 0x00, 0x1F)};
      break;
    case ColorMapKind::Gray:
      stops = {QColor(0, 0, 0), QColor(255, 255, 255)};
      break;
  }
  for (int i = 0; i < 256; ++i)
    m_table[static_cast<std::size_t>(i)] = interpolate(stops, static_cast<float>(i) / 255.0f);
}

}  // namespace alexnet::ui
