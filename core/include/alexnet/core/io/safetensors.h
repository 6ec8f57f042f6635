#pragma once
// safetensors reader and writer (Hugging Face format, as PyTorch's tools write it):
//   bytes 0..7   u64 little-endian N = JSON header length
//   bytes 8..    JSON: {"name": {"dtype": "F32"|"I64", "shape": [...], "data_offsets": [b, e]}, …,
//                       "__metadata__": {"key": "value", …}}
//   then         the raw little-endian data; offsets are relative to the end of the header.
// Every size and offset is checked against the file; errors name the file and the problem.
#include <cstdint>
#include <filesystem>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

#include "alexnet/core/tensor.h"

namespace alexnet {

class SafeTensorsError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct Int64Tensor {
  Shape shape;
  std::vector<std::int64_t> values;
};

struct SafeTensors {
  std::map<std::string, Tensor> floats;       // F32 tensors
  std::map<std::string, Int64Tensor> int64s;  // I64 tensors (labels)
  std::map<std::string, std::string> metadata;

  const Tensor& tensor(const std::string& name) const;  // throws SafeTensorsError if absent
};

// Largest header accepted (a real one is a few KB; this guards against absurd lengths).
inline constexpr std::uint64_t kMaxSafeTensorsHeaderBytes = 100u << 20;

SafeTensors readSafeTensors(const std::filesystem::path& path);
// Only the __metadata__ of a file (reads the header, not the tensors: cheap for a 200 MB checkpoint).
std::map<std::string, std::string> readSafeTensorsMetadata(const std::filesystem::path& path);
SafeTensors parseSafeTensors(const std::vector<char>& bytes, const std::string& sourceName);

// Serialises to bytes (header padded with spaces to a multiple of 8; I64 tensors first).
std::vector<char> serializeSafeTensors(const SafeTensors& file);
// Writes atomically: a temporary file in the same directory, flushed, then renamed over `path`.
// On any failure the previous file at `path` is untouched and SafeTensorsError is thrown.
void writeSafeTensors(const std::filesystem::path& path, const SafeTensors& file);

// Writes bytes atomically (temporary file + rename); throws std::runtime_error naming the path.
void writeFileAtomically(const std::filesystem::path& path, const std::vector<char>& bytes);

}  // namespace alexnet
