#include "alexnet/core/layers/linear.h"

#include "shape_checks.h"

namespace alexnet {

Linear::Linear(const LinearOptions& options) : m_options(options) {
  if (options.inFeatures <= 0 || options.outFeatures <= 0)
    throw ShapeError("Linear: in_features and out_features must be positive");
  const Shape weightShape{options.outFeatures, options.inFeatures};
  m_weight = {"weight", Tensor(weightShape), Tensor(weightShape)};
  m_bias = {"bias", Tensor({options.outFeatures}), Tensor({options.outFeatures})};
}

std::string Linear::repr() const {
  return "Linear(in_features=" + std::to_string(m_options.inFeatures) +
         ", out_features=" + std::to_string(m_options.outFeatures) + ", bias=True)";
}

Shape Linear::outputShape(const Shape& in) const {
  detail::requireRank(in, 2, "Linear", "a 2-D input (N, " + std::to_string(m_options.inFeatures) + ")");
  if (in[1] != m_options.inFeatures)
    throw ShapeError("Linear: expected " + std::to_string(m_options.inFeatures) + " input features, got input " +
                     toString(in));
  return {in[0], m_options.outFeatures};
}

std::int64_t Linear::flops(const Shape& in) const {
  return 2 * in.at(0) * m_options.inFeatures * m_options.outFeatures;
}

Tensor Linear::forward(const Tensor& x, Mode) {
  const Shape outShape = outputShape(x.shape());
  const std::int64_t n = x.dim(0), in = m_options.inFeatures, outF = m_options.outFeatures;
  m_input = x;
  Tensor out(outShape);                                        // (N, out)
  MatrixMap y = out.matrix(n, outF);
  y.noalias() = x.matrix(n, in) * m_weight.value.matrix(outF, in).transpose();
  y.rowwise() += Eigen::Map<const Eigen::RowVectorXf>(m_bias.value.data(), outF);
  return out;
}

Tensor Linear::backward(const Tensor& gradOut) {
  const std::int64_t n = m_input.dim(0), in = m_options.inFeatures, outF = m_options.outFeatures;
  if (gradOut.shape() != Shape{n, outF})
    throw ShapeError("Linear backward: expected gradient " + toString({n, outF}) + ", got " +
                     toString(gradOut.shape()));
  const ConstMatrixMap g = gradOut.matrix(n, outF);              // (N, out)
  m_weight.grad.matrix(outF, in).noalias() += g.transpose() * m_input.matrix(n, in);
  Eigen::Map<Eigen::RowVectorXf>(m_bias.grad.data(), outF) += g.colwise().sum();
  Tensor gradIn(m_input.shape());                                // (N, in)
  gradIn.matrix(n, in).noalias() = g * m_weight.value.matrix(outF, in);
  return gradIn;
}

}  // namespace alexnet
