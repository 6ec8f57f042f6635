#pragma once
// SharedTensor — an immutable tensor shared by reference count. The Inspect worker makes one per
// tensor it sends; copying a StepSnapshot (a queued signal, the session's last snapshot, the view,
// the feature grid) then copies a pointer, never the values. Nobody can write through it, so the
// worker thread and the GUI thread may read it at the same time.
#include <memory>

#include "alexnet/core/tensor.h"

namespace alexnet::ui {

class SharedTensor {
 public:
  SharedTensor() = default;
  // Takes the tensor over: pass an rvalue (std::move or a temporary) and nothing is copied.
  explicit SharedTensor(Tensor tensor) : m_tensor(std::make_shared<const Tensor>(std::move(tensor))) {}

  const Tensor& operator*() const { return m_tensor ? *m_tensor : emptyTensor(); }
  const Tensor* operator->() const { return &**this; }
  bool empty() const { return !m_tensor || m_tensor->empty(); }
  // The values' address: equal for every handle to the same tensor (tests pin "no copy" with it).
  const float* data() const { return m_tensor ? m_tensor->data() : nullptr; }

 private:
  static const Tensor& emptyTensor() {
    static const Tensor empty;
    return empty;
  }

  std::shared_ptr<const Tensor> m_tensor;
};

}  // namespace alexnet::ui
