#include "alexnet/core/layer.h"

namespace alexnet {

std::vector<const Parameter*> Layer::parameters() const {
  auto mutableParams = const_cast<Layer*>(this)->parameters();
  return {mutableParams.begin(), mutableParams.end()};
}

std::int64_t Layer::flops(const Shape&) const { return 0; }

std::int64_t Layer::parameterCount() const {
  std::int64_t count = 0;
  for (const Parameter* p : parameters()) count += p->value.numel();
  return count;
}

void Layer::zeroGrad() {
  for (Parameter* p : parameters()) {
    if (p->grad.shape() == p->value.shape())
      p->grad.setZero();
    else
      p->ensureGrad();
  }
}

}  // namespace alexnet
