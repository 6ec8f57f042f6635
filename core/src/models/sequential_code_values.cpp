#include "sequential_code_values.h"

#include <charconv>

namespace alexnet::code {
namespace {

constexpr std::size_t kMaxReprBytes = 60;

void append(std::string& out, const Value& value) {
  if (out.size() > kMaxReprBytes) return;
  switch (value.kind) {
    case Value::Kind::Int:
      out += std::to_string(value.integer);
      break;
    case Value::Kind::Bool:
      out += value.integer ? "True" : "False";
      break;
    case Value::Kind::None:
      out += "None";
      break;
    case Value::Kind::Name:
      out += value.text;
      break;
    case Value::Kind::String: {  // control characters escaped, as Python does: messages stay one line
      out += '\'';
      for (std::size_t i = 0; i < value.text.size() && out.size() <= kMaxReprBytes; ++i) {
        const unsigned char c = static_cast<unsigned char>(value.text[i]);
        if (c == '\n')
          out += "\\n";
        else if (c == '\r')
          out += "\\r";
        else if (c == '\t')
          out += "\\t";
        else if (c < 0x20 || c == 0x7F)
          out += "\\x" + std::string(1, "0123456789abcdef"[c >> 4]) + "0123456789abcdef"[c & 15];
        else
          out += static_cast<char>(c);
      }
      out += '\'';
      break;
    }
    case Value::Kind::Float: {
      char buffer[40];
      const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value.real);
      std::string text = ec == std::errc() ? std::string(buffer, end) : "nan";
      if (text.find_first_of(".en") == std::string::npos) text += ".0";  // Python: 2.0, 1e-05, inf
      out += text;
      break;
    }
    case Value::Kind::Tuple:
    case Value::Kind::List: {
      const bool list = value.kind == Value::Kind::List;
      out += list ? "[" : "(";
      for (std::size_t i = 0; i < value.items.size() && out.size() <= kMaxReprBytes; ++i) {
        if (i) out += ", ";
        append(out, value.items[i]);
      }
      if (!list && value.items.size() == 1) out += ",";
      out += list ? "]" : ")";
      break;
    }
  }
}

}  // namespace

std::string repr(const Value& value) {
  std::string out;
  append(out, value);
  if (out.size() > kMaxReprBytes) {
    std::size_t cut = kMaxReprBytes;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;  // whole code points
    out = out.substr(0, cut) + "…";
  }
  return out;
}

}  // namespace alexnet::code
