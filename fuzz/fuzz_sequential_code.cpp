// libFuzzer target: the nn.Sequential code reader (core/models/sequential_code.h). The input is the file's text.
// Only SequentialCodeError may escape, and its message is one line "fuzz.py:LINE:COL: problem" with LINE and
// COL inside the text. What parses obeys the reader's contract: 1 to kSequentialCodeMaxLayers layers of the
// supported types with sizes in their bounds, at increasing positions inside the text, a 4-D square input
// shape if any; and a second parse gives the same result.
// tests/core/test_sequential_code_errors.cpp also runs this function over the seeds in
// fuzz/corpus/fuzz_sequential_code/ and over mutations of the d2l code, so it compiles in every test build.
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "alexnet/core/models/sequential_code.h"

namespace {

using alexnet::LayerCode;
using alexnet::NetworkCode;
using alexnet::SequentialCodeError;

void check(bool condition) {
  if (!condition) std::abort();
}

int lineCount(std::string_view text) {
  int lines = 1;
  for (std::size_t i = 0; i < text.size(); ++i)
    if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n'))) ++lines;
  return lines;
}

void checkError(const SequentialCodeError& error, std::string_view text) {
  const std::string_view message = error.what();
  check(message.find('\n') == std::string_view::npos && message.find('\r') == std::string_view::npos);
  check(error.line >= 1 && error.line <= lineCount(text) && error.column >= 1);
  const std::string prefix =
      "fuzz.py:" + std::to_string(error.line) + ":" + std::to_string(error.column) + ": " + error.problem;
  check(message == prefix && !error.problem.empty());
}

bool inRange(std::int64_t value, std::int64_t min, std::int64_t max) { return value >= min && value <= max; }

void checkLayer(const LayerCode& l) {
  constexpr std::int64_t kChannels = std::int64_t{1} << 20, kWindow = 4096;
  const std::string& t = l.type;
  if (t == "Conv2d" || t == "LazyConv2d") {
    check(t == "LazyConv2d" ? l.inChannels == 0 : inRange(l.inChannels, 1, kChannels));
    check(inRange(l.outChannels, 1, kChannels) && inRange(l.kernelSize, 1, kWindow));
    check(inRange(l.stride, 1, kWindow) && inRange(l.padding, 0, kWindow));
  } else if (t == "Linear" || t == "LazyLinear") {
    check(t == "LazyLinear" ? l.inChannels == 0 : inRange(l.inChannels, 1, kChannels));
    check(inRange(l.outChannels, 1, kChannels));
  } else if (t == "MaxPool2d" || t == "AvgPool2d") {
    check(inRange(l.kernelSize, 1, kWindow) && inRange(l.stride, 1, kWindow) && l.padding == 0);
  } else if (t == "Dropout") {
    check(l.p >= 0.0f && l.p < 1.0f);
  } else if (t == "LocalResponseNorm") {
    check(inRange(l.size, 1, kWindow));
    check(std::isfinite(l.alpha) && std::isfinite(l.beta) && std::isfinite(l.k));
  } else {
    check(t == "ReLU" || t == "Sigmoid" || t == "Flatten");
  }
}

void checkCode(const NetworkCode& code, std::string_view text) {
  check(code.fileName == "fuzz.py");
  check(!code.layers.empty() && code.layers.size() <= alexnet::kSequentialCodeMaxLayers);
  const int lines = lineCount(text);
  int line = code.line, column = code.column;
  check(line >= 1 && line <= lines && column >= 1);
  for (const LayerCode& layer : code.layers) {
    checkLayer(layer);
    check(layer.line >= 1 && layer.line <= lines && layer.column >= 1);
    check(layer.line > line || (layer.line == line && layer.column > column));
    line = layer.line;
    column = layer.column;
  }
  if (code.inputShape) {
    const alexnet::Shape& s = *code.inputShape;
    check(s.size() == 4 && s[0] >= 1 && s[1] >= 1 && s[2] >= 1 && s[2] == s[3]);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  NetworkCode code;
  try {
    code = alexnet::parseSequentialCode(text, "fuzz.py");
  } catch (const SequentialCodeError& error) {
    checkError(error, text);
    return 0;
  }
  checkCode(code, text);
  const NetworkCode again = alexnet::parseSequentialCode(text, "fuzz.py");
  check(again.name == code.name && again.layers == code.layers && again.inputShape == code.inputShape);
  return 0;
}
