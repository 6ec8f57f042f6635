// The direct convolution's AVX2 + FMA kernels (direct_conv_kernels.h over ymm registers). Built with
// -mavx2 -mfma (core/CMakeLists.txt) and called only when activeIsa() is avx2; see direct_conv.h.
#include "direct_conv_kernels.h"
#include "simd_avx2.h"

namespace alexnet::kernels::avx2 {

void directConvForward(const DirectConvArgs& args) { DirectConvKernels<Ymm>::forward(args); }
void directConvWeightGrad(const DirectConvWeightGradArgs& args) { DirectConvKernels<Ymm>::weightGrad(args); }

}  // namespace alexnet::kernels::avx2
