#include "ui/training/training_request.h"

namespace alexnet::ui {

TrainingRequest d2lDefaultRequest(const ModelConfig& model) {
  TrainingRequest request;
  request.model = model;
  request.epochs = 10;
  if (model.kind == ModelKind::LeNet) {
    request.batchSize = 256;
    request.sgd = SgdOptions{.learningRate = 0.9f};
  } else {
    request.batchSize = 128;
    request.sgd = SgdOptions{.learningRate = 0.01f};
  }
  return request;
}

}  // namespace alexnet::ui
