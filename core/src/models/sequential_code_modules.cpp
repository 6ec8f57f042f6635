#include "sequential_code_modules.h"

#include <array>
#include <cmath>
#include <optional>
#include <vector>

#include "sequential_code_lexer.h"

namespace alexnet::code {
namespace {

// PyTorch's __init__ parameters, in order (device/dtype included: PyTorch accepts them positionally too).
struct Signature {
  std::string_view type;
  std::vector<std::string_view> parameters;
  std::size_t required;  // the first `required` parameters have no default
};

const std::array<Signature, 11> kSignatures{{
    {"Conv2d",
     {"in_channels", "out_channels", "kernel_size", "stride", "padding", "dilation", "groups", "bias", "padding_mode",
      "device", "dtype"},
     3},
    {"LazyConv2d",
     {"out_channels", "kernel_size", "stride", "padding", "dilation", "groups", "bias", "padding_mode", "device",
      "dtype"},
     2},
    {"Linear", {"in_features", "out_features", "bias", "device", "dtype"}, 2},
    {"LazyLinear", {"out_features", "bias", "device", "dtype"}, 1},
    {"ReLU", {"inplace"}, 0},
    {"Sigmoid", {}, 0},
    {"MaxPool2d", {"kernel_size", "stride", "padding", "dilation", "return_indices", "ceil_mode"}, 1},
    {"AvgPool2d", {"kernel_size", "stride", "padding", "ceil_mode", "count_include_pad", "divisor_override"}, 1},
    {"Flatten", {"start_dim", "end_dim"}, 0},
    {"Dropout", {"p", "inplace"}, 0},
    {"LocalResponseNorm", {"size", "alpha", "beta", "k"}, 1},
}};

const Signature* signatureOf(std::string_view type) {
  for (const Signature& s : kSignatures)
    if (s.type == type) return &s;
  return nullptr;
}

// The call's arguments bound to its signature's parameters (nullptr = not given: the default applies).
class Bound {
 public:
  Bound(const ModuleCall& call, const Signature& signature, const std::string& file)
      : m_signature(signature), m_file(file), m_slots(signature.parameters.size(), nullptr) {
    const std::string name = std::string(signature.type) + "()";
    std::size_t positional = 0;
    for (const Argument& argument : call.arguments) {
      if (argument.keyword.empty()) {
        if (positional >= m_slots.size()) {
          std::size_t given = 0;
          for (const Argument& a : call.arguments) given += a.keyword.empty();
          fail(file, argument.line, argument.column,
               m_slots.empty() ? name + " takes no arguments (" + std::to_string(given) + " given)"
                               : name + " takes at most " + std::to_string(m_slots.size()) + " positional argument" +
                                     (m_slots.size() == 1 ? "" : "s") + " (" + std::to_string(given) + " given)");
        }
        m_slots[positional++] = &argument;
        continue;
      }
      std::size_t index = 0;
      while (index < m_slots.size() && signature.parameters[index] != argument.keyword) ++index;
      if (index == m_slots.size())
        fail(file, argument.line, argument.column,
             name + " got an unexpected keyword argument " + inQuotes(argument.keyword));
      if (m_slots[index])
        fail(file, argument.line, argument.column,
             name + " got multiple values for argument " + inQuotes(argument.keyword));
      m_slots[index] = &argument;
    }
    for (std::size_t i = 0; i < signature.required; ++i)
      if (!m_slots[i])
        fail(file, call.line, call.column, name + " missing required argument " + inQuotes(signature.parameters[i]));
  }

  const Argument* operator[](std::string_view parameter) const {
    for (std::size_t i = 0; i < m_slots.size(); ++i)
      if (m_signature.parameters[i] == parameter) return m_slots[i];
    return nullptr;
  }

  [[noreturn]] void refuse(const Argument& at, const std::string& problem) const {
    fail(m_file, at.line, at.column, std::string(m_signature.type) + ": " + problem);
  }
  // "Conv2d: dilation=2 is not supported (only 1)".
  [[noreturn]] void unsupported(const Argument& at, std::string_view parameter, const std::string& only) const {
    refuse(at, std::string(parameter) + "=" + repr(at.value) + " is not supported (only " + only + ")");
  }
  [[noreturn]] void wrongType(const Argument& at, std::string_view parameter, const std::string& expected) const {
    if (at.value.kind == Value::Kind::Name)
      refuse(at, "name " + inQuotes(at.value.text) + " is not defined here (write the value of " +
                     std::string(parameter) + ")");
    refuse(at, std::string(parameter) + " must be " + expected + ", got " + repr(at.value));
  }

  std::int64_t integer(std::string_view parameter, std::int64_t fallback, std::int64_t min, std::int64_t max) const {
    const Argument* a = (*this)[parameter];
    if (!a) return fallback;
    if (a->value.kind != Value::Kind::Int) wrongType(*a, parameter, "an integer");
    return checkRange(*a, parameter, a->value.integer, min, max);
  }

  // An int or a pair of equal ints, as PyTorch's _pair arguments (kernel_size, stride, padding, dilation).
  std::int64_t square(std::string_view parameter, std::int64_t fallback, std::int64_t min, std::int64_t max) const {
    const Argument* a = (*this)[parameter];
    if (!a) return fallback;
    const Value& v = a->value;
    if (v.kind == Value::Kind::Int) return checkRange(*a, parameter, v.integer, min, max);
    const bool pair = (v.kind == Value::Kind::Tuple || v.kind == Value::Kind::List) && v.items.size() == 2 &&
                      v.items[0].kind == Value::Kind::Int && v.items[1].kind == Value::Kind::Int;
    if (!pair) wrongType(*a, parameter, "an integer or a pair of integers");
    if (v.items[0].integer != v.items[1].integer)
      refuse(*a, std::string(parameter) + "=" + repr(v) + " is not supported (height and width must be equal)");
    return checkRange(*a, parameter, v.items[0].integer, min, max);
  }

  // A number (int or float) converted to float, finite and within [min, max].
  float real(std::string_view parameter, float fallback, double min, double max, const std::string& range) const {
    const Argument* a = (*this)[parameter];
    if (!a) return fallback;
    const Value& v = a->value;
    if (v.kind != Value::Kind::Int && v.kind != Value::Kind::Float) wrongType(*a, parameter, "a number");
    const double x = v.kind == Value::Kind::Int ? static_cast<double>(v.integer) : v.real;
    if (!(x >= min && x <= max))
      refuse(*a, std::string(parameter) + "=" + repr(v) + " is out of range (" + range + ")");
    return static_cast<float>(x);
  }

  // A bool; when `only` is given, it must have that value (the one our layers behave as).
  void boolean(std::string_view parameter, std::optional<bool> only = std::nullopt) const {
    const Argument* a = (*this)[parameter];
    if (!a) return;
    if (a->value.kind != Value::Kind::Bool) wrongType(*a, parameter, "True or False");
    if (only && (a->value.integer != 0) != *only) unsupported(*a, parameter, *only ? "True" : "False");
  }

  // device: None or 'cpu'; dtype: None or torch.float32 / torch.float (as resolved through the imports).
  void deviceAndType() const {
    if (const Argument* a = (*this)["device"];
        a && a->value.kind != Value::Kind::None && !(a->value.kind == Value::Kind::String && a->value.text == "cpu"))
      unsupported(*a, "device", "None or 'cpu'");
    if (const Argument* a = (*this)["dtype"];
        a && a->value.kind != Value::Kind::None &&
        !(a->value.kind == Value::Kind::Name &&
          (a->value.qualified == "torch.float32" || a->value.qualified == "torch.float")))
      unsupported(*a, "dtype", "None or torch.float32");
  }

  void noneOrEqual(std::string_view parameter, std::int64_t value) const {
    const Argument* a = (*this)[parameter];
    if (!a || a->value.kind == Value::Kind::None) return;
    if (a->value.kind != Value::Kind::Int || a->value.integer != value)
      unsupported(*a, parameter, "None or " + std::to_string(value));
  }

 private:
  std::int64_t checkRange(const Argument& a, std::string_view parameter, std::int64_t value, std::int64_t min,
                          std::int64_t max) const {
    if (value < min || value > max)
      refuse(a, std::string(parameter) + "=" + std::to_string(value) + " is out of range (" + std::to_string(min) +
                    " to " + std::to_string(max) + ")");
    return value;
  }

  const Signature& m_signature;
  const std::string& m_file;
  std::vector<const Argument*> m_slots;
};

void bindConv(const Bound& b, LayerCode& layer, bool lazy) {
  if (!lazy) layer.inChannels = b.integer("in_channels", 0, 1, kMaxChannels);
  layer.outChannels = b.integer("out_channels", 0, 1, kMaxChannels);
  layer.kernelSize = b.square("kernel_size", 0, 1, kMaxWindow);
  layer.stride = b.square("stride", 1, 1, kMaxWindow);
  if (const Argument* a = b["padding"]; a && a->value.kind == Value::Kind::String) {
    if (a->value.text == "same")
      b.refuse(*a, "padding='same' is not supported (write the number, e.g. padding=" +
                       std::to_string(layer.kernelSize / 2) + ")");
    if (a->value.text != "valid") b.unsupported(*a, "padding", "an integer or 'valid'");
    layer.padding = 0;
  } else {
    layer.padding = b.square("padding", 0, 0, kMaxWindow);
  }
  if (const Argument* a = b["dilation"]; a && b.square("dilation", 1, 0, kMaxWindow) != 1)
    b.unsupported(*a, "dilation", "1");
  if (const Argument* a = b["groups"]; a && b.integer("groups", 1, 0, kMaxChannels) != 1)
    b.unsupported(*a, "groups", "1");
  b.boolean("bias", true);
  if (const Argument* a = b["padding_mode"]; a && !(a->value.kind == Value::Kind::String && a->value.text == "zeros"))
    b.unsupported(*a, "padding_mode", "'zeros'");
  b.deviceAndType();
}

void bindPool(const Bound& b, LayerCode& layer, bool max) {
  layer.kernelSize = b.square("kernel_size", 0, 1, kMaxWindow);
  const Argument* stride = b["stride"];
  layer.stride = stride && stride->value.kind == Value::Kind::None
                     ? layer.kernelSize
                     : b.square("stride", layer.kernelSize, 1, kMaxWindow);
  if (const Argument* a = b["padding"]; a && b.square("padding", 0, 0, kMaxWindow) != 0)
    b.unsupported(*a, "padding", "0");
  b.boolean("ceil_mode", false);
  if (max) {
    if (const Argument* a = b["dilation"]; a && b.square("dilation", 1, 0, kMaxWindow) != 1)
      b.unsupported(*a, "dilation", "1");
    b.boolean("return_indices", false);
  } else {
    b.boolean("count_include_pad");  // no padding: either way the same
    b.noneOrEqual("divisor_override", layer.kernelSize * layer.kernelSize);
  }
}

}  // namespace

bool isSupportedModule(std::string_view type) { return signatureOf(type) != nullptr; }

std::string unsupportedModuleMessage(std::string_view shownName) {
  return std::string(shownName) +
         " is not supported (supported: Conv2d, LazyConv2d, Linear, LazyLinear, ReLU, Sigmoid, MaxPool2d, "
         "AvgPool2d, Flatten, Dropout, LocalResponseNorm)";
}

LayerCode bindModule(const ModuleCall& call, const std::string& fileName) {
  const Signature* signature = signatureOf(call.type);
  if (!signature) fail(fileName, call.line, call.column, unsupportedModuleMessage(call.type));
  const Bound b(call, *signature, fileName);
  LayerCode layer;
  layer.type = call.type;
  layer.line = call.line;
  layer.column = call.column;
  const std::string_view type = call.type;
  if (type == "Conv2d" || type == "LazyConv2d") {
    bindConv(b, layer, type == "LazyConv2d");
  } else if (type == "Linear" || type == "LazyLinear") {
    if (type == "Linear") layer.inChannels = b.integer("in_features", 0, 1, kMaxChannels);
    layer.outChannels = b.integer("out_features", 0, 1, kMaxChannels);
    b.boolean("bias", true);
    b.deviceAndType();
  } else if (type == "ReLU") {
    b.boolean("inplace");  // in place or not, the values are the same
  } else if (type == "MaxPool2d" || type == "AvgPool2d") {
    bindPool(b, layer, type == "MaxPool2d");
  } else if (type == "Flatten") {
    if (const Argument* a = b["start_dim"]; a && b.integer("start_dim", 1, -64, 64) != 1)
      b.unsupported(*a, "start_dim", "1");
    if (const Argument* a = b["end_dim"]; a && b.integer("end_dim", -1, -64, 64) != -1)
      b.unsupported(*a, "end_dim", "-1");
  } else if (type == "Dropout") {
    // The largest p that stays below 1 as a float (Dropout refuses p = 1).
    layer.p = b.real("p", 0.5f, 0.0, static_cast<double>(std::nextafter(1.0f, 0.0f)), "0 <= p < 1");
    b.boolean("inplace");
  } else if (type == "LocalResponseNorm") {
    layer.size = b.integer("size", 0, 1, kMaxWindow);
    layer.alpha = b.real("alpha", 1e-4f, -1e30, 1e30, "a finite float");
    layer.beta = b.real("beta", 0.75f, -1e30, 1e30, "a finite float");
    layer.k = b.real("k", 1.0f, -1e30, 1e30, "a finite float");
  }
  return layer;
}

}  // namespace alexnet::code
