#pragma once
// Helpers for the PyTorch golden vectors in tests/data/reference/ (a copy of the shared set,
// checked against MANIFEST.sha256 by test_reference_manifest.cpp).
//
// Tensors are compared as a whole, relative to their own scale, as the reference README asks:
//   max_i |got_i − ref_i| ≤ tol · max_i |ref_i|
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "alexnet/core/io/safetensors.h"

namespace alexnet::test {

inline std::filesystem::path referenceDir() { return std::filesystem::path(ALEXNET_TEST_DATA_DIR) / "reference"; }
inline std::filesystem::path dataDir() { return std::filesystem::path(ALEXNET_TEST_DATA_DIR); }

struct TensorDifference {
  double maxAbs = 0.0;  // max |got − ref|
  double scale = 0.0;   // max |ref|
  double relative() const { return scale > 0 ? maxAbs / scale : maxAbs; }
};

TensorDifference difference(const Tensor& got, const Tensor& ref);

// gtest assertion: shapes equal and scale-relative error ≤ tol. Prints the measured ratio, so the
// test log doubles as the error table of the closing note.
::testing::AssertionResult tensorsClose(const std::string& what, const Tensor& got, const Tensor& ref, double tol);

}  // namespace alexnet::test

#define EXPECT_TENSOR_CLOSE(what, got, ref, tol) EXPECT_TRUE(::alexnet::test::tensorsClose(what, got, ref, tol))
