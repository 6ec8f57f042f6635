// libFuzzer target: the Fashion-MNIST IDX readers. The first byte picks the path:
//   0 → parseIdxImages, 1 → parseIdxLabels, 2 → the gzip reader (the rest is written to a temporary
//   file, inflated with readGzipFile, then parsed as images and as labels).
// Only DatasetError may escape; a parsed image set must have consistent sizes and yield a batch.
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "alexnet/core/data/fashion_mnist.h"

namespace {

void checkImages(const std::vector<std::uint8_t>& bytes) {
  try {
    const alexnet::ImageSet set = alexnet::parseIdxImages(bytes, "fuzz-images-idx3-ubyte");
    if (set.count < 0 || set.rows <= 0 || set.cols <= 0 ||
        set.pixels.size() != static_cast<std::size_t>(set.count * set.rows * set.cols))
      std::abort();
    if (set.count > 0) {
      const alexnet::Tensor first = set.batch(0, 1);  // (1, 1, rows, cols)
      if (first.numel() != set.rows * set.cols) std::abort();
    }
  } catch (const alexnet::DatasetError&) {
  }
}

void checkLabels(const std::vector<std::uint8_t>& bytes) {
  try {
    const std::vector<std::uint8_t> labels = alexnet::parseIdxLabels(bytes, "fuzz-labels-idx1-ubyte");
    for (std::uint8_t label : labels)
      if (label > 9) std::abort();
  } catch (const alexnet::DatasetError&) {
  }
}

std::filesystem::path scratchFile() {
  const std::filesystem::path dir = std::filesystem::exists("/dev/shm") ? "/dev/shm" : "/tmp";
  return dir / ("alexnet-fuzz-idx-" + std::to_string(::getpid()) + ".gz");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::vector<std::uint8_t> bytes(data + 1, data + size);
  switch (data[0] % 3) {
    case 0:
      checkImages(bytes);
      break;
    case 1:
      checkLabels(bytes);
      break;
    default: {
      static const std::filesystem::path path = scratchFile();
      std::FILE* file = std::fopen(path.c_str(), "wb");
      if (file == nullptr) std::abort();
      if (!bytes.empty() && std::fwrite(bytes.data(), 1, bytes.size(), file) != bytes.size()) std::abort();
      std::fclose(file);
      std::vector<std::uint8_t> inflated;
      try {
        inflated = alexnet::readGzipFile(path);
      } catch (const alexnet::DatasetError&) {
        return 0;
      }
      checkImages(inflated);
      checkLabels(inflated);
    }
  }
  return 0;
}
