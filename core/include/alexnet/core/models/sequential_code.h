#pragma once
// Sequential code — a reader for PyTorch `nn.Sequential` code (PRODUCT.md §1, §3 `--model-file`).
// The code is parsed, never run: only the subset the d2l CNN chapters write is understood.
//
//   import torch                                      # imports are read for their aliases only
//   from torch import nn
//   net = nn.Sequential(
//       nn.Conv2d(1, 6, kernel_size=5, padding=2), nn.Sigmoid(),   # comments in any language
//       nn.AvgPool2d(kernel_size=2, stride=2),
//       nn.Flatten(), nn.Linear(16 * 5 * 5, 120), ...)
//   X = torch.rand(size=(1, 1, 28, 28), dtype=torch.float32)       # gives the input shape
//   for layer in net:                                 # skipped (see below)
//       X = layer(X)
//       print(layer.__class__.__name__, 'output shape:\t', X.shape)
//
// What is read:
//  - statements: `import …` / `from … import …` (any module; `nn`/`torch` aliases and bare torch.nn names
//    are tracked), one `NAME = nn.Sequential(...)` or a bare `nn.Sequential(...)`, one `NAME = torch.randn(…)`
//    (also torch.rand / zeros / ones; sizes positional, as one tuple/list, or `size=`; `dtype=torch.float32`,
//    `device='cpu'`, `requires_grad=` accepted) giving a 4-D square N×C×H×W input, bare strings
//    (docstrings), `print(...)` calls (skipped) and `for … :` blocks (skipped with their indented body, unless
//    the body mentions the Sequential's name). Several Sequentials: the one assigned to `net` is read, else
//    the second is refused. Anything else (def, class, if, other assignments, d2l.train_ch6 …) is refused.
//  - modules, as `nn.X`, `torch.nn.X` or `X` after `from torch.nn import X`: Conv2d, LazyConv2d, Linear,
//    LazyLinear, ReLU, Sigmoid, MaxPool2d, AvgPool2d, Flatten, Dropout, LocalResponseNorm, with PyTorch's
//    parameter names, order and defaults (a pool's stride defaults to its kernel size). Arguments that
//    change nothing here are accepted (`kernel_size=(3, 3)`, `bias=True`, `inplace=True`, `padding='valid'`);
//    ones our layers cannot honour are refused naming the argument and value (dilation≠1, groups≠1,
//    bias=False, pool padding≠0, ceil_mode=True, non-square tuples, padding='same', Flatten dims …).
//  - values: ints, floats, True/False/None, strings, tuples/lists, integer + - * // and parentheses, unary
//    signs. Integers are 64-bit (overflow is refused); sizes are bounded (channels/features ≤ 2^20,
//    kernel/stride/padding ≤ 4096, input side ≤ 65536, ≤ 1000 layers).
//  - text: UTF-8 (a BOM is skipped), "\n", "\r\n" or "\r" line ends, tabs, line breaks inside brackets and
//    after '\', trailing commas, ';' between statements. At most kSequentialCodeMaxBytes; brackets nest at
//    most 100 deep.
// Anything else throws SequentialCodeError, whose what() is one line "FILE:LINE:COL: problem" (1-based;
// columns count Unicode code points, a tab is one) — except that a file that cannot be opened or read gives
// "FILE: problem" (line and column 0).
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "alexnet/core/sequential.h"
#include "alexnet/core/shape.h"

namespace alexnet {

inline constexpr std::size_t kSequentialCodeMaxBytes = 1 << 20;  // 1 MiB
inline constexpr std::size_t kSequentialCodeMaxLayers = 1000;

// One module call of the Sequential, with PyTorch's arguments resolved (defaults applied). Only the fields
// of its type are meaningful; the others keep their zero defaults.
struct LayerCode {
  std::string type;              // PyTorch name: "Conv2d", "LazyConv2d", "ReLU", "Sigmoid", "MaxPool2d", "AvgPool2d",
                                 // "Flatten", "Linear", "LazyLinear", "Dropout", "LocalResponseNorm"
  std::int64_t inChannels = 0;   // Conv2d in_channels, Linear in_features; 0 for the Lazy ones (inferred)
  std::int64_t outChannels = 0;  // Conv2d/LazyConv2d out_channels, Linear/LazyLinear out_features
  std::int64_t kernelSize = 0;   // Conv2d, LazyConv2d, MaxPool2d, AvgPool2d (square)
  std::int64_t stride = 0;       // the same; resolved (a pool's default = kernelSize, a conv's = 1)
  std::int64_t padding = 0;      // Conv2d, LazyConv2d (pools only take 0)
  float p = 0.0f;                // Dropout
  std::int64_t size = 0;         // LocalResponseNorm
  float alpha = 0.0f, beta = 0.0f, k = 0.0f;  // LocalResponseNorm
  int line = 0, column = 0;                   // 1-based position of the module reference (`nn.Conv2d`) in the source

  bool lazy() const { return type == "LazyConv2d" || type == "LazyLinear"; }
  bool operator==(const LayerCode&) const = default;
};

struct NetworkCode {
  std::string fileName;             // as given to the reader, used in messages
  std::string name;                 // the variable the Sequential is assigned to ("net"), or ""
  int line = 0, column = 0;         // position of `nn.Sequential`
  std::vector<LayerCode> layers;    // in Sequential order (= PyTorch state_dict indices)
  std::optional<Shape> inputShape;  // {N, C, H, W} as written in `X = torch.randn(N, C, H, W)`, H == W
};

// Thrown for anything the reader does not accept; what() is exactly "FILE:LINE:COL: problem".
class SequentialCodeError : public std::runtime_error {
 public:
  SequentialCodeError(std::string fileName, int line, int column, std::string problem);

  std::string fileName;
  int line = 0;    // 1-based; 0 when the file itself could not be read
  int column = 0;  // 1-based, in code points
  std::string problem;
};

// Parses `source`; `fileName` is only used in messages and copied into the result.
NetworkCode parseSequentialCode(std::string_view source, const std::string& fileName);

// Reads and parses a file (named in messages by path.string()). Files over kSequentialCodeMaxBytes and
// binary files (a NUL byte, invalid UTF-8) are refused with the position of the first bad byte.
NetworkCode readSequentialCodeFile(const std::filesystem::path& path);

struct BuildFromCodeOptions {
  std::int64_t inputSize = 0;      // square side; 0 = the side of the code's X, else 224
  std::int64_t inputChannels = 0;  // 0 = the code's X channels, else the first Conv2d's in_channels, else 1
  std::uint64_t seed = 0;          // initialisation and dropout seed, as ModelConfig::seed
  bool initialize = true;          // false: shapes only — the weights stay zero (no Xavier pass)
};

// Builds the network for input {1, C, S, S} (batch always 1), Lazy layers taking their input size from the
// shape reaching them, then initialises it exactly as buildModel does: initializeXavier(model, seed), the
// k-th Dropout (k = 1, 2, …) seeded with seed·2 + k. So the d2l AlexNet / LeNet code gives the very
// parameters of buildModel({.kind = AlexNet / LeNet, .seed = seed}).
// Throws ShapeError when a layer does not fit the shape reaching it — Sequential's message naming the layer
// index and type, prefixed by "FILE:LINE:COL: " of the layer in the code — SequentialCodeError when the
// network would exceed kSequentialCodeMaxParameters, std::invalid_argument for negative or absurd options.
inline constexpr std::int64_t kSequentialCodeMaxParameters = std::int64_t{1} << 30;  // 4 GiB of float32
std::unique_ptr<Sequential> buildFromCode(const NetworkCode& code, const BuildFromCodeOptions& options = {});

}  // namespace alexnet
