// Trainer — d2l's train_ch6 loop on the CPU (see trainer.h for the contract).
#include "alexnet/core/train/trainer.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <map>
#include <numeric>
#include <stdexcept>
#include <string>
#include <vector>

#include "alexnet/core/data/resize.h"
#include "alexnet/core/train/cross_entropy.h"

namespace alexnet {

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

// SplitMix64: turns (seed, epoch) into a well-mixed 64-bit state for the shuffle.
std::uint64_t splitMix64(std::uint64_t& state) {
  std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

// The order of epoch `epoch`: a Fisher–Yates shuffle driven by SplitMix64 seeded from (seed, epoch)
// only, so it is the same on every platform and for a resumed run.
std::vector<std::int64_t> epochOrder(std::int64_t count, std::uint64_t seed, std::int64_t epoch) {
  std::vector<std::int64_t> order(static_cast<std::size_t>(count));
  std::iota(order.begin(), order.end(), std::int64_t{0});
  std::uint64_t state = seed ^ (0xA0761D6478BD642Full * static_cast<std::uint64_t>(epoch + 1));
  for (std::int64_t i = count - 1; i > 0; --i) {
    // Multiply-shift maps the draw's high 32 bits onto [0, i] (counts stay far below 2^32).
    const std::uint64_t high = splitMix64(state) >> 32;
    const auto j = static_cast<std::int64_t>((high * static_cast<std::uint64_t>(i + 1)) >> 32);
    std::swap(order[static_cast<std::size_t>(i)], order[static_cast<std::size_t>(j)]);
  }
  return order;
}

// The model's square input side (checked) and a guard that it reads 1-channel images into ≥ 10 classes.
std::int64_t checkedInputSide(const Sequential& model) {
  const Shape& in = model.inputShape();  // (1, C, H, W)
  if (in.size() != 4 || in[2] != in[3])
    throw std::invalid_argument("the trainer needs a model with a square NCHW input, got " + toString(in));
  if (in[1] != 1)
    throw std::invalid_argument("Fashion-MNIST images have 1 channel but the model expects " + std::to_string(in[1]) +
                                " (input " + toString(in) + ")");
  const Shape& out = model.outputShape();
  if (out.size() != 2 || out[1] < 10)
    throw std::invalid_argument("the model must output (N, 10) class scores, got " + toString(out));
  return in[2];
}

// Images at `indices` as (n, 1, side, side), bilinearly resized when side ≠ the data's 28.
Tensor inputBatch(const ImageSet& data, const std::vector<std::int64_t>& indices, std::int64_t side) {
  Tensor x = data.gather(indices);  // (n, 1, rows, cols)
  if (data.rows == side && data.cols == side) return x;
  return resizeBilinear(x, {.outHeight = side, .outWidth = side});  // (n, 1, side, side)
}

std::vector<std::int64_t> batchLabels(const ImageSet& data, const std::vector<std::int64_t>& indices) {
  std::vector<std::int64_t> labels(indices.size());
  for (std::size_t i = 0; i < indices.size(); ++i) labels[i] = data.labels[static_cast<std::size_t>(indices[i])];
  return labels;
}

void checkDataSet(const ImageSet& data, const char* what) {
  if (data.count < 0 || static_cast<std::int64_t>(data.labels.size()) != data.count ||
      static_cast<std::int64_t>(data.pixels.size()) != data.count * data.rows * data.cols)
    throw std::invalid_argument(std::string("the ") + what + " set is inconsistent (count " +
                                std::to_string(data.count) + ", " + std::to_string(data.labels.size()) + " labels, " +
                                std::to_string(data.pixels.size()) + " pixels)");
}

bool allFinite(const Tensor& t) {
  const float* p = t.data();
  for (std::int64_t i = 0; i < t.numel(); ++i)
    if (!std::isfinite(p[i])) return false;
  return true;
}

// The first parameter key holding a NaN/Inf, or "" when all are finite.
std::string firstNonFiniteParameter(Sequential& model) {
  for (const NamedParameter& p : model.namedParameters())
    if (!allFinite(p.parameter->value)) return p.key;
  return {};
}

// Parameters + momentum buffers at the start of an epoch: what divergence rolls back to.
struct Snapshot {
  std::vector<Tensor> values;
  std::map<std::string, Tensor> momentum;
};

Snapshot takeSnapshot(Sequential& model, const Sgd& sgd) {
  Snapshot s;
  for (const NamedParameter& p : model.namedParameters()) s.values.push_back(p.parameter->value);
  s.momentum = sgd.momentumBuffers();
  return s;
}

void restoreSnapshot(const Snapshot& s, Sequential& model, Sgd& sgd) {
  std::vector<NamedParameter> params = model.namedParameters();
  for (std::size_t i = 0; i < params.size(); ++i) params[i].parameter->value = s.values[i];
  sgd.setMomentumBuffers(s.momentum);
  model.zeroGrad();
}

std::string describe(float loss) { return std::isnan(loss) ? "NaN" : (loss > 0 ? "+Inf" : "-Inf"); }

}  // namespace

Trainer::Trainer(Sequential& model, const TrainConfig& config) : m_model(&model), m_config(config), m_sgd(config.sgd) {
  if (config.epochs < 0) throw std::invalid_argument("epochs must be ≥ 0");
  if (config.batchSize <= 0) throw std::invalid_argument("batch size must be positive");
  if (config.evalBatchSize <= 0) throw std::invalid_argument("evaluation batch size must be positive");
  if (config.chunkSize < 0) throw std::invalid_argument("chunk size must be ≥ 0");
  if (config.startEpoch < 0) throw std::invalid_argument("start epoch must be ≥ 0");
  if (!(config.sgd.learningRate > 0.0f) || !std::isfinite(config.sgd.learningRate))
    throw std::invalid_argument("learning rate must be a positive number");
  if (config.sgd.momentum < 0.0f || config.sgd.momentum >= 1.0f)
    throw std::invalid_argument("momentum must be in [0, 1)");
  if (config.sgd.weightDecay < 0.0f || !std::isfinite(config.sgd.weightDecay))
    throw std::invalid_argument("weight decay must be ≥ 0");
}

TrainResult Trainer::run(const ImageSet& train, const ImageSet& test, const ProgressCallback& onProgress) {
  Sequential& model = *m_model;
  const std::int64_t side = checkedInputSide(model);
  checkDataSet(train, "training");
  checkDataSet(test, "test");

  TrainResult result;
  result.epochsCompleted = m_config.startEpoch;
  if (train.count == 0 || m_config.startEpoch >= m_config.epochs) return result;

  const std::int64_t batchSize = m_config.batchSize;
  const std::int64_t batchesPerEpoch = (train.count + batchSize - 1) / batchSize;
  const std::int64_t reports = std::clamp<std::int64_t>(m_config.reportsPerEpoch, 1, batchesPerEpoch);
  const std::int64_t epochsToRun = m_config.epochs - m_config.startEpoch;
  const std::int64_t skipped = std::min(train.count, std::max<std::int64_t>(0, m_config.startBatch) * batchSize);
  const std::int64_t totalExamples = epochsToRun * train.count - skipped;

  // Wall time minus time spent inside the callback (a paused GUI) and in test evaluations.
  const Clock::time_point runStart = Clock::now();
  double callbackSeconds = 0.0;
  double evalSeconds = 0.0;
  double lastEvalSeconds = -1.0;  // unknown before the first evaluation
  std::int64_t examplesSeen = 0;

  auto activeSeconds = [&] { return secondsSince(runStart) - callbackSeconds; };
  auto trainRate = [&] {
    const double trainSeconds = activeSeconds() - evalSeconds;
    return trainSeconds > 0.0 ? static_cast<double>(examplesSeen) / trainSeconds : 0.0;
  };
  auto eta = [&](std::int64_t epochsLeftToEvaluate) {
    const double rate = trainRate();
    if (rate <= 0.0) return 0.0;
    // Evaluation is forward-only: about a third of a training step per example until measured.
    const double perEval = lastEvalSeconds >= 0.0 ? lastEvalSeconds : static_cast<double>(test.count) / (3.0 * rate);
    return static_cast<double>(totalExamples - examplesSeen) / rate +
           static_cast<double>(epochsLeftToEvaluate) * perEval;
  };
  auto stopRequested = [&] {
    return m_config.stopRequested != nullptr && m_config.stopRequested->load(std::memory_order_relaxed);
  };
  auto call = [&](const TrainProgress& progress) {
    if (!onProgress) return true;
    const Clock::time_point start = Clock::now();
    const bool keepGoing = onProgress(progress);
    callbackSeconds += secondsSince(start);
    return keepGoing;
  };

  for (std::int64_t epoch = m_config.startEpoch; epoch < m_config.epochs; ++epoch) {
    m_sgd.setLearningRate(learningRateAt(m_config.sgd.learningRate, m_config.lrSchedule, epoch, m_config.epochs));
    const Snapshot lastGood = takeSnapshot(model, m_sgd);
    auto diverge = [&](const std::string& what) {
      restoreSnapshot(lastGood, model, m_sgd);
      result.status = TrainStatus::Diverged;
      result.restoredLastGoodState = true;
      char lr[32];
      std::snprintf(lr, sizeof lr, "%g", static_cast<double>(m_sgd.options().learningRate));
      result.message = what + " (learning rate " + lr + "); the parameters were restored to " +
                       (epoch == 0 ? std::string("their initial values") : "the end of epoch " + std::to_string(epoch));
      return result;
    };

    const std::vector<std::int64_t> order = epochOrder(train.count, m_config.seed, epoch);
    double lossSum = 0.0;  // Σ loss_n over the examples of this epoch so far
    std::int64_t correct = 0;
    std::int64_t seenThisEpoch = 0;
    std::int64_t nextReport = 1;  // reports at batches ⌈k·batchesPerEpoch/reports⌉, k = 1..reports−1
    const std::int64_t firstBatch =
        epoch == m_config.startEpoch ? std::clamp<std::int64_t>(m_config.startBatch, 0, batchesPerEpoch) : 0;
    while (nextReport < reports && firstBatch * reports >= nextReport * batchesPerEpoch) ++nextReport;

    TrainProgress progress;
    progress.epoch = epoch;
    progress.epochs = m_config.epochs;
    progress.batchesPerEpoch = batchesPerEpoch;
    progress.batch = firstBatch;  // a stop before the first minibatch reports the resumed position
    progress.epochFraction =
        static_cast<double>(epoch) + static_cast<double>(firstBatch) / static_cast<double>(batchesPerEpoch);
    if (firstBatch > 0 && m_config.startTrainLoss && m_config.startTrainAccuracy) {
      // Continue the interrupted epoch's running means over the minibatches done before the resume.
      seenThisEpoch = std::min(train.count, firstBatch * batchSize);
      lossSum = *m_config.startTrainLoss * static_cast<double>(seenThisEpoch);
      correct =
          static_cast<std::int64_t>(std::llround(*m_config.startTrainAccuracy * static_cast<double>(seenThisEpoch)));
      progress.trainLoss = *m_config.startTrainLoss;
      progress.trainAccuracy = *m_config.startTrainAccuracy;
    }

    for (std::int64_t b = firstBatch; b < batchesPerEpoch; ++b) {
      const std::int64_t first = b * batchSize;
      const std::int64_t n = std::min(batchSize, train.count - first);
      const std::vector<std::int64_t> indices(order.begin() + first, order.begin() + first + n);

      // Gradient of the minibatch's mean loss, accumulated over chunks: Σ_c (n_c / n)·∇mean_c.
      const std::int64_t chunk = m_config.chunkSize > 0 ? std::min(m_config.chunkSize, n) : n;
      double batchLossSum = 0.0;
      std::int64_t batchCorrect = 0;
      model.zeroGrad();
      for (std::int64_t c0 = 0; c0 < n; c0 += chunk) {
        if (stopRequested()) {
          model.zeroGrad();
          result.status = TrainStatus::Cancelled;
          result.message = "cancelled at epoch " + std::to_string(epoch + 1) + ", batch " + std::to_string(b) +
                           (c0 > 0 ? " (batch " + std::to_string(b + 1) + " was interrupted and not applied)" : "");
          result.last = progress;
          return result;
        }
        const std::int64_t cn = std::min(chunk, n - c0);
        const std::vector<std::int64_t> part(indices.begin() + c0, indices.begin() + c0 + cn);
        const Tensor x = inputBatch(train, part, side);       // (cn, 1, side, side)
        const Tensor logits = model.forward(x, Mode::Train);  // (cn, classes)
        CrossEntropyResult ce = crossEntropy(logits, batchLabels(train, part));
        if (!std::isfinite(ce.loss))
          return diverge("loss became " + describe(ce.loss) + " at epoch " + std::to_string(epoch + 1) + ", batch " +
                         std::to_string(b + 1));
        if (cn != n) {
          const float weight = static_cast<float>(cn) / static_cast<float>(n);
          float* g = ce.gradLogits.data();
          for (std::int64_t i = 0; i < ce.gradLogits.numel(); ++i) g[i] *= weight;
        }
        model.backwardParameters(ce.gradLogits);  // the images' gradient is not needed
        batchLossSum += static_cast<double>(ce.loss) * static_cast<double>(cn);
        batchCorrect += ce.correct;
      }
      m_sgd.step(model);

      lossSum += batchLossSum;
      correct += batchCorrect;
      seenThisEpoch += n;
      examplesSeen += n;

      progress.batch = b + 1;
      progress.epochFraction =
          static_cast<double>(epoch) + static_cast<double>(b + 1) / static_cast<double>(batchesPerEpoch);
      progress.trainLoss = lossSum / static_cast<double>(seenThisEpoch);
      progress.trainAccuracy = static_cast<double>(correct) / static_cast<double>(seenThisEpoch);
      progress.examplesPerSecond = trainRate();
      progress.elapsedSeconds = activeSeconds();
      progress.etaSeconds = eta(m_config.epochs - epoch);
      progress.examplesSeen = examplesSeen;
      progress.kind = ProgressKind::Step;
      if (b + 1 < batchesPerEpoch && nextReport < reports && (b + 1) * reports >= nextReport * batchesPerEpoch) {
        progress.kind = ProgressKind::Report;
        ++nextReport;
      }
      const bool lastBatch = b + 1 == batchesPerEpoch;
      // The last batch's report comes after the test evaluation (EpochEnd), unless cancelled here.
      if (!lastBatch && (!call(progress) || stopRequested())) {
        result.status = TrainStatus::Cancelled;
        result.message = "cancelled at epoch " + std::to_string(epoch + 1) + ", batch " + std::to_string(b + 1);
        result.last = progress;
        return result;
      }
    }

    if (const std::string bad = firstNonFiniteParameter(model); !bad.empty())
      return diverge("parameter " + bad + " became non-finite in epoch " + std::to_string(epoch + 1));

    if (test.count > 0) {
      const Clock::time_point evalStart = Clock::now();
      // With a chunkSize the evaluation runs in chunks too, and a stop request ends it between them.
      const std::int64_t evalBatch =
          m_config.chunkSize > 0 ? std::min(m_config.evalBatchSize, m_config.chunkSize) : m_config.evalBatchSize;
      const EvaluationResult eval = evaluate(model, test, evalBatch, m_config.stopRequested);
      if (eval.cancelled) {
        result.status = TrainStatus::Cancelled;
        result.message = "cancelled during the test evaluation after epoch " + std::to_string(epoch + 1);
        result.last = progress;
        return result;
      }
      lastEvalSeconds = secondsSince(evalStart);
      evalSeconds += lastEvalSeconds;
      if (!std::isfinite(eval.loss))
        return diverge("test loss became " + describe(static_cast<float>(eval.loss)) + " after epoch " +
                       std::to_string(epoch + 1));
      progress.testAccuracy = eval.accuracy;
      progress.testLoss = eval.loss;
    }
    progress.kind = ProgressKind::EpochEnd;
    progress.examplesPerSecond = trainRate();
    progress.elapsedSeconds = activeSeconds();
    progress.etaSeconds = eta(m_config.epochs - epoch - 1);
    result.epochsCompleted = epoch + 1;
    result.last = progress;
    if (!call(progress) || stopRequested()) {
      if (epoch + 1 < m_config.epochs) {
        result.status = TrainStatus::Cancelled;
        result.message = "cancelled after epoch " + std::to_string(epoch + 1);
      }
      return result;
    }
  }
  return result;
}

std::vector<double> perClassAccuracy(const std::vector<std::vector<std::int64_t>>& confusion) {
  std::vector<double> accuracy;
  for (std::size_t t = 0; t < confusion.size(); ++t) {
    std::int64_t total = 0;
    for (std::int64_t count : confusion[t]) total += count;
    accuracy.push_back(total > 0 ? static_cast<double>(confusion[t][t]) / static_cast<double>(total) : 0.0);
  }
  return accuracy;
}

EvaluationResult evaluate(Sequential& model, const ImageSet& data, std::int64_t batchSize,
                          const std::atomic<bool>* stopRequested) {
  if (batchSize <= 0) throw std::invalid_argument("evaluation batch size must be positive");
  const std::int64_t side = checkedInputSide(model);
  checkDataSet(data, "evaluation");
  EvaluationResult result;
  double lossSum = 0.0;
  std::int64_t correct = 0;
  std::vector<std::int64_t> indices;
  for (std::int64_t first = 0; first < data.count; first += batchSize) {
    if (stopRequested != nullptr && stopRequested->load(std::memory_order_relaxed)) {
      result.cancelled = true;
      return result;
    }
    const std::int64_t n = std::min(batchSize, data.count - first);
    indices.resize(static_cast<std::size_t>(n));
    std::iota(indices.begin(), indices.end(), first);
    const Tensor logits = model.forward(inputBatch(data, indices, side), Mode::Eval);  // (n, classes)
    const std::vector<std::int64_t> labels = batchLabels(data, indices);
    const CrossEntropyResult ce = crossEntropy(logits, labels);
    lossSum += static_cast<double>(ce.loss) * static_cast<double>(n);
    correct += ce.correct;
    const std::int64_t classes = logits.dim(1);
    if (result.confusion.empty())
      result.confusion.assign(static_cast<std::size_t>(classes),
                              std::vector<std::int64_t>(static_cast<std::size_t>(classes), 0));
    const auto predicted = argmax(logits);  // the rule crossEntropy counts correct ones by
    for (std::int64_t i = 0; i < n; ++i)
      ++result.confusion[static_cast<std::size_t>(labels[static_cast<std::size_t>(i)])]
                        [static_cast<std::size_t>(predicted[static_cast<std::size_t>(i)])];
  }
  result.examples = data.count;
  if (data.count > 0) {
    result.accuracy = static_cast<double>(correct) / static_cast<double>(data.count);
    result.loss = lossSum / static_cast<double>(data.count);
  }
  return result;
}

}  // namespace alexnet
