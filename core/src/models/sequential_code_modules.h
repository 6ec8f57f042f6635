#pragma once
// The module binder of the Sequential-code reader: binds a module call's arguments to the PyTorch
// signature (positional and keyword, as Python does), applies PyTorch's defaults, and checks every value
// against what our layers can honour. See alexnet/core/models/sequential_code.h for what is accepted.
#include <string>
#include <string_view>

#include "alexnet/core/models/sequential_code.h"
#include "sequential_code_values.h"

namespace alexnet::code {

inline constexpr std::int64_t kMaxChannels = std::int64_t{1} << 20;  // channels and features
inline constexpr std::int64_t kMaxWindow = 4096;                     // kernel size, stride, padding, LRN size

// True for the torch.nn class names the reader understands ("Conv2d", …; not "Sequential").
bool isSupportedModule(std::string_view type);

// "BatchNorm2d is not supported (supported: Conv2d, …)".
std::string unsupportedModuleMessage(std::string_view shownName);

// The resolved layer of a supported module call; throws SequentialCodeError at the offending argument.
LayerCode bindModule(const ModuleCall& call, const std::string& fileName);

}  // namespace alexnet::code
