#pragma once
// Hand-made safetensors byte strings for the reader's error tests (test_safetensors.cpp and the
// fuzz regression tests).
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "alexnet/core/io/safetensors.h"

namespace alexnet::test {

// 8-byte little-endian length + `json` + `dataBytes` zero bytes.
inline std::vector<char> safetensorsBytes(const std::string& json, std::size_t dataBytes) {
  std::vector<char> bytes(8 + json.size() + dataBytes, 0);
  const std::uint64_t n = json.size();
  for (int i = 0; i < 8; ++i) bytes[static_cast<std::size_t>(i)] = static_cast<char>((n >> (8 * i)) & 0xff);
  std::memcpy(bytes.data() + 8, json.data(), json.size());
  return bytes;
}

// The reader's error message for `bytes` (named `sourceName`), or "no error".
inline std::string safetensorsParseError(const std::vector<char>& bytes, const std::string& sourceName) {
  try {
    parseSafeTensors(bytes, sourceName);
  } catch (const SafeTensorsError& error) {
    return error.what();
  }
  return "no error";
}

}  // namespace alexnet::test
