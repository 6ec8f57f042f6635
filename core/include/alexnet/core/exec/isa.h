#pragma once
// Isa — which instruction set the kernels use, chosen once per process from the CPU.
//
// The program and Eigen are built for the x86-64 baseline, so one binary runs on every x86-64
// CPU. The hot kernels (packed GEMM, direct convolution) are compiled once per instruction set in
// translation units of their own (core/src/kernels/*_avx512.cpp, *_avx2.cpp) and picked at run time:
//   avx512   AVX-512F/BW/DQ/VL + FMA (server chips, recent AMD)
//   avx2     AVX2 + FMA (most laptops)
//   generic  Eigen's kernels on the baseline (SSE2), anything else
// ALEXNET_ISA=avx2|generic forces a lower path (tests, benchmarks); a request above what the CPU
// has is refused: activeIsa() keeps the detected path and isaRequestError() says why, which the
// program reports before doing anything (app/main.cpp).
#include <optional>
#include <string>
#include <string_view>

namespace alexnet {

enum class Isa { Generic, Avx2, Avx512 };

std::string_view isaName(Isa isa);                   // "generic", "avx2", "avx512"
std::optional<Isa> parseIsa(std::string_view name);  // the inverse; nullopt for anything else

// The best path this CPU runs (cpuid, through __builtin_cpu_supports).
Isa detectedIsa();

struct IsaChoice {
  Isa isa = Isa::Generic;
  std::string error;  // non-empty when the request was refused (isa is then `detected`)
};
// The choice for an ALEXNET_ISA value (nullptr or "" = no request) on a CPU that runs `detected`.
IsaChoice chooseIsa(const char* request, Isa detected);

// The path in use: chooseIsa(getenv("ALEXNET_ISA"), detectedIsa()), made once.
Isa activeIsa();
// Why ALEXNET_ISA was refused, or "" when it was not set or was honoured.
const std::string& isaRequestError();

}  // namespace alexnet
