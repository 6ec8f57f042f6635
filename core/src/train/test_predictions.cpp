// Test predictions — per-image class and confidence (see test_predictions.h).
#include "alexnet/core/train/test_predictions.h"

#include <algorithm>
#include <numeric>
#include <stdexcept>
#include <string>

#include "alexnet/core/data/resize.h"
#include "alexnet/core/train/cross_entropy.h"

namespace alexnet {

namespace {

// The model's square input side, after checking it reads 1-channel images into ≥ 10 classes.
std::int64_t checkedInputSide(const Sequential& model) {
  const Shape& in = model.inputShape();  // (1, C, H, W)
  if (in.size() != 4 || in[2] != in[3] || in[1] != 1)
    throw std::invalid_argument("predicting Fashion-MNIST needs a model with a 1-channel square input, got " +
                                toString(in));
  const Shape& out = model.outputShape();  // (1, K)
  if (out.size() != 2 || out[1] < 10)
    throw std::invalid_argument("the model must output (N, 10) class scores, got " + toString(out));
  return in[2];
}

}  // namespace

TestPredictions predictTestSet(Sequential& model, const ImageSet& data, const TestPredictionOptions& options) {
  if (options.batchSize < 1) throw std::invalid_argument("the prediction batch size must be positive");
  const std::int64_t side = checkedInputSide(model);
  TestPredictions result;
  result.classes = model.outputShape()[1];
  result.total = data.count;
  result.items.reserve(static_cast<std::size_t>(data.count));
  std::vector<std::int64_t> indices;
  for (std::int64_t first = 0; first < data.count; first += options.batchSize) {
    if (options.stopRequested != nullptr && options.stopRequested->load(std::memory_order_relaxed)) {
      result.cancelled = true;
      return result;
    }
    const std::int64_t n = std::min(options.batchSize, data.count - first);
    indices.resize(static_cast<std::size_t>(n));
    std::iota(indices.begin(), indices.end(), first);
    Tensor x = data.gather(indices);  // (n, 1, rows, cols)
    if (data.rows != side || data.cols != side)
      x = resizeBilinear(x, {.outHeight = side, .outWidth = side});  // (n, 1, side, side)
    const Tensor logits = model.forward(x, Mode::Eval);              // (n, K)
    const Tensor probabilities = softmax(logits);                    // (n, K)
    const std::vector<std::int64_t> predicted = argmax(logits);
    const std::int64_t classes = logits.dim(1);
    for (std::int64_t i = 0; i < n; ++i) {
      const auto row = static_cast<std::size_t>(i);
      const std::int64_t index = first + i;
      result.items.push_back({.index = index,
                              .label = data.labels[static_cast<std::size_t>(index)],
                              .predicted = predicted[row],
                              .confidence = probabilities.data()[i * classes + predicted[row]]});
    }
    if (options.onProgress && !options.onProgress(first + n, data.count)) {
      result.cancelled = first + n < data.count;
      return result;
    }
  }
  return result;
}

std::vector<std::vector<std::int64_t>> confusionMatrix(const TestPredictions& predictions) {
  const auto classes = static_cast<std::size_t>(predictions.classes);
  std::vector<std::vector<std::int64_t>> counts(classes, std::vector<std::int64_t>(classes, 0));
  for (const TestPrediction& item : predictions.items) {
    if (item.label < 0 || item.predicted < 0 || item.label >= predictions.classes ||
        item.predicted >= predictions.classes)
      throw std::out_of_range("test image " + std::to_string(item.index) + " has class " + std::to_string(item.label) +
                              " predicted as " + std::to_string(item.predicted) + ", outside the " +
                              std::to_string(classes) + " classes");
    ++counts[static_cast<std::size_t>(item.label)][static_cast<std::size_t>(item.predicted)];
  }
  return counts;
}

std::vector<TestPrediction> cellPredictions(const TestPredictions& predictions, std::int64_t trueClass,
                                            std::int64_t predictedClass) {
  std::vector<TestPrediction> cell;
  for (const TestPrediction& item : predictions.items)
    if (item.label == trueClass && item.predicted == predictedClass) cell.push_back(item);
  std::stable_sort(cell.begin(), cell.end(), [](const TestPrediction& a, const TestPrediction& b) {
    return a.confidence > b.confidence;  // stable: equal confidences keep data-set (index) order
  });
  return cell;
}

double predictionAccuracy(const TestPredictions& predictions) {
  if (predictions.items.empty()) return 0.0;
  const auto correct = std::count_if(predictions.items.begin(), predictions.items.end(),
                                     [](const TestPrediction& item) { return item.label == item.predicted; });
  return static_cast<double>(correct) / static_cast<double>(predictions.items.size());
}

}  // namespace alexnet
