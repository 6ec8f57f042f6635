#include "packed_lhs.h"

#include "packed_gemm.h"
#include "parallel.h"

namespace alexnet::kernels {

PackedLhs PackedLhs::pack(const GemmArgs& lhs, Isa isa) {
  PackedLhs packed;
  const PackedKernels kernels = packedKernelsFor(isa);
  if (!kernels.packLhs || (isa == activeIsa() && !packedGemmInUse()) || lhs.m < 8 || lhs.k < 16) return packed;
  const LhsLayout layout = kernels.lhsLayout();
  const std::int64_t rows = (lhs.m + layout.mr - 1) / layout.mr * layout.mr;
  packed.m_data.resize(static_cast<std::size_t>(rows * lhs.k));
  packed.m_source = lhs;
  packed.m_isa = isa;
  packed.m_mr = layout.mr;
  const std::int64_t blocks = (lhs.k + layout.kc - 1) / layout.kc;
  float* dst = packed.m_data.data();
  parallelFor(blocks, 1, [&](std::int64_t first, std::int64_t last) {
    kernels.packLhs(lhs, first * layout.kc, last * layout.kc, dst);
  });
  return packed;
}

bool PackedLhs::matches(const GemmArgs& args) const { return args.m == m_source.m && coversRows(args, 0); }

bool PackedLhs::coversRows(const GemmArgs& args, std::int64_t firstRow) const {
  if (empty() || firstRow < 0 || firstRow % m_mr != 0 || firstRow + args.m > m_source.m) return false;
  const float* first = m_source.transA ? m_source.a + firstRow : m_source.a + firstRow * m_source.lda;
  return args.k == m_source.k && args.transA == m_source.transA && args.alpha == m_source.alpha && args.a == first &&
         args.lda == m_source.lda;
}

}  // namespace alexnet::kernels
