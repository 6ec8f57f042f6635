#include "alexnet/core/models/init.h"

#include <cmath>
#include <random>

namespace alexnet {

void initializeXavier(Sequential& model, std::uint64_t seed) {
  std::mt19937_64 rng(seed);
  for (std::size_t i = 0; i < model.size(); ++i) {
    Parameter* weight = nullptr;
    Parameter* bias = nullptr;
    for (Parameter* p : model.layer(i).parameters()) (p->name == "weight" ? weight : bias) = p;
    if (!weight) continue;
    // weight (out, in, kh, kw) or (out, in): fan_in = in·kh·kw, fan_out = out·kh·kw.
    const Shape& s = weight->value.shape();
    const double receptive = s.size() == 4 ? static_cast<double>(s[2] * s[3]) : 1.0;
    const double fanIn = static_cast<double>(s[1]) * receptive, fanOut = static_cast<double>(s[0]) * receptive;
    const double bound = std::sqrt(6.0 / (fanIn + fanOut));
    std::uniform_real_distribution<float> weightDist(static_cast<float>(-bound), static_cast<float>(bound));
    for (std::int64_t k = 0; k < weight->value.numel(); ++k) weight->value[k] = weightDist(rng);
    if (bias) {
      const float biasBound = static_cast<float>(1.0 / std::sqrt(fanIn));
      std::uniform_real_distribution<float> biasDist(-biasBound, biasBound);
      for (std::int64_t k = 0; k < bias->value.numel(); ++k) bias->value[k] = biasDist(rng);
    }
  }
  // No zeroGrad(): gradients are allocated when training first needs them (layer.h).
}

}  // namespace alexnet
