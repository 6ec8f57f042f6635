#include "alexnet/core/io/safetensors.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <nlohmann/json.hpp>

namespace alexnet {
namespace {

using Json = nlohmann::json;

[[noreturn]] void fail(const std::string& source, const std::string& problem) {
  throw SafeTensorsError(source + ": " + problem);
}

std::uint64_t readU64LittleEndian(const char* p) {
  std::uint64_t v = 0;
  for (int i = 7; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(p[i]);
  return v;
}

struct Span {
  std::string name;
  std::uint64_t begin, end;
};

}  // namespace

const Tensor& SafeTensors::tensor(const std::string& name) const {
  auto it = floats.find(name);
  if (it == floats.end()) throw SafeTensorsError("no F32 tensor named '" + name + "'");
  return it->second;
}

SafeTensors parseSafeTensors(const std::vector<char>& bytes, const std::string& source) {
  if (bytes.size() < 8)
    fail(source, "file is " + std::to_string(bytes.size()) + " bytes, too short for a safetensors header");
  const std::uint64_t headerLength = readU64LittleEndian(bytes.data());
  if (headerLength > kMaxSafeTensorsHeaderBytes)
    fail(source, "header length " + std::to_string(headerLength) + " is absurdly large (not a safetensors file?)");
  if (headerLength > bytes.size() - 8)
    fail(source, "header length " + std::to_string(headerLength) + " runs past the end of the file (" +
                     std::to_string(bytes.size()) + " bytes; truncated?)");
  Json header;
  try {
    header = Json::parse(bytes.begin() + 8, bytes.begin() + 8 + static_cast<std::ptrdiff_t>(headerLength));
  } catch (const Json::exception& error) {
    fail(source, std::string("malformed JSON header: ") + error.what());
  }
  if (!header.is_object()) fail(source, "the JSON header is not an object");

  const char* buffer = bytes.data() + 8 + headerLength;
  const std::uint64_t bufferSize = bytes.size() - 8 - headerLength;
  SafeTensors file;
  std::vector<Span> spans;
  for (const auto& [name, entry] : header.items()) {
    if (name == "__metadata__") {
      if (!entry.is_object()) fail(source, "__metadata__ is not an object");
      for (const auto& [key, value] : entry.items()) {
        if (!value.is_string()) fail(source, "__metadata__ value for '" + key + "' is not a string");
        file.metadata[key] = value.get<std::string>();
      }
      continue;
    }
    const std::string where = "tensor '" + name + "'";
    if (!entry.is_object() || !entry.contains("dtype") || !entry.contains("shape") || !entry.contains("data_offsets"))
      fail(source, where + " lacks dtype, shape or data_offsets");
    if (!entry["dtype"].is_string()) fail(source, where + " has a non-string dtype");
    const std::string dtype = entry["dtype"].get<std::string>();
    std::uint64_t itemSize = 0;
    if (dtype == "F32")
      itemSize = 4;
    else if (dtype == "I64")
      itemSize = 8;
    else
      fail(source, where + " has unsupported dtype '" + dtype + "' (only F32 and I64 are supported)");

    const Json& shapeJson = entry["shape"];
    if (!shapeJson.is_array()) fail(source, where + " has a shape that is not a list");
    Shape shape;
    // The product of the non-zero dimensions may not exceed the data buffer (checked without overflow:
    // a shape like [2^62] must not wrap count·itemSize round to a small number).
    std::uint64_t nonZeroProduct = 1;
    bool hasZero = false;
    for (const Json& d : shapeJson) {
      if (!d.is_number_unsigned()) fail(source, where + " has a shape entry that is not a non-negative integer");
      const std::uint64_t dim = d.get<std::uint64_t>();
      if (dim == 0) {
        hasZero = true;
      } else {
        if (nonZeroProduct > std::max<std::uint64_t>(bufferSize / itemSize, std::uint64_t{1} << 32) / dim)
          fail(source, where + " has a shape " + shapeJson.dump() + " too large for the file");
        nonZeroProduct *= dim;
      }
      shape.push_back(static_cast<std::int64_t>(dim));
    }
    const std::uint64_t count = hasZero ? 0 : nonZeroProduct;
    const Json& offsets = entry["data_offsets"];
    if (!offsets.is_array() || offsets.size() != 2 || !offsets[0].is_number_unsigned() ||
        !offsets[1].is_number_unsigned())
      fail(source, where + " has data_offsets that are not two non-negative integers");
    const std::uint64_t begin = offsets[0].get<std::uint64_t>(), end = offsets[1].get<std::uint64_t>();
    if (begin > end || end > bufferSize)
      fail(source, where + " has data_offsets [" + std::to_string(begin) + ", " + std::to_string(end) +
                       "] outside the data buffer of " + std::to_string(bufferSize) + " bytes");
    if (end - begin != count * itemSize)
      fail(source, where + " of shape " + toString(shape) + " needs " + std::to_string(count * itemSize) +
                       " bytes but its data_offsets span " + std::to_string(end - begin));
    spans.push_back({name, begin, end});
    if (itemSize == 4) {
      Tensor t(shape);
      if (count) std::memcpy(t.data(), buffer + begin, end - begin);
      file.floats.emplace(name, std::move(t));
    } else {
      Int64Tensor t{shape, std::vector<std::int64_t>(count)};
      if (count) std::memcpy(t.values.data(), buffer + begin, end - begin);
      file.int64s.emplace(name, std::move(t));
    }
  }
  std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return a.begin < b.begin; });
  for (std::size_t i = 1; i < spans.size(); ++i)
    if (spans[i].begin < spans[i - 1].end)
      fail(source, "tensors '" + spans[i - 1].name + "' and '" + spans[i].name + "' overlap in the data buffer");
  return file;
}

SafeTensors readSafeTensors(const std::filesystem::path& path) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) fail(path.string(), "no such file");
  std::ifstream in(path, std::ios::binary);
  if (!in) fail(path.string(), std::string("cannot open: ") + std::strerror(errno));
  std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return parseSafeTensors(bytes, path.string());
}

std::map<std::string, std::string> readSafeTensorsMetadata(const std::filesystem::path& path) {
  const std::string source = path.string();
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) fail(source, "no such file");
  const std::uintmax_t fileSize = std::filesystem::file_size(path, ec);
  std::ifstream in(path, std::ios::binary);
  if (!in || ec) fail(source, std::string("cannot open: ") + std::strerror(errno));
  char lengthBytes[8];
  if (fileSize < 8 || !in.read(lengthBytes, 8))
    fail(source, "file is " + std::to_string(fileSize) + " bytes, too short for a safetensors header");
  const std::uint64_t headerLength = readU64LittleEndian(lengthBytes);
  if (headerLength > kMaxSafeTensorsHeaderBytes || headerLength > fileSize - 8)
    fail(source, "header length " + std::to_string(headerLength) + " does not fit the file (not a safetensors file?)");
  std::string text(headerLength, '\0');
  if (!in.read(text.data(), static_cast<std::streamsize>(headerLength))) fail(source, "cannot read the header");
  Json header;
  try {
    header = Json::parse(text);
  } catch (const Json::exception& error) {
    fail(source, std::string("malformed JSON header: ") + error.what());
  }
  std::map<std::string, std::string> metadata;
  if (!header.is_object()) fail(source, "the JSON header is not an object");
  if (auto it = header.find("__metadata__"); it != header.end()) {
    if (!it->is_object()) fail(source, "__metadata__ is not an object");
    for (const auto& [key, value] : it->items())
      if (value.is_string()) metadata[key] = value.get<std::string>();
  }
  return metadata;
}

std::vector<char> serializeSafeTensors(const SafeTensors& file) {
  nlohmann::ordered_json header = nlohmann::ordered_json::object();  // "{}", not "null", when empty
  std::uint64_t offset = 0;
  for (const auto& [name, t] : file.int64s) {  // I64 first: every tensor stays naturally aligned
    const std::uint64_t bytes = t.values.size() * 8;
    header[name] = {{"dtype", "I64"}, {"shape", t.shape}, {"data_offsets", {offset, offset + bytes}}};
    offset += bytes;
  }
  for (const auto& [name, t] : file.floats) {
    const std::uint64_t bytes = static_cast<std::uint64_t>(t.numel()) * 4;
    header[name] = {{"dtype", "F32"}, {"shape", t.shape()}, {"data_offsets", {offset, offset + bytes}}};
    offset += bytes;
  }
  if (!file.metadata.empty()) header["__metadata__"] = file.metadata;
  std::string text = header.dump();
  text.append((8 - text.size() % 8) % 8, ' ');
  std::vector<char> out(8 + text.size() + offset);
  const std::uint64_t length = text.size();
  for (int i = 0; i < 8; ++i) out[static_cast<std::size_t>(i)] = static_cast<char>((length >> (8 * i)) & 0xff);
  std::memcpy(out.data() + 8, text.data(), text.size());
  char* data = out.data() + 8 + text.size();
  // Empty tensors are skipped: memcpy from an empty vector's null data() is undefined even for 0 bytes.
  for (const auto& [name, t] : file.int64s) {
    if (t.values.empty()) continue;
    std::memcpy(data, t.values.data(), t.values.size() * 8);
    data += t.values.size() * 8;
  }
  for (const auto& [name, t] : file.floats) {
    if (t.numel() == 0) continue;
    std::memcpy(data, t.data(), static_cast<std::size_t>(t.numel()) * 4);
    data += t.numel() * 4;
  }
  return out;
}

void writeFileAtomically(const std::filesystem::path& path, const std::vector<char>& bytes) {
  const std::filesystem::path temporary = path.string() + ".tmp-" + std::to_string(::getpid());
  const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0)
    throw std::runtime_error(path.string() + ": cannot create " + temporary.string() + ": " + std::strerror(errno));
  std::size_t written = 0;
  int error = 0;
  while (written < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      error = errno;
      break;
    }
    written += static_cast<std::size_t>(n);
  }
  if (!error && ::fsync(fd) != 0) error = errno;
  if (::close(fd) != 0 && !error) error = errno;
  if (!error && ::rename(temporary.c_str(), path.c_str()) != 0) error = errno;
  if (error) {
    ::unlink(temporary.c_str());
    throw std::runtime_error(path.string() + ": write failed (" + std::strerror(error) +
                             "); the previous file, if any, is unchanged");
  }
}

void writeSafeTensors(const std::filesystem::path& path, const SafeTensors& file) {
  try {
    writeFileAtomically(path, serializeSafeTensors(file));
  } catch (const SafeTensorsError&) {
    throw;
  } catch (const std::exception& error) {
    throw SafeTensorsError(error.what());
  }
}

}  // namespace alexnet
