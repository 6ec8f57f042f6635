// The end-to-end cases: LeNet and the narrow AlexNet, every layer's output, the loss, every
// parameter gradient, grad.input and one SGD step, against PyTorch (README tolerances:
// outputs and loss 1e-5, gradients and the step 5e-5, scale-relative).
#include <nlohmann/json.hpp>

#include "alexnet/core/models/alexnet.h"
#include "alexnet/core/models/lenet.h"
#include "alexnet/core/train/cross_entropy.h"
#include "alexnet/core/train/sgd.h"
#include "reference.h"

namespace alexnet::test {
namespace {

// The model the file describes: LeNet, or AlexNet with the widths read off its weight shapes.
std::unique_ptr<Sequential> modelFor(const SafeTensors& f) {
  const Tensor& input = f.tensor("input");
  if (f.metadata.at("model") == "lenet") return lenet({.inputSize = input.dim(2)});
  AlexNetWidths widths;
  const char* keys[] = {"0.weight", "3.weight", "6.weight", "8.weight", "10.weight", "14.weight", "17.weight"};
  for (std::size_t i = 0; i < 7; ++i) widths.values[i] = f.tensor(keys[i]).dim(0);
  return alexnet({.inputSize = input.dim(2),
                  .inChannels = input.dim(1),
                  .numClasses = f.tensor("20.bias").dim(0),
                  .widths = widths});
}

class EndToEndReference : public ::testing::TestWithParam<std::string> {};

TEST_P(EndToEndReference, ForwardBackwardAndStepMatchPyTorch) {
  const SafeTensors f = readSafeTensors(referenceDir() / (GetParam() + ".safetensors"));
  auto model = modelFor(f);
  for (auto& [key, p] : model->namedParameters()) p->value = f.tensor(key);
  model->zeroGrad();

  Tensor x = f.tensor("input");
  for (std::size_t i = 0; i < model->size(); ++i) {
    x = model->layer(i).forward(x, Mode::Eval);
    EXPECT_TENSOR_CLOSE(GetParam() + " out." + std::to_string(i), x, f.tensor("out." + std::to_string(i)), 1e-5);
  }
  const CrossEntropyResult loss = crossEntropy(x, f.int64s.at("labels").values);
  EXPECT_TENSOR_CLOSE(GetParam() + " loss", Tensor({1}, {loss.loss}), f.tensor("loss"), 1e-5);

  const Tensor gradInput = model->backward(loss.gradLogits);
  EXPECT_TENSOR_CLOSE(GetParam() + " grad.input", gradInput, f.tensor("grad.input"), 5e-5);
  for (auto& [key, p] : model->namedParameters())
    EXPECT_TENSOR_CLOSE(GetParam() + " grad." + key, p->grad, f.tensor("grad." + key), 5e-5);

  const float lr = nlohmann::json::parse(f.metadata.at("lr")).get<float>();
  Sgd sgd({.learningRate = lr});
  sgd.step(*model);
  for (auto& [key, p] : model->namedParameters())
    EXPECT_TENSOR_CLOSE(GetParam() + " step." + key, p->value, f.tensor("step." + key), 5e-5);
}

// The training step's backward (parameters only: no gradient for the images, as in PyTorch where the
// input does not require grad) gives PyTorch's parameter gradients.
TEST_P(EndToEndReference, ParameterOnlyBackwardGivesPyTorchsGradients) {
  const SafeTensors f = readSafeTensors(referenceDir() / (GetParam() + ".safetensors"));
  auto model = modelFor(f);
  for (auto& [key, p] : model->namedParameters()) p->value = f.tensor(key);
  model->zeroGrad();
  const Tensor logits = model->forward(f.tensor("input"), Mode::Eval);
  const CrossEntropyResult loss = crossEntropy(logits, f.int64s.at("labels").values);
  model->backwardParameters(loss.gradLogits);
  for (auto& [key, p] : model->namedParameters())
    EXPECT_TENSOR_CLOSE(GetParam() + " grad." + key, p->grad, f.tensor("grad." + key), 5e-5);
}

// The whole-model forward gives the same logits as the layer-by-layer loop.
TEST_P(EndToEndReference, SequentialForwardEqualsLastOutput) {
  const SafeTensors f = readSafeTensors(referenceDir() / (GetParam() + ".safetensors"));
  auto model = modelFor(f);
  for (auto& [key, p] : model->namedParameters()) p->value = f.tensor(key);
  const Tensor logits = model->forward(f.tensor("input"), Mode::Eval);
  EXPECT_TENSOR_CLOSE(GetParam() + " logits", logits, f.tensor("out." + std::to_string(model->size() - 1)), 1e-5);
}

INSTANTIATE_TEST_SUITE_P(Models, EndToEndReference, ::testing::Values("lenet_e2e", "alexnet_narrow_e2e"));

}  // namespace
}  // namespace alexnet::test
