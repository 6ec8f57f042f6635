#include "ui/inspect/unit_explanation_snapshot.h"

#include <QCoreApplication>

namespace alexnet::ui {

UnitExplanationSnapshot explainStepperUnit(const Sequential& model, const Stepper& stepper, int layer,
                                           const UnitIndex& unit, std::int64_t topK) {
  UnitExplanationSnapshot s;
  s.layer = layer;
  s.unit = unit;
  if (layer < 0 || layer >= static_cast<int>(model.size())) {
    s.error = QCoreApplication::translate("UnitExplanation", "The input image has no computation to explain.");
    return s;
  }
  const Layer& l = model.layer(static_cast<std::size_t>(layer));
  s.layerType = QString::fromUtf8(l.typeName().data(), static_cast<qsizetype>(l.typeName().size()));
  s.layerRepr = QString::fromStdString(l.repr());
  try {
    const Tensor& out = stepper.output(static_cast<std::size_t>(layer));
    const Tensor& in = layer == 0 ? stepper.input() : stepper.output(static_cast<std::size_t>(layer) - 1);
    const bool inside = out.rank() == 4 ? unit.channel >= 0 && unit.channel < out.dim(1) && unit.y >= 0 &&
                                              unit.y < out.dim(2) && unit.x >= 0 && unit.x < out.dim(3)
                                        : out.rank() == 2 && unit.channel >= 0 && unit.channel < out.dim(1);
    if (!inside) throw std::invalid_argument("the unit is outside the layer's output " + toString(out.shape()));
    s.layerValue = out.rank() == 4 ? out.at(0, unit.channel, unit.y, unit.x) : out[unit.channel];
    if (const std::optional<ConvLayerView> conv = stepper.convLayer(static_cast<std::size_t>(layer))) {
      // in (1, C_in, H, W), weight (C_out, C_in, k, k), bias (C_out)
      s.conv = explainConvPixel(in, *conv->weight, *conv->bias, static_cast<int>(conv->stride),
                                static_cast<int>(conv->padding), static_cast<int>(unit.channel),
                                static_cast<int>(unit.y), static_cast<int>(unit.x));
      return s;
    }
    DenseOptions dense;
    dense.topK = topK;
    if (layer > 0 && model.layer(static_cast<std::size_t>(layer) - 1).kind() == LayerKind::Flatten)
      dense.flattenedFrom =
          layer > 1 ? stepper.output(static_cast<std::size_t>(layer) - 2).shape() : stepper.input().shape();
    s.explanation = explainUnit(l, in, unit, dense);
    if (!s.explanation)
      s.error = QCoreApplication::translate("UnitExplanation",
                                            "Values of %1 layers are not explained; click a Conv2d, pooling, "
                                            "ReLU, Sigmoid or Linear output.")
                    .arg(s.layerType);
  } catch (const std::exception& error) {
    s.error = QString::fromStdString(error.what());
  }
  return s;
}

}  // namespace alexnet::ui
