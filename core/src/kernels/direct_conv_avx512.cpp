// The direct convolution's AVX-512 kernels (direct_conv_kernels.h over zmm registers). Built with
// -mavx512f -mavx512bw -mavx512dq -mavx512vl -mfma (core/CMakeLists.txt) and called only when
// activeIsa() is avx512; see direct_conv.h.
#include "direct_conv_kernels.h"
#include "simd_avx512.h"

namespace alexnet::kernels::avx512 {

void directConvForward(const DirectConvArgs& args) { DirectConvKernels<Zmm>::forward(args); }
void directConvWeightGrad(const DirectConvWeightGradArgs& args) { DirectConvKernels<Zmm>::weightGrad(args); }

}  // namespace alexnet::kernels::avx512
