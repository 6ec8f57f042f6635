#include "reference.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace alexnet::test {

TensorDifference difference(const Tensor& got, const Tensor& ref) {
  TensorDifference d;
  for (std::int64_t i = 0; i < ref.numel(); ++i) {
    d.scale = std::max(d.scale, std::abs(static_cast<double>(ref[i])));
    const double diff = std::abs(static_cast<double>(got[i]) - static_cast<double>(ref[i]));
    d.maxAbs = std::isnan(diff) ? INFINITY : std::max(d.maxAbs, diff);
  }
  return d;
}

::testing::AssertionResult tensorsClose(const std::string& what, const Tensor& got, const Tensor& ref, double tol) {
  if (got.shape() != ref.shape())
    return ::testing::AssertionFailure() << what << ": shape " << toString(got.shape()) << " != reference "
                                         << toString(ref.shape());
  const TensorDifference d = difference(got, ref);
  const bool ok = tol == 0.0 ? d.maxAbs == 0.0 : d.relative() <= tol;
  std::printf("[reference] %-40s rel_err=%.3e tol=%.0e (%.3f of tol)\n", what.c_str(), d.relative(), tol,
              tol > 0 ? d.relative() / tol : (d.maxAbs == 0 ? 0.0 : INFINITY));
  if (ok) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << what << ": max |got-ref| = " << d.maxAbs << ", scale " << d.scale
                                       << ", relative " << d.relative() << " > tol " << tol;
}

}  // namespace alexnet::test
