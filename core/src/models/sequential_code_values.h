#pragma once
// What the Sequential-code parser hands to the module binder: argument values (already evaluated — the
// only computation is integer arithmetic on literals), arguments and module calls, with their positions.
#include <cstdint>
#include <string>
#include <vector>

namespace alexnet::code {

struct Value {
  enum class Kind { Int, Float, Bool, None, String, Name, Tuple, List };
  Kind kind = Kind::None;
  std::int64_t integer = 0;  // Int; Bool (0 or 1)
  double real = 0.0;         // Float
  std::string text;          // String: the contents as written; Name: the dotted name as written ("torch.float32")
  std::string qualified;     // Name: resolved through the imports ("torch.float32"), "" when its head is unknown
  std::vector<Value> items;  // Tuple, List
  int line = 0, column = 0;  // where the value starts
};

// Python's repr, cut to about 60 characters: 3, -0.5, 0.0001, True, None, 'zeros', (3, 5), [1, 2], torch.float32.
std::string repr(const Value& value);

struct Argument {
  std::string keyword;  // "" for a positional argument
  Value value;
  int line = 0, column = 0;  // the keyword's position, or the value's
};

struct ModuleCall {
  std::string type;                 // the torch.nn class name: "Conv2d"
  std::string spelled;              // as written: "nn.Conv2d"
  std::vector<Argument> arguments;  // positional ones first (the parser enforces Python's order)
  int line = 0, column = 0;         // where `nn.Conv2d` starts
};

}  // namespace alexnet::code
