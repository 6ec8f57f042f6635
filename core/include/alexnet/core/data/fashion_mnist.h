#pragma once
// Fashion-MNIST — the IDX files (gzip-compressed, as distributed and as Debian's
// dataset-fashion-mnist installs them under /usr/share/datasets/fashion-mnist/).
//
//   images: magic 0x00000803, count, rows, cols (big-endian u32), then count·rows·cols u8 pixels
//   labels: magic 0x00000801, count, then count u8 labels in 0..9
//
// Magic numbers, dimensions, label range, counts and truncation are all checked; a DatasetError
// names the file and what is wrong (and, for a missing directory, how to install the package).
#include <array>
#include <cstdint>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "alexnet/core/tensor.h"

namespace alexnet {

class DatasetError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

inline constexpr std::string_view kDefaultFashionMnistDir = "/usr/share/datasets/fashion-mnist";

// "T-shirt/top", "Trouser", …, "Ankle boot" (index = label).
const std::array<std::string, 10>& fashionMnistClassNames();

enum class Split { Train, Test };

struct ImageSet {
  std::int64_t count = 0;
  std::int64_t rows = 0;             // 28
  std::int64_t cols = 0;             // 28
  std::vector<std::uint8_t> pixels;  // (count, rows, cols), 0..255
  std::vector<std::uint8_t> labels;  // (count), 0..9

  // Images [first, first + n) as (n, 1, rows, cols) floats in [0, 1].
  Tensor batch(std::int64_t first, std::int64_t n) const;
  // The images at `indices`, as (indices.size(), 1, rows, cols) floats in [0, 1].
  Tensor gather(const std::vector<std::int64_t>& indices) const;
};

struct DatasetOptions {
  std::filesystem::path directory{std::string(kDefaultFashionMnistDir)};
  std::int64_t limit = 0;  // read at most this many examples (0 = all)
};

// Reads train-images-idx3-ubyte.gz + train-labels-idx1-ubyte.gz (or t10k-* for Split::Test).
ImageSet loadFashionMnist(Split split, const DatasetOptions& options = {});

// Lower-level readers, for tests and fuzzing: `name` is used in error messages.
std::vector<std::uint8_t> readGzipFile(const std::filesystem::path& path);
ImageSet parseIdxImages(const std::vector<std::uint8_t>& bytes, const std::string& name);
std::vector<std::uint8_t> parseIdxLabels(const std::vector<std::uint8_t>& bytes, const std::string& name);

}  // namespace alexnet
