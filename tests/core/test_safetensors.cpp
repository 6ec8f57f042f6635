// safetensors reading and writing: round trip, the reference files, and malformed files that
// must give a clear message naming the file and the problem (never a crash).
#include <gmock/gmock.h>

#include <cstring>
#include <unistd.h>

#include <fstream>

#include "alexnet/core/io/safetensors.h"
#include "safetensors_bytes.h"
#include "reference.h"

namespace alexnet::test {
namespace {

using ::testing::HasSubstr;

std::vector<char> fileWithHeader(const std::string& json, std::size_t dataBytes) {
  return test::safetensorsBytes(json, dataBytes);
}

std::string parseError(const std::vector<char>& bytes) { return test::safetensorsParseError(bytes, "bad.safetensors"); }

TEST(SafeTensors, RoundTripKeepsTensorsAndMetadata) {
  SafeTensors file;
  file.floats.emplace("0.weight", Tensor({2, 3}, {1, 2, 3, 4, 5, 6}));
  file.floats.emplace("empty", Tensor({0}));
  file.int64s.emplace("labels", Int64Tensor{{3}, {7, -1, 9}});
  file.metadata["model"] = "lenet";
  const SafeTensors back = parseSafeTensors(serializeSafeTensors(file), "memory");
  EXPECT_EQ(back.tensor("0.weight").toVector(), (std::vector<float>{1, 2, 3, 4, 5, 6}));
  EXPECT_EQ(back.tensor("0.weight").shape(), (Shape{2, 3}));
  EXPECT_EQ(back.int64s.at("labels").values, (std::vector<std::int64_t>{7, -1, 9}));
  EXPECT_EQ(back.metadata.at("model"), "lenet");
  const auto bytes = serializeSafeTensors(file);
  std::uint64_t headerLength = 0;
  std::memcpy(&headerLength, bytes.data(), 8);
  EXPECT_EQ(headerLength % 8, 0u);
}

TEST(SafeTensors, ReadsTheReferenceFiles) {
  const SafeTensors f = readSafeTensors(referenceDir() / "lenet_e2e.safetensors");
  EXPECT_EQ(f.tensor("0.weight").shape(), (Shape{6, 1, 5, 5}));
  EXPECT_EQ(f.tensor("input").shape(), (Shape{4, 1, 28, 28}));
  EXPECT_EQ(f.int64s.at("labels").shape, (Shape{4}));
  EXPECT_EQ(f.metadata.at("model"), "lenet");
}

TEST(SafeTensors, TooShortFile) {
  EXPECT_THAT(parseError({1, 2, 3}), HasSubstr("bad.safetensors: file is 3 bytes, too short"));
}

TEST(SafeTensors, HeaderLengthPastEnd) {
  auto bytes = fileWithHeader("{}", 0);
  bytes[0] = 100;
  EXPECT_THAT(parseError(bytes), HasSubstr("header length 100 runs past the end of the file"));
}

TEST(SafeTensors, AbsurdHeaderLength) {
  auto bytes = fileWithHeader("{}", 0);
  bytes[7] = 0x7f;
  EXPECT_THAT(parseError(bytes), HasSubstr("absurdly large"));
}

TEST(SafeTensors, MalformedJson) {
  EXPECT_THAT(parseError(fileWithHeader("{\"a\":", 0)), HasSubstr("malformed JSON header"));
  EXPECT_THAT(parseError(fileWithHeader("[1,2]", 0)), HasSubstr("not an object"));
}

TEST(SafeTensors, OffsetsOutOfRange) {
  EXPECT_THAT(parseError(fileWithHeader(R"({"w":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}})", 4)),
              HasSubstr("tensor 'w' has data_offsets [0, 8] outside the data buffer of 4 bytes"));
  EXPECT_THAT(parseError(fileWithHeader(R"({"w":{"dtype":"F32","shape":[1],"data_offsets":[4,0]}})", 4)),
              HasSubstr("outside the data buffer"));
}

TEST(SafeTensors, SizeMismatch) {
  EXPECT_THAT(parseError(fileWithHeader(R"({"w":{"dtype":"F32","shape":[3],"data_offsets":[0,8]}})", 8)),
              HasSubstr("tensor 'w' of shape [3] needs 12 bytes but its data_offsets span 8"));
}

TEST(SafeTensors, UnknownDtype) {
  EXPECT_THAT(parseError(fileWithHeader(R"({"w":{"dtype":"BF16","shape":[2],"data_offsets":[0,4]}})", 4)),
              HasSubstr("unsupported dtype 'BF16'"));
}

TEST(SafeTensors, OverlappingTensors) {
  EXPECT_THAT(parseError(fileWithHeader(R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},)"
                                        R"("b":{"dtype":"F32","shape":[2],"data_offsets":[4,12]}})",
                                        12)),
              HasSubstr("overlap"));
}

TEST(SafeTensors, HugeShapeDoesNotAllocate) {
  EXPECT_THAT(parseError(fileWithHeader(
                  R"({"w":{"dtype":"F32","shape":[4294967296,4294967296,4294967296],"data_offsets":[0,4]}})", 4)),
              HasSubstr("too large"));
}

TEST(SafeTensors, TruncatedReferenceFileFromDisk) {
  std::ifstream in(referenceDir() / "ops" / "relu.safetensors", std::ios::binary);
  std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const auto path =
      std::filesystem::temp_directory_path() / ("alexnet_truncated_" + std::to_string(::getpid()) + ".safetensors");
  std::ofstream(path, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size() - 10));
  try {
    readSafeTensors(path);
    FAIL() << "expected an error";
  } catch (const SafeTensorsError& error) {
    EXPECT_THAT(error.what(), HasSubstr(path.string()));
    EXPECT_THAT(error.what(), HasSubstr("outside the data buffer"));
  }
  std::filesystem::remove(path);
}

TEST(SafeTensors, MissingFileNamesIt) {
  EXPECT_THROW(
      {
        try {
          readSafeTensors("/nonexistent/x.safetensors");
        } catch (const SafeTensorsError& error) {
          EXPECT_STREQ(error.what(), "/nonexistent/x.safetensors: no such file");
          throw;
        }
      },
      SafeTensorsError);
}

TEST(SafeTensors, FailedWriteKeepsThePreviousFile) {
  // One folder per process: ctest runs this suite in several processes at once (core_tests.isa_*).
  const auto dir = std::filesystem::temp_directory_path() / ("alexnet_atomic_test_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const auto path = dir / "ckpt.safetensors";
  SafeTensors good;
  good.floats.emplace("w", Tensor({2}, {1, 2}));
  writeSafeTensors(path, good);
  // A directory standing where the temporary file would go makes the write fail part-way.
  const auto blocker = std::filesystem::path(path.string() + ".tmp-" + std::to_string(::getpid()));
  std::filesystem::create_directories(blocker);
  SafeTensors other;
  other.floats.emplace("w", Tensor({2}, {9, 9}));
  EXPECT_THROW(writeSafeTensors(path, other), SafeTensorsError);
  EXPECT_EQ(readSafeTensors(path).tensor("w").toVector(), (std::vector<float>{1, 2}));
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace alexnet::test
