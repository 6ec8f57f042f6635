#pragma once
// Small helpers for the per-layer test files: set a named parameter, compare values exactly or closely.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "alexnet/core/layer.h"

namespace alexnet::test {

// Sets the parameter called `name` ("weight", "bias") of `layer` to `value` (same shape).
inline void setParameter(Layer& layer, const std::string& name, Tensor value) {
  for (Parameter* p : layer.parameters())
    if (p->name == name) {
      ASSERT_EQ(p->value.shape(), value.shape()) << name;
      p->value = std::move(value);
      return;
    }
  FAIL() << "no parameter " << name;
}

inline void expectValuesNear(const Tensor& got, const std::vector<float>& want, float tolerance) {
  const std::vector<float> values = got.toVector();
  ASSERT_EQ(values.size(), want.size());
  for (std::size_t i = 0; i < want.size(); ++i) EXPECT_NEAR(values[i], want[i], tolerance) << "element " << i;
}

}  // namespace alexnet::test
