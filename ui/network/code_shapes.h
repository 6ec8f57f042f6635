#pragma once
// Code shapes — the network of parsed nn.Sequential code built for its shapes only: the layers, input
// and errors of core's buildFromCode (sequential_code.h), without initialisation, for the shape table, the
// diagram and the receptive fields (which never read a parameter value). Layer construction still
// allocates the weights, zero-filled: about 190 MB and 0.1 s for d2l's AlexNet, against 0.7 s with
// buildFromCode's Xavier initialisation — so callers on the GUI thread keep to small networks, and the
// Network screen builds on a worker (code_analyzer.h). A network past kSequentialCodeMaxParameters is
// refused before anything is allocated.
#include <memory>

#include "alexnet/core/models/sequential_code.h"

namespace alexnet::ui {

// inputSize 0: the code's X side, else 224 (as buildFromCode). Throws what buildFromCode throws:
// ShapeError "NAME:LINE:COL: layer …" for a layer that does not fit, SequentialCodeError past the limit.
std::unique_ptr<Sequential> buildCodeShapes(const NetworkCode& code, std::int64_t inputSize = 0);

}  // namespace alexnet::ui
