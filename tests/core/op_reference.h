#pragma once
// The PyTorch op cases of tests/data/reference/ops: forward output and the vector-Jacobian product
// with the stored R (grad_input, grad_weight, grad_bias). Each layer's test file
// (tests/core/layers/test_<layer>.cpp) checks its own cases; test_ops_reference.cpp checks the set.
#include <string>
#include <vector>

namespace alexnet::test {

// Every case's name (the file stem: "conv2d_k3_p1", …), sorted; with `op`, only the cases of that op
// (the file's "op" metadata: "conv2d", "linear", "relu", "sigmoid", "maxpool2d", "avgpool2d", "lrn",
// "flatten", "dropout_eval", "cross_entropy").
std::vector<std::string> opCases(const std::string& op = "");

// Builds the layer from the case's metadata, loads its parameters, and compares forward and backward
// with PyTorch's tensors (bit-exact where PyTorch's float32 and float64 agree, else 1e-5 of scale).
void expectMatchesPyTorch(const std::string& caseName);

}  // namespace alexnet::test
