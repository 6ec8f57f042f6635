#pragma once
// Shared by the kernel tests (test_gemm_kernels.cpp, test_layer_kernels.cpp): a scoped thread count,
// seeded random tensors, and a comparison against double-precision results.
#include <gtest/gtest.h>
#include <omp.h>

#include <cmath>
#include <random>
#include <vector>

#include "alexnet/core/tensor.h"

namespace alexnet::test {

// Sets the thread count the kernels' pool follows (omp_set_num_threads) for one scope.
class ThreadCount {
 public:
  explicit ThreadCount(int threads) : m_saved(omp_get_max_threads()) { omp_set_num_threads(threads); }
  ~ThreadCount() { omp_set_num_threads(m_saved); }

 private:
  int m_saved;
};

inline Tensor randomTensor(Shape shape, unsigned seed) {
  Tensor t(std::move(shape));
  std::mt19937 rng(seed);
  std::uniform_real_distribution<float> u(-1.0f, 1.0f);
  for (std::int64_t i = 0; i < t.numel(); ++i) t[i] = u(rng);
  return t;
}

inline void expectNear(const Tensor& got, const std::vector<double>& want, double tolerance, const char* what) {
  ASSERT_EQ(static_cast<std::size_t>(got.numel()), want.size()) << what;
  double worst = 0.0;
  std::int64_t worstAt = 0;
  for (std::int64_t i = 0; i < got.numel(); ++i) {
    const double error =
        std::abs(got[i] - want[static_cast<std::size_t>(i)]) / (1.0 + std::abs(want[static_cast<std::size_t>(i)]));
    if (error > worst) worst = error, worstAt = i;
  }
  EXPECT_LE(worst, tolerance) << what << ": worst relative error at element " << worstAt;
}

}  // namespace alexnet::test
