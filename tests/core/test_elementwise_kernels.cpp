// The per-ISA elementwise kernels against the textbook formula in double, on every instruction set
// this CPU runs (not only the active one): the sigmoid over a range that covers its saturation,
// lengths that leave every possible tail, and NaN and ±Inf inputs (a NaN must stay NaN, so a
// diverging run still stops).
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <random>
#include <vector>

#include "../../core/src/kernels/elementwise.h"
#include "alexnet/core/exec/isa.h"

namespace alexnet {
namespace {

using SigmoidFn = void (*)(const float*, float*, float*, std::int64_t);

std::vector<std::pair<Isa, SigmoidFn>> sigmoidKernels() {
  std::vector<std::pair<Isa, SigmoidFn>> kernels{{activeIsa(), &kernels::sigmoidForward}};
  if (detectedIsa() == Isa::Avx512) kernels.emplace_back(Isa::Avx512, &kernels::avx512::sigmoidForward);
  if (detectedIsa() >= Isa::Avx2) kernels.emplace_back(Isa::Avx2, &kernels::avx2::sigmoidForward);
  return kernels;
}

TEST(ElementwiseKernels, SigmoidMatchesTheFormulaOnEveryPath) {
  std::mt19937 rng(5);
  std::uniform_real_distribution<float> wide(-120.0f, 120.0f), narrow(-8.0f, 8.0f);
  for (const auto& [isa, sigmoid] : sigmoidKernels()) {
    SCOPED_TRACE(std::string(isaName(isa)));
    for (std::int64_t n : {1, 7, 8, 15, 16, 17, 33, 1000}) {
      std::vector<float> x(static_cast<std::size_t>(n));
      for (std::size_t i = 0; i < x.size(); ++i) x[i] = i % 2 ? narrow(rng) : wide(rng);
      std::vector<float> y(x.size() + 1, -7.0f), cache(x.size() + 1, -7.0f);  // one guard element each
      sigmoid(x.data(), y.data(), cache.data(), n);
      double worst = 0.0;
      for (std::size_t i = 0; i < x.size(); ++i) {
        const double want = 1.0 / (1.0 + std::exp(-static_cast<double>(x[i])));
        worst = std::max(worst, std::abs(y[i] - want) / std::max(want, 1e-30) * (want > 1e-30 ? 1.0 : 0.0));
        EXPECT_NEAR(y[i], want, 1e-7) << "x = " << x[i];
        EXPECT_EQ(cache[i], y[i]);
      }
      EXPECT_LE(worst, 4e-7) << "largest relative error, n = " << n;
      EXPECT_EQ(y[x.size()], -7.0f) << "wrote past the end, n = " << n;
      EXPECT_EQ(cache[x.size()], -7.0f);
    }
    const float inf = std::numeric_limits<float>::infinity();
    const std::vector<float> special{std::numeric_limits<float>::quiet_NaN(), inf, -inf, 0.0f, 88.0f, -88.0f, -1e30f};
    std::vector<float> y(special.size());
    sigmoid(special.data(), y.data(), nullptr, static_cast<std::int64_t>(special.size()));
    EXPECT_TRUE(std::isnan(y[0]));
    EXPECT_EQ(y[1], 1.0f);
    EXPECT_NEAR(y[2], 0.0f, 1e-37);
    EXPECT_EQ(y[3], 0.5f);
    EXPECT_EQ(y[4], 1.0f);
    EXPECT_NEAR(y[5], 0.0f, 1e-37);
    EXPECT_NEAR(y[6], 0.0f, 1e-37);
  }
}

}  // namespace
}  // namespace alexnet
