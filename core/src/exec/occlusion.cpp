#include "alexnet/core/exec/occlusion.h"

#include <algorithm>
#include <string>

#include "alexnet/core/train/cross_entropy.h"

namespace alexnet {

std::int64_t defaultOcclusionPatch(std::int64_t side) {
  if (side <= 28) return std::max<std::int64_t>(1, std::min<std::int64_t>(4, side));
  if (side == 224) return 32;
  return std::max<std::int64_t>(1, side / 7);
}

std::int64_t defaultOcclusionStride(std::int64_t side) {
  if (side <= 28) return std::max<std::int64_t>(1, std::min<std::int64_t>(2, side));
  if (side == 224) return 8;
  return std::max<std::int64_t>(1, defaultOcclusionPatch(side) / 4);
}

void occludeSquare(Tensor& x, std::int64_t sample, std::int64_t top, std::int64_t left, std::int64_t patch,
                   float fill) {
  const std::int64_t channels = x.dim(1), height = x.dim(2), width = x.dim(3);
  const std::int64_t bottom = std::min(height, top + patch), right = std::min(width, left + patch);
  for (std::int64_t c = 0; c < channels; ++c) {
    float* plane = x.data() + (sample * channels + c) * height * width;  // (H, W)
    for (std::int64_t y = top; y < bottom; ++y) std::fill(plane + y * width + left, plane + y * width + right, fill);
  }
}

OcclusionResult computeOcclusion(Sequential& model, const Tensor& input, const OcclusionOptions& options,
                                 const std::function<bool(const OcclusionProgress&)>& onProgress) {
  if (input.rank() != 4 || input.dim(0) != 1)
    throw OcclusionError("occlusion: expected one input image (1, C, H, W), got " + toString(input.shape()));
  try {
    model.checkInput(input);
  } catch (const ShapeError& error) {
    throw OcclusionError(std::string("occlusion: ") + error.what());
  }
  if (model.outputShape().size() != 2)
    throw OcclusionError("occlusion: the model must end in (1, K) logits, not " + toString(model.outputShape()));
  const std::int64_t channels = input.dim(1), height = input.dim(2), width = input.dim(3);
  const std::int64_t side = std::min(height, width);
  OcclusionResult result;
  result.patch = options.patch > 0 ? options.patch : defaultOcclusionPatch(side);
  result.stride = options.stride > 0 ? options.stride : defaultOcclusionStride(side);
  result.fill = options.fill;
  if (options.patch < 0 || result.patch > side)
    throw OcclusionError("occlusion: patch " + std::to_string(options.patch) + " must be in 1.." +
                         std::to_string(side) + " for a " + std::to_string(height) + "×" + std::to_string(width) +
                         " input");
  if (options.stride < 0) throw OcclusionError("occlusion: stride must be 1 or more");

  result.probabilities = softmax(model.forward(input, Mode::Eval));  // (1, K)
  const std::int64_t classes = result.probabilities.dim(1);
  if (options.classIndex < -1 || options.classIndex >= classes)
    throw OcclusionError("occlusion: class " + std::to_string(options.classIndex) + " is outside 0.." +
                         std::to_string(classes - 1));
  const float* p = result.probabilities.data();
  result.predictedClass = std::max_element(p, p + classes) - p;
  result.classIndex = options.classIndex >= 0 ? options.classIndex : result.predictedClass;
  result.probability = p[result.classIndex];

  const std::int64_t rows = (height - result.patch) / result.stride + 1;
  const std::int64_t cols = (width - result.patch) / result.stride + 1;
  const std::int64_t total = rows * cols, plane = channels * height * width;
  const std::int64_t batch = std::max<std::int64_t>(1, options.batch);
  result.map = Tensor({rows, cols}, 0.0f);  // (rows, cols)
  for (std::int64_t done = 0; done < total;) {
    if (options.cancel && options.cancel->load()) {
      result.cancelled = true;
      break;
    }
    const std::int64_t n = std::min(batch, total - done);
    Tensor copies({n, channels, height, width});  // (n, C, H, W): n occluded copies of x
    for (std::int64_t k = 0; k < n; ++k) {
      std::copy(input.data(), input.data() + plane, copies.data() + k * plane);
      const std::int64_t position = done + k;
      occludeSquare(copies, k, (position / cols) * result.stride, (position % cols) * result.stride, result.patch,
                    result.fill);
    }
    const Tensor probs = softmax(model.forward(copies, Mode::Eval));  // (n, K)
    for (std::int64_t k = 0; k < n; ++k)
      result.map[done + k] = result.probability - probs[k * classes + result.classIndex];
    done += n;
    if (onProgress && !onProgress({done, total})) {
      result.cancelled = done < total;
      break;
    }
  }
  return result;
}

}  // namespace alexnet

namespace alexnet {

Tensor occlusionPixelMap(const Tensor& map, std::int64_t patch, std::int64_t stride, std::int64_t height,
                         std::int64_t width) {
  if (map.rank() != 2 || patch < 1 || stride < 1)
    throw OcclusionError("occlusion: expected a (rows, cols) map and positive patch and stride");
  const std::int64_t rows = map.dim(0), cols = map.dim(1);
  Tensor sum({height, width}, 0.0f), count({height, width}, 0.0f);  // (H, W) each
  for (std::int64_t i = 0; i < rows; ++i)
    for (std::int64_t j = 0; j < cols; ++j)
      for (std::int64_t y = i * stride; y < std::min(height, i * stride + patch); ++y)
        for (std::int64_t x = j * stride; x < std::min(width, j * stride + patch); ++x) {
          sum[y * width + x] += map[i * cols + j];
          count[y * width + x] += 1.0f;
        }
  for (std::int64_t k = 0; k < sum.numel(); ++k) sum[k] = count[k] > 0.0f ? sum[k] / count[k] : 0.0f;
  return sum;
}

}  // namespace alexnet
