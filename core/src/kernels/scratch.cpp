#include "scratch.h"

#include <cstddef>
#include <memory>
#include <new>

namespace alexnet::kernels {
namespace {

constexpr std::align_val_t kAlignment{64};

struct AlignedDelete {
  void operator()(float* p) const { ::operator delete[](p, kAlignment); }
};

struct Buffer {
  std::unique_ptr<float[], AlignedDelete> data;
  std::int64_t size = 0;
};

}  // namespace

float* threadScratch(ScratchSlot slot, std::int64_t floats) {
  thread_local Buffer buffers[static_cast<int>(ScratchSlot::Count)];
  Buffer& b = buffers[static_cast<int>(slot)];
  if (b.size < floats) {
    b.data.reset(static_cast<float*>(::operator new[](static_cast<std::size_t>(floats) * sizeof(float), kAlignment)));
    b.size = floats;
  }
  return b.data.get();
}

}  // namespace alexnet::kernels
