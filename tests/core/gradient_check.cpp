#include "gradient_check.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

namespace alexnet::test {

Tensor randomTensor(const Shape& shape, std::mt19937& rng, float scale) {
  std::normal_distribution<float> dist(0.0f, scale);
  Tensor t(shape);
  for (std::int64_t i = 0; i < t.numel(); ++i) t[i] = dist(rng);
  return t;
}

Tensor spacedTensor(const Shape& shape, std::mt19937& rng, float gap) {
  Tensor t(shape);
  std::vector<float> values(static_cast<std::size_t>(t.numel()));
  for (std::size_t i = 0; i < values.size(); ++i)
    values[i] = (static_cast<float>(i) - static_cast<float>(values.size()) / 2.0f + 0.5f) * gap;
  std::shuffle(values.begin(), values.end(), rng);
  for (std::int64_t i = 0; i < t.numel(); ++i) t[i] = values[static_cast<std::size_t>(i)];
  return t;
}

static double weightedSum(const Tensor& out, const Tensor& r) {
  double s = 0.0;
  for (std::int64_t i = 0; i < out.numel(); ++i) s += static_cast<double>(out[i]) * r[i];
  return s;
}

double gradientError(Layer& layer, Tensor x, Mode mode, double eps) {
  double worst = 0.0;
  std::mt19937 rng(7);
  const Tensor r = randomTensor(layer.outputShape(x.shape()), rng);
  layer.zeroGrad();
  layer.forward(x, mode);
  const Tensor gradX = layer.backward(r);

  auto check = [&](const std::string& what, Tensor& values, const Tensor& analytic) {
    double maxErr = 0.0, scale = 0.0;
    for (std::int64_t i = 0; i < values.numel(); ++i) {
      const float saved = values[i];
      values[i] = saved + static_cast<float>(eps);
      const double plus = weightedSum(layer.forward(x, mode), r);
      values[i] = saved - static_cast<float>(eps);
      const double minus = weightedSum(layer.forward(x, mode), r);
      values[i] = saved;
      const double numeric = (plus - minus) / (2 * eps);
      maxErr = std::max(maxErr, std::abs(numeric - analytic[i]));
      scale = std::max(scale, std::abs(numeric));
    }
    const double relative = maxErr / std::max(scale, 1e-3);
    if (relative > worst)
      std::printf("[gradcheck] %s %s: max error %.3g at scale %.3g\n", layer.repr().c_str(), what.c_str(), maxErr,
                  scale);
    worst = std::max(worst, relative);
  };
  check("input", x, gradX);
  for (Parameter* p : layer.parameters()) {
    const Tensor analytic = p->grad;
    check(p->name, p->value, analytic);
  }
  return worst;
}

}  // namespace alexnet::test
