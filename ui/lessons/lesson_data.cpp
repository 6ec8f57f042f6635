#include "ui/lessons/lesson_data.h"

#include <cmath>
#include <memory>

#include "alexnet/core/data/fashion_mnist.h"
#include "alexnet/core/data/resize.h"
#include "alexnet/core/io/checkpoint.h"
#include "alexnet/core/io/weights_library.h"
#include "alexnet/core/layers/dropout.h"
#include "alexnet/core/models/model_config.h"

namespace alexnet::ui {
namespace {

std::unique_ptr<Sequential> loadBundled(const std::string& id) {
  const WeightsEntry entry = resolveWeights(id, defaultWeightsLibraryOptions());
  std::unique_ptr<Sequential> model = buildModel(entry.config);
  loadCheckpoint(entry.path, *model);
  return model;
}

// The first n test images at the model's input side: (n, 1, S, S).
Tensor testImages(const LessonDataOptions& options, int n, const Sequential& model) {
  DatasetOptions dataset;
  if (!options.dataDirectory.isEmpty()) dataset.directory = options.dataDirectory.toStdString();
  dataset.limit = n;
  const ImageSet set = loadFashionMnist(Split::Test, dataset);
  Tensor x = set.batch(0, std::min<std::int64_t>(n, set.count));  // (n, 1, 28, 28)
  const std::int64_t side = model.inputShape()[2];
  if (set.rows != side) x = resizeBilinear(x, {.outHeight = side, .outWidth = side});
  return x;
}

}  // namespace

GradientComparison compareActivationGradients(const LessonDataOptions& options) {
  GradientComparison result;
  try {
    std::unique_ptr<Sequential> lenet = loadBundled("lenet-d2l");
    result.lenet = measureActivationGradients(*lenet, testImages(options, options.images, *lenet));
    std::unique_ptr<Sequential> alexnet = loadBundled("alexnet-224");
    result.alexnet = measureActivationGradients(*alexnet, testImages(options, options.images, *alexnet));
  } catch (const std::exception& error) {
    result.error = QString::fromStdString(error.what());
  }
  return result;
}

PoolingExample poolingExample(const LessonDataOptions& options) {
  PoolingExample result;
  try {
    std::unique_ptr<Sequential> lenet = loadBundled("lenet-d2l");
    const Tensor maps = lenet->forwardRange(testImages(options, 1, *lenet), 0, 2, Mode::Eval);  // (1, 6, 28, 28)
    const std::int64_t channels = maps.dim(1), h = maps.dim(2), w = maps.dim(3);
    float bestSpread = -1.0f;
    // The 4×4 patch (on a grid of 2) whose values spread the most: max and mean then differ visibly.
    for (std::int64_t c = 0; c < channels; ++c)
      for (std::int64_t y = 0; y + 4 <= h; y += 2)
        for (std::int64_t x = 0; x + 4 <= w; x += 2) {
          float low = 1e30f, high = -1e30f;
          for (int i = 0; i < 16; ++i) {
            const float v = maps[((c * h) + y + i / 4) * w + x + i % 4];
            low = std::min(low, v);
            high = std::max(high, v);
          }
          if (high - low > bestSpread) {
            bestSpread = high - low;
            result.channel = static_cast<int>(c);
            result.y = static_cast<int>(y);
            result.x = static_cast<int>(x);
          }
        }
    for (int i = 0; i < 16; ++i)
      result.patch.push_back(maps[((result.channel * h) + result.y + i / 4) * w + result.x + i % 4]);
  } catch (const std::exception& error) {
    result.error = QString::fromStdString(error.what());
  }
  return result;
}

DropoutExample dropoutExample(const LessonDataOptions& options, int units) {
  DropoutExample result;
  try {
    std::unique_ptr<Sequential> alexnet = loadBundled("alexnet-224");
    for (std::size_t i = 0; i < alexnet->size() && result.layer < 0; ++i)
      if (alexnet->layer(i).kind() == LayerKind::Dropout) result.layer = static_cast<int>(i);
    if (result.layer < 0) throw std::runtime_error("alexnet-224 has no Dropout layer");
    const auto layer = static_cast<std::size_t>(result.layer);
    const Tensor input = alexnet->forwardRange(testImages(options, 1, *alexnet), 0, layer, Mode::Eval);  // (1, F)
    auto& dropout = static_cast<Dropout&>(alexnet->layer(layer));
    result.p = dropout.p();
    const Tensor eval = dropout.forward(input, Mode::Eval);
    dropout.seed(0);
    const Tensor train = dropout.forward(input, Mode::Train);
    result.total = input.numel();
    for (std::int64_t i = 0; i < input.numel(); ++i) {
      if (train[i] == 0.0f && input[i] != 0.0f) ++result.zeroedInTraining;
      if (input[i] > 0.0f) ++result.positiveInputs;
    }
    // The first `units` units with a positive input: a zero stays zero in both modes and shows nothing.
    for (std::int64_t i = 0; i < input.numel() && static_cast<int>(result.input.size()) < units; ++i) {
      if (input[i] <= 0.0f) continue;
      result.input.push_back(input[i]);
      result.eval.push_back(eval[i]);
      result.train.push_back(train[i]);
    }
  } catch (const std::exception& error) {
    result.error = QString::fromStdString(error.what());
  }
  return result;
}

}  // namespace alexnet::ui
