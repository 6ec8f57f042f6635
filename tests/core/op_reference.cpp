#include "core/op_reference.h"

#include <algorithm>
#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "alexnet/core/layers/avg_pool2d.h"
#include "alexnet/core/layers/conv2d.h"
#include "alexnet/core/layers/dropout.h"
#include "alexnet/core/layers/flatten.h"
#include "alexnet/core/layers/linear.h"
#include "alexnet/core/layers/local_response_norm.h"
#include "alexnet/core/layers/max_pool2d.h"
#include "alexnet/core/layers/relu.h"
#include "alexnet/core/layers/sigmoid.h"
#include "reference.h"

namespace alexnet::test {
namespace {

std::int64_t intMeta(const SafeTensors& f, const std::string& key) {
  return nlohmann::json::parse(f.metadata.at(key)).get<std::int64_t>();
}
float floatMeta(const SafeTensors& f, const std::string& key) {
  return nlohmann::json::parse(f.metadata.at(key)).get<float>();
}

std::unique_ptr<Layer> layerFor(const SafeTensors& f) {
  const std::string op = f.metadata.at("op");
  const Shape in = f.tensor("input").shape();
  if (op == "conv2d")
    return std::make_unique<Conv2d>(Conv2dOptions{.inChannels = in[1],
                                                  .outChannels = intMeta(f, "out_channels"),
                                                  .kernelSize = intMeta(f, "kernel_size"),
                                                  .stride = intMeta(f, "stride"),
                                                  .padding = intMeta(f, "padding")});
  if (op == "linear")
    return std::make_unique<Linear>(LinearOptions{.inFeatures = in[1], .outFeatures = intMeta(f, "out_features")});
  if (op == "maxpool2d")
    return std::make_unique<MaxPool2d>(
        MaxPool2dOptions{.kernelSize = intMeta(f, "kernel_size"), .stride = intMeta(f, "stride")});
  if (op == "avgpool2d")
    return std::make_unique<AvgPool2d>(
        AvgPool2dOptions{.kernelSize = intMeta(f, "kernel_size"), .stride = intMeta(f, "stride")});
  if (op == "relu") return std::make_unique<ReLU>();
  if (op == "sigmoid") return std::make_unique<Sigmoid>();
  if (op == "flatten") return std::make_unique<Flatten>();
  if (op == "dropout_eval") return std::make_unique<Dropout>(DropoutOptions{.p = floatMeta(f, "p")});
  if (op == "lrn")
    return std::make_unique<LocalResponseNorm>(LocalResponseNormOptions{.size = intMeta(f, "size"),
                                                                        .alpha = floatMeta(f, "alpha"),
                                                                        .beta = floatMeta(f, "beta"),
                                                                        .k = floatMeta(f, "k")});
  throw std::runtime_error("unknown op " + op);
}

// Bit-exact where PyTorch's float32 and float64 agree exactly (README "Tolerances").
double toleranceFor(const std::string& op, const std::string& tensor) {
  if (op == "relu" || op == "flatten" || op == "dropout_eval") return 0.0;
  if (op == "maxpool2d" && tensor == "output") return 0.0;
  return 1e-5;
}

}  // namespace

std::vector<std::string> opCases(const std::string& op) {
  std::vector<std::string> cases;
  for (const auto& entry : std::filesystem::directory_iterator(referenceDir() / "ops")) {
    if (entry.path().extension() != ".safetensors") continue;
    if (!op.empty() && readSafeTensorsMetadata(entry.path()).at("op") != op) continue;
    cases.push_back(entry.path().stem().string());
  }
  std::sort(cases.begin(), cases.end());
  return cases;
}

void expectMatchesPyTorch(const std::string& caseName) {
  SCOPED_TRACE(caseName);
  const SafeTensors f = readSafeTensors(referenceDir() / "ops" / (caseName + ".safetensors"));
  const std::string op = f.metadata.at("op");
  auto layer = layerFor(f);
  if (f.metadata.count("module")) {
    EXPECT_EQ(layer->repr(), f.metadata.at("module"));
  }
  for (Parameter* p : layer->parameters()) p->value = f.tensor(p->name);
  layer->zeroGrad();
  const Mode mode = op == "dropout_eval" ? Mode::Eval : Mode::Train;
  const Tensor out = layer->forward(f.tensor("input"), mode);
  EXPECT_EQ(layer->outputShape(f.tensor("input").shape()), out.shape());
  EXPECT_TENSOR_CLOSE(caseName + " output", out, f.tensor("output"), toleranceFor(op, "output"));
  const Tensor gradIn = layer->backward(f.tensor("R"));
  EXPECT_TENSOR_CLOSE(caseName + " grad_input", gradIn, f.tensor("grad_input"), toleranceFor(op, "grad_input"));
  for (Parameter* p : layer->parameters())
    EXPECT_TENSOR_CLOSE(caseName + " grad_" + p->name, p->grad, f.tensor("grad_" + p->name), 1e-5);
}

}  // namespace alexnet::test
