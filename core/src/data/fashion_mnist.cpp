// Fashion-MNIST IDX reader: gzip via zlib's inflate (so non-gzip and truncated streams are
// detected, rather than passed through as gzread does), then strict IDX parsing.
#include "alexnet/core/data/fashion_mnist.h"

#include <zlib.h>

#include <algorithm>
#include <cstring>
#include <fstream>
#include <iterator>
#include <limits>
#include <system_error>

namespace alexnet {
namespace {

constexpr std::uint32_t kImagesMagic = 0x00000803;  // u8 data, 3 dimensions
constexpr std::uint32_t kLabelsMagic = 0x00000801;  // u8 data, 1 dimension
constexpr std::int64_t kMaxSide = 4096;             // rows/cols beyond this are not an image set
// Decompressed size cap: the full training images are 47 MB; anything past this is corrupt or hostile.
constexpr std::size_t kMaxDecompressedBytes = std::size_t{1} << 30;
constexpr std::int64_t kFashionMnistSide = 28;
constexpr std::int64_t kClassCount = 10;

std::string installHint() { return "install it with `apt-get install dataset-fashion-mnist` or use --data DIR"; }

std::string hex(std::uint32_t value) {
  static const char* digits = "0123456789abcdef";
  std::string out = "0x";
  for (int shift = 28; shift >= 0; shift -= 4) out += digits[(value >> shift) & 0xf];
  return out;
}

std::uint32_t readBigEndian32(const std::vector<std::uint8_t>& bytes, std::size_t offset) {
  return (std::uint32_t{bytes[offset]} << 24) | (std::uint32_t{bytes[offset + 1]} << 16) |
         (std::uint32_t{bytes[offset + 2]} << 8) | std::uint32_t{bytes[offset + 3]};
}

// Checks the 4-byte magic and that `headerBytes` are present; names the file on failure.
void checkHeader(const std::vector<std::uint8_t>& bytes, std::size_t headerBytes, std::uint32_t expected,
                 const std::string& name, const char* what) {
  if (bytes.size() < 4)
    throw DatasetError(name + ": truncated IDX file (" + std::to_string(bytes.size()) +
                       " bytes, not even a magic number)");
  const std::uint32_t magic = readBigEndian32(bytes, 0);
  if (magic != expected) {
    std::string message =
        name + ": wrong magic number " + hex(magic) + " (expected " + hex(expected) + " for an IDX " + what + " file)";
    if (magic == kImagesMagic) message += "; this is an images file";
    if (magic == kLabelsMagic) message += "; this is a labels file";
    throw DatasetError(message);
  }
  if (bytes.size() < headerBytes)
    throw DatasetError(name + ": truncated IDX header (" + std::to_string(bytes.size()) + " of " +
                       std::to_string(headerBytes) + " bytes)");
}

void checkPayload(const std::vector<std::uint8_t>& bytes, std::size_t headerBytes, std::uint64_t payload,
                  const std::string& name, const std::string& what) {
  const std::uint64_t have = bytes.size() - headerBytes;
  if (have < payload)
    throw DatasetError(name + ": truncated data: header promises " + what + " (" + std::to_string(payload) +
                       " bytes) but only " + std::to_string(have) + " bytes follow");
  if (have > payload)
    throw DatasetError(name + ": " + std::to_string(have - payload) + " unexpected bytes after the " + what +
                       " the header promises");
}

std::filesystem::path idxPath(const std::filesystem::path& directory, Split split, bool images) {
  const std::string prefix = split == Split::Train ? "train" : "t10k";
  return directory / (prefix + (images ? "-images-idx3-ubyte.gz" : "-labels-idx1-ubyte.gz"));
}

// Reads `path`, or its uncompressed twin (torchvision's raw/ directory keeps both) when only that exists.
std::vector<std::uint8_t> readIdxFile(const std::filesystem::path& path) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) {
    std::filesystem::path plain = path;
    plain.replace_extension();  // drop ".gz"
    if (std::filesystem::is_regular_file(plain, ec)) {
      std::ifstream in(plain, std::ios::binary);
      std::vector<std::uint8_t> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      if (!in.eof() && in.fail()) throw DatasetError(plain.string() + ": cannot read the file");
      return bytes;
    }
  }
  return readGzipFile(path);
}

}  // namespace

const std::array<std::string, 10>& fashionMnistClassNames() {
  static const std::array<std::string, 10> names{"T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
                                                 "Sandal",      "Shirt",   "Sneaker",  "Bag",   "Ankle boot"};
  return names;
}

Tensor ImageSet::batch(std::int64_t first, std::int64_t n) const {
  if (first < 0 || n < 0 || first > count || n > count - first)
    throw std::out_of_range("ImageSet::batch: images [" + std::to_string(first) + ", " + std::to_string(first + n) +
                            ") out of range for " + std::to_string(count) + " images");
  Tensor out({n, 1, rows, cols});  // (n, 1, rows, cols)
  const std::int64_t plane = rows * cols;
  const std::uint8_t* source = pixels.data() + first * plane;
  float* target = out.data();
  for (std::int64_t i = 0; i < n * plane; ++i) target[i] = static_cast<float>(source[i]) / 255.0f;
  return out;
}

Tensor ImageSet::gather(const std::vector<std::int64_t>& indices) const {
  const auto n = static_cast<std::int64_t>(indices.size());
  Tensor out({n, 1, rows, cols});  // (n, 1, rows, cols)
  const std::int64_t plane = rows * cols;
  for (std::int64_t i = 0; i < n; ++i) {
    const std::int64_t index = indices[static_cast<std::size_t>(i)];
    if (index < 0 || index >= count)
      throw std::out_of_range("ImageSet::gather: index " + std::to_string(index) + " out of range for " +
                              std::to_string(count) + " images");
    const std::uint8_t* source = pixels.data() + index * plane;
    float* target = out.data() + i * plane;
    for (std::int64_t p = 0; p < plane; ++p) target[p] = static_cast<float>(source[p]) / 255.0f;
  }
  return out;
}

std::vector<std::uint8_t> readGzipFile(const std::filesystem::path& path) {
  const std::string name = path.string();
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) throw DatasetError(name + ": file not found (" + installHint() + ")");
  if (std::filesystem::is_directory(path, ec)) throw DatasetError(name + ": is a directory, not a gzip file");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw DatasetError(name + ": cannot open the file for reading");
  // One read of the whole file (an istreambuf_iterator copy goes byte by byte).
  const auto fileSize = std::filesystem::file_size(path, ec);
  if (ec) throw DatasetError(name + ": cannot read the file size (" + ec.message() + ")");
  if (fileSize > kMaxDecompressedBytes)
    throw DatasetError(name + ": file is larger than " + std::to_string(kMaxDecompressedBytes >> 20) +
                       " MiB; not a Fashion-MNIST file");
  std::vector<unsigned char> compressed(static_cast<std::size_t>(fileSize));
  in.read(reinterpret_cast<char*>(compressed.data()), static_cast<std::streamsize>(compressed.size()));
  if (in.bad() || static_cast<std::size_t>(in.gcount()) != compressed.size()) throw DatasetError(name + ": read error");
  if (compressed.empty()) throw DatasetError(name + ": empty file (expected gzip data)");
  if (compressed.size() < 2 || compressed[0] != 0x1f || compressed[1] != 0x8b)
    throw DatasetError(name + ": not gzip data (missing the 1f 8b gzip signature)");

  if (compressed.size() > kMaxDecompressedBytes)
    throw DatasetError(name + ": file is larger than " + std::to_string(kMaxDecompressedBytes >> 20) +
                       " MiB; not a Fashion-MNIST file");

  z_stream stream{};
  if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK) throw DatasetError(name + ": cannot initialise zlib");
  auto fail = [&](const std::string& message) {
    inflateEnd(&stream);
    throw DatasetError(name + ": " + message);
  };
  stream.next_in = compressed.data();
  stream.avail_in = static_cast<uInt>(compressed.size());
  std::vector<std::uint8_t> out;
  // gzip's trailer holds the uncompressed size mod 2^32: a hint to allocate once (never trusted).
  if (compressed.size() >= 18) {
    const std::size_t n = compressed.size();
    const std::uint32_t isize =
        static_cast<std::uint32_t>(compressed[n - 4]) | static_cast<std::uint32_t>(compressed[n - 3]) << 8 |
        static_cast<std::uint32_t>(compressed[n - 2]) << 16 | static_cast<std::uint32_t>(compressed[n - 1]) << 24;
    out.reserve(std::min<std::size_t>(isize, kMaxDecompressedBytes));
  }
  std::vector<std::uint8_t> chunk(std::size_t{1} << 18);
  while (true) {
    stream.next_out = chunk.data();
    stream.avail_out = static_cast<uInt>(chunk.size());
    const int status = inflate(&stream, Z_NO_FLUSH);
    if (status == Z_NEED_DICT || status == Z_DATA_ERROR || status == Z_MEM_ERROR || status == Z_STREAM_ERROR)
      fail(std::string("corrupt gzip data (") + (stream.msg ? stream.msg : "invalid data") + ")");
    const std::size_t produced = chunk.size() - stream.avail_out;
    if (out.size() + produced > kMaxDecompressedBytes)
      fail("decompresses to more than " + std::to_string(kMaxDecompressedBytes >> 20) +
           " MiB; not a Fashion-MNIST file");
    out.insert(out.end(), chunk.begin(), chunk.begin() + static_cast<std::ptrdiff_t>(produced));
    if (status == Z_STREAM_END) {
      if (stream.avail_in == 0) break;
      // Concatenated gzip members are valid gzip (gzip(1) reads them all); zero padding is tolerated too.
      const unsigned char* rest = stream.next_in;
      const std::size_t restSize = stream.avail_in;
      if (std::all_of(rest, rest + restSize, [](unsigned char c) { return c == 0; })) break;
      if (restSize < 2 || rest[0] != 0x1f || rest[1] != 0x8b)
        fail(std::to_string(restSize) + " bytes of trailing garbage after the gzip data");
      inflateReset(&stream);
      continue;
    }
    if (status == Z_BUF_ERROR || (stream.avail_in == 0 && stream.avail_out != 0))
      fail("truncated gzip data (the compressed stream ends early, after " + std::to_string(out.size()) +
           " decompressed bytes)");
  }
  inflateEnd(&stream);
  return out;
}

ImageSet parseIdxImages(const std::vector<std::uint8_t>& bytes, const std::string& name) {
  constexpr std::size_t kHeader = 16;
  checkHeader(bytes, kHeader, kImagesMagic, name, "images");
  ImageSet set;
  set.count = readBigEndian32(bytes, 4);
  set.rows = readBigEndian32(bytes, 8);
  set.cols = readBigEndian32(bytes, 12);
  if (set.rows < 1 || set.cols < 1 || set.rows > kMaxSide || set.cols > kMaxSide)
    throw DatasetError(name + ": bad image dimensions " + std::to_string(set.rows) + "x" + std::to_string(set.cols) +
                       " in the IDX header");
  const std::uint64_t payload = static_cast<std::uint64_t>(set.count) * static_cast<std::uint64_t>(set.rows) *
                                static_cast<std::uint64_t>(set.cols);
  checkPayload(bytes, kHeader, payload, name,
               std::to_string(set.count) + " images of " + std::to_string(set.rows) + "x" + std::to_string(set.cols));
  set.pixels.assign(bytes.begin() + kHeader, bytes.end());
  return set;
}

std::vector<std::uint8_t> parseIdxLabels(const std::vector<std::uint8_t>& bytes, const std::string& name) {
  constexpr std::size_t kHeader = 8;
  checkHeader(bytes, kHeader, kLabelsMagic, name, "labels");
  const std::uint64_t count = readBigEndian32(bytes, 4);
  checkPayload(bytes, kHeader, count, name, std::to_string(count) + " labels");
  std::vector<std::uint8_t> labels(bytes.begin() + kHeader, bytes.end());
  for (std::size_t i = 0; i < labels.size(); ++i)
    if (labels[i] >= kClassCount)
      throw DatasetError(name + ": label " + std::to_string(labels[i]) + " at index " + std::to_string(i) +
                         " is outside 0..9");
  return labels;
}

ImageSet loadFashionMnist(Split split, const DatasetOptions& options) {
  std::error_code ec;
  const std::filesystem::path& directory = options.directory;
  if (!std::filesystem::exists(directory, ec))
    throw DatasetError("Fashion-MNIST directory " + directory.string() + " does not exist: " + installHint());
  if (!std::filesystem::is_directory(directory, ec))
    throw DatasetError("Fashion-MNIST directory " + directory.string() + " is not a directory: " + installHint());
  if (options.limit < 0) throw DatasetError("Fashion-MNIST: the example limit must not be negative");

  const std::filesystem::path imagesPath = idxPath(directory, split, true);
  const std::filesystem::path labelsPath = idxPath(directory, split, false);
  ImageSet set = parseIdxImages(readIdxFile(imagesPath), imagesPath.string());
  std::vector<std::uint8_t> labels = parseIdxLabels(readIdxFile(labelsPath), labelsPath.string());

  if (set.rows != kFashionMnistSide || set.cols != kFashionMnistSide)
    throw DatasetError(imagesPath.string() + ": images are " + std::to_string(set.rows) + "x" +
                       std::to_string(set.cols) + ", Fashion-MNIST images are 28x28");
  if (static_cast<std::int64_t>(labels.size()) != set.count)
    throw DatasetError(imagesPath.string() + " holds " + std::to_string(set.count) + " images but " +
                       labelsPath.string() + " holds " + std::to_string(labels.size()) +
                       " labels; the counts must agree");
  if (set.count == 0) throw DatasetError(imagesPath.string() + ": holds no images");

  if (options.limit > 0 && options.limit < set.count) {
    set.count = options.limit;
    set.pixels.resize(static_cast<std::size_t>(set.count * set.rows * set.cols));
    set.pixels.shrink_to_fit();
    labels.resize(static_cast<std::size_t>(set.count));
  }
  set.labels = std::move(labels);
  return set;
}

}  // namespace alexnet
