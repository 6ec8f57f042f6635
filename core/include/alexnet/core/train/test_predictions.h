#pragma once
// Test predictions — every image of a data set through the network (Mode::Eval), kept one by one:
// the true class, the predicted class (argmax of the logits, first on ties, the rule evaluate()
// counts by) and its softmax probability, the "confidence". The Evaluate screen builds its
// confusion matrix from them and, for a cell, lists its images most confident first.
//
//   TestPredictions p = predictTestSet(*model, test, {.batchSize = 256, .onProgress = report});
//   auto confusion = confusionMatrix(p);               // confusion[t][p], rows the true class
//   auto shirts = cellPredictions(p, 0, 6);            // T-shirts taken for shirts, surest first
//
// Images are bilinearly resized to the model's input side when it is not the data's (as the
// trainer does), so the counts equal `alexnet-lab evaluate --json`'s confusion.
#include <atomic>
#include <cstdint>
#include <functional>
#include <vector>

#include "alexnet/core/data/fashion_mnist.h"
#include "alexnet/core/sequential.h"

namespace alexnet {

struct TestPrediction {
  std::int64_t index = 0;  // position in the data set
  std::int64_t label = 0;  // true class
  std::int64_t predicted = 0;
  float confidence = 0.0f;  // softmax probability of `predicted`, in (0, 1]
};

struct TestPredictionOptions {
  std::int64_t batchSize = 256;
  // Called after every minibatch with (images done, images in all); returning false cancels.
  std::function<bool(std::int64_t done, std::int64_t total)> onProgress;
  const std::atomic<bool>* stopRequested = nullptr;  // checked between minibatches; non-owning
};

struct TestPredictions {
  std::vector<TestPrediction> items;  // in data-set order; on cancel only the images done
  std::int64_t classes = 0;           // the model's output width
  std::int64_t total = 0;             // images in the data set
  bool cancelled = false;
};

// Throws std::invalid_argument for a batch size < 1 or a model that does not read 1-channel square
// images into ≥ 10 classes.
TestPredictions predictTestSet(Sequential& model, const ImageSet& data, const TestPredictionOptions& options = {});

// counts[t][p] over the items (classes × classes; an item outside [0, classes) throws).
std::vector<std::vector<std::int64_t>> confusionMatrix(const TestPredictions& predictions);

// The items with label `trueClass` predicted as `predictedClass`, most confident first (ties: lower
// index first).
std::vector<TestPrediction> cellPredictions(const TestPredictions& predictions, std::int64_t trueClass,
                                            std::int64_t predictedClass);

// Accuracy over the items (0 when there are none).
double predictionAccuracy(const TestPredictions& predictions);

}  // namespace alexnet
