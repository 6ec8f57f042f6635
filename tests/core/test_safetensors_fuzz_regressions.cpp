// Inputs the safetensors fuzzer (fuzz/fuzz_safetensors.cpp) found or that guard its findings, kept as unit
// tests so the fixes stay fixed without a clang build. The raw inputs are also in fuzz/corpus/.
#include <gmock/gmock.h>

#include <cstring>
#include <limits>

#include "alexnet/core/io/safetensors.h"
#include "safetensors_bytes.h"

namespace alexnet {
namespace {

using ::testing::HasSubstr;

std::vector<char> withHeader(const std::string& json, std::size_t dataBytes) {
  return test::safetensorsBytes(json, dataBytes);
}

std::string parseError(const std::vector<char>& bytes) {
  return test::safetensorsParseError(bytes, "fuzzed.safetensors");
}

// Finding 1: an empty file ({} header) was serialised as "null", which the reader then rejected.
TEST(SafeTensorsFuzzRegressions, EmptyFileRoundTrips) {
  const SafeTensors empty = parseSafeTensors(withHeader("{}", 0), "empty.safetensors");
  EXPECT_TRUE(empty.floats.empty());
  const std::vector<char> bytes = serializeSafeTensors(empty);
  EXPECT_EQ(std::string(bytes.begin() + 8, bytes.begin() + 10), "{}");
  EXPECT_NO_THROW(parseSafeTensors(bytes, "round trip"));
}

// Finding 2: serialising a zero-element tensor called memcpy with a null source (UBSan).
TEST(SafeTensorsFuzzRegressions, ZeroElementTensorsRoundTrip) {
  SafeTensors file;
  file.floats.emplace("empty", Tensor({0, 3}));
  file.floats.emplace("w", Tensor({2}, {1.5f, -2.0f}));
  file.int64s.emplace("none", Int64Tensor{{0}, {}});
  const SafeTensors back = parseSafeTensors(serializeSafeTensors(file), "round trip");
  EXPECT_EQ(back.tensor("empty").shape(), (Shape{0, 3}));
  EXPECT_EQ(back.tensor("w").toVector(), (std::vector<float>{1.5f, -2.0f}));
  EXPECT_EQ(back.int64s.at("none").shape, (Shape{0}));
}

// Found by reading the shape check while fixing the above: [2^62] F32 is 2^64 bytes, which wrapped to 0 and
// matched empty data_offsets, then tried to allocate 2^62 floats. Now refused as too large for the file.
TEST(SafeTensorsFuzzRegressions, ShapeWhoseByteSizeWrapsIsRefused) {
  EXPECT_THAT(parseError(withHeader(R"({"w":{"dtype":"F32","shape":[4611686018427387904],"data_offsets":[0,0]}})", 0)),
              HasSubstr("too large for the file"));
  EXPECT_THAT(
      parseError(withHeader(R"({"w":{"dtype":"I64","shape":[2305843009213693952,1],"data_offsets":[0,0]}})", 0)),
      HasSubstr("too large for the file"));
  EXPECT_THAT(parseError(withHeader(R"({"w":{"dtype":"F32","shape":[18446744073709551615],"data_offsets":[0,0]}})", 0)),
              HasSubstr("too large for the file"));
}

TEST(SafeTensorsFuzzRegressions, ZeroDimensionNextToAHugeOneIsStillEmpty) {
  const SafeTensors file =
      parseSafeTensors(withHeader(R"({"w":{"dtype":"F32","shape":[0,1000000],"data_offsets":[0,0]}})", 0), "ok");
  EXPECT_EQ(file.tensor("w").numel(), 0);
}

TEST(SafeTensorsFuzzRegressions, HeaderThatIsNotAnObject) {
  EXPECT_THAT(parseError(withHeader("[1,2]", 0)), HasSubstr("not an object"));
  EXPECT_THAT(parseError(withHeader("null", 0)), HasSubstr("not an object"));
}

}  // namespace
}  // namespace alexnet
