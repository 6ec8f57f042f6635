#pragma once
// SGD — torch.optim.SGD: with momentum μ and weight decay λ (both 0 by default, as d2l):
//   g ← grad + λ·p;  v ← μ·v + g (v = g on the first step);  p ← p − lr·v
#include <map>
#include <string>
#include <vector>

#include "alexnet/core/sequential.h"

namespace alexnet {

struct SgdOptions {
  float learningRate = 0.1f;
  float momentum = 0.0f;
  float weightDecay = 0.0f;
};

class Sgd {
 public:
  explicit Sgd(const SgdOptions& options) : m_options(options) {}

  void step(Sequential& model);
  const SgdOptions& options() const { return m_options; }
  void setLearningRate(float learningRate) { m_options.learningRate = learningRate; }

  // Momentum buffers by parameter key ("0.weight"), for checkpoints that resume a run.
  const std::map<std::string, Tensor>& momentumBuffers() const { return m_momentum; }
  void setMomentumBuffers(std::map<std::string, Tensor> buffers) { m_momentum = std::move(buffers); }

 private:
  SgdOptions m_options;
  std::map<std::string, Tensor> m_momentum;  // same shapes as the parameters
};

}  // namespace alexnet
