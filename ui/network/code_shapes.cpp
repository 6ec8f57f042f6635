#include "ui/network/code_shapes.h"

namespace alexnet::ui {

std::unique_ptr<Sequential> buildCodeShapes(const NetworkCode& code, std::int64_t inputSize) {
  return buildFromCode(code, {.inputSize = inputSize, .initialize = false});
}

}  // namespace alexnet::ui
