// libFuzzer target: parseSafeTensors on arbitrary bytes. Only SafeTensorsError may escape the parser;
// anything else (another exception, a crash, a sanitizer report) is a finding. A file that parses must
// survive a serialise → parse round trip with the same tensors.
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "alexnet/core/io/safetensors.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::vector<char> bytes(reinterpret_cast<const char*>(data), reinterpret_cast<const char*>(data) + size);
  alexnet::SafeTensors parsed;
  try {
    parsed = alexnet::parseSafeTensors(bytes, "fuzz.safetensors");
  } catch (const alexnet::SafeTensorsError&) {
    return 0;
  }
  const alexnet::SafeTensors again = alexnet::parseSafeTensors(alexnet::serializeSafeTensors(parsed), "round trip");
  if (again.floats.size() != parsed.floats.size() || again.int64s.size() != parsed.int64s.size() ||
      again.metadata != parsed.metadata)
    std::abort();
  for (const auto& [name, tensor] : parsed.floats) {
    const alexnet::Tensor& other = again.tensor(name);
    if (other.shape() != tensor.shape()) std::abort();
    if (tensor.numel() > 0 &&
        std::memcmp(other.data(), tensor.data(), static_cast<std::size_t>(tensor.numel()) * sizeof(float)) != 0)
      std::abort();
  }
  return 0;
}
