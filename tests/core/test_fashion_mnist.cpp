// Fashion-MNIST IDX reader: good and corrupt files made in the test (gzip written with zlib into a
// temporary directory), plus a smoke test on the installed dataset when it is present.
#include "alexnet/core/data/fashion_mnist.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unistd.h>
#include <zlib.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

namespace alexnet {
namespace {

namespace fs = std::filesystem;
using ::testing::AllOf;
using ::testing::HasSubstr;
using ::testing::ThrowsMessage;
using Bytes = std::vector<std::uint8_t>;

void putU32(Bytes& out, std::uint32_t v) {
  for (int shift = 24; shift >= 0; shift -= 8) out.push_back(static_cast<std::uint8_t>(v >> shift));
}

// IDX images: magic, count, rows, cols, then pixels (pixel p of image i = (i * 31 + p) % 256).
Bytes idxImages(std::uint32_t count, std::uint32_t rows = 28, std::uint32_t cols = 28,
                std::uint32_t magic = 0x00000803) {
  Bytes out;
  putU32(out, magic);
  putU32(out, count);
  putU32(out, rows);
  putU32(out, cols);
  for (std::uint32_t i = 0; i < count; ++i)
    for (std::uint32_t p = 0; p < rows * cols; ++p) out.push_back(static_cast<std::uint8_t>((i * 31 + p) % 256));
  return out;
}

Bytes idxLabels(const Bytes& labels, std::uint32_t magic = 0x00000801) {
  Bytes out;
  putU32(out, magic);
  putU32(out, static_cast<std::uint32_t>(labels.size()));
  out.insert(out.end(), labels.begin(), labels.end());
  return out;
}

Bytes gzipBytes(const Bytes& raw) {
  z_stream s{};
  EXPECT_EQ(deflateInit2(&s, Z_BEST_SPEED, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY), Z_OK);
  Bytes out(deflateBound(&s, raw.size()) + 64);
  s.next_in = const_cast<Bytef*>(raw.data());
  s.avail_in = static_cast<uInt>(raw.size());
  s.next_out = out.data();
  s.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(deflate(&s, Z_FINISH), Z_STREAM_END);
  out.resize(s.total_out);
  deflateEnd(&s);
  return out;
}

void writeFile(const fs::path& path, const Bytes& bytes) {
  std::ofstream out(path, std::ios::binary);
  out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
}

// A fresh directory per test with t10k-* files; each test overwrites what it wants to break.
class FashionMnistFiles : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    m_dir =
        fs::temp_directory_path() / ("alexnet_fmnist_" + std::string(info->name()) + "_" + std::to_string(::getpid()));
    fs::remove_all(m_dir);
    fs::create_directories(m_dir);
    writeImages(gzipBytes(idxImages(3)));
    writeLabels(gzipBytes(idxLabels({9, 0, 3})));
  }
  void TearDown() override { fs::remove_all(m_dir); }

  fs::path imagesPath() const { return m_dir / "t10k-images-idx3-ubyte.gz"; }
  fs::path labelsPath() const { return m_dir / "t10k-labels-idx1-ubyte.gz"; }
  void writeImages(const Bytes& gz) const { writeFile(imagesPath(), gz); }
  void writeLabels(const Bytes& gz) const { writeFile(labelsPath(), gz); }
  ImageSet load(std::int64_t limit = 0) const {
    return loadFashionMnist(Split::Test, {.directory = m_dir, .limit = limit});
  }

  fs::path m_dir;
};

TEST(FashionMnistClassNames, MatchProductOrder) {
  const auto& names = fashionMnistClassNames();
  EXPECT_EQ(names[0], "T-shirt/top");
  EXPECT_EQ(names[1], "Trouser");
  EXPECT_EQ(names[6], "Shirt");
  EXPECT_EQ(names[9], "Ankle boot");
}

TEST_F(FashionMnistFiles, ReadsGoodFiles) {
  const ImageSet set = load();
  EXPECT_EQ(set.count, 3);
  EXPECT_EQ(set.rows, 28);
  EXPECT_EQ(set.cols, 28);
  ASSERT_EQ(set.pixels.size(), 3u * 28 * 28);
  EXPECT_EQ(set.labels, (Bytes{9, 0, 3}));
  EXPECT_EQ(set.pixels[0], 0);
  EXPECT_EQ(set.pixels[28 * 28 + 5], (31 + 5) % 256);  // image 1, pixel 5

  const Tensor b = set.batch(1, 2);  // (2, 1, 28, 28)
  EXPECT_EQ(b.shape(), (Shape{2, 1, 28, 28}));
  EXPECT_FLOAT_EQ(b.at(0, 0, 0, 5), static_cast<float>((31 + 5) % 256) / 255.0f);
  EXPECT_FLOAT_EQ(b.at(1, 0, 1, 0), static_cast<float>((62 + 28) % 256) / 255.0f);

  const Tensor g = set.gather({2, 0});  // (2, 1, 28, 28)
  EXPECT_EQ(g.shape(), (Shape{2, 1, 28, 28}));
  EXPECT_FLOAT_EQ(g.at(0, 0, 0, 0), 62.0f / 255.0f);
  EXPECT_FLOAT_EQ(g.at(1, 0, 0, 3), 3.0f / 255.0f);
  EXPECT_THROW(set.batch(2, 2), std::out_of_range);
  EXPECT_THROW(set.gather({3}), std::out_of_range);
}

TEST_F(FashionMnistFiles, LimitKeepsTheFirstExamples) {
  const ImageSet set = load(2);
  EXPECT_EQ(set.count, 2);
  EXPECT_EQ(set.pixels.size(), 2u * 28 * 28);
  EXPECT_EQ(set.labels, (Bytes{9, 0}));
  EXPECT_EQ(load(10).count, 3);  // a limit above the count reads everything
}

TEST_F(FashionMnistFiles, ReadsTrainSplitNames) {
  fs::rename(imagesPath(), m_dir / "train-images-idx3-ubyte.gz");
  fs::rename(labelsPath(), m_dir / "train-labels-idx1-ubyte.gz");
  EXPECT_EQ(loadFashionMnist(Split::Train, {.directory = m_dir}).count, 3);
  EXPECT_THAT([&] { load(); }, ThrowsMessage<DatasetError>(HasSubstr("t10k-images-idx3-ubyte.gz")));
}

TEST_F(FashionMnistFiles, ConcatenatedGzipMembersAreOneStream) {
  const Bytes raw = idxImages(3);
  const Bytes first(raw.begin(), raw.begin() + 1000), second(raw.begin() + 1000, raw.end());
  Bytes gz = gzipBytes(first);
  const Bytes tail = gzipBytes(second);
  gz.insert(gz.end(), tail.begin(), tail.end());
  writeImages(gz);
  EXPECT_EQ(load().pixels, Bytes(raw.begin() + 16, raw.end()));
}

TEST_F(FashionMnistFiles, WrongMagicNamesTheFile) {
  writeImages(gzipBytes(idxImages(3, 28, 28, 0x00000801)));
  EXPECT_THAT([&] { load(); }, ThrowsMessage<DatasetError>(AllOf(HasSubstr(imagesPath().string()),
                                                                 HasSubstr("wrong magic number 0x00000801"),
                                                                 HasSubstr("this is a labels file"))));
  SetUp();
  writeLabels(gzipBytes(idxLabels({1, 2, 3}, 0x12345678)));
  EXPECT_THAT([&] { load(); }, ThrowsMessage<DatasetError>(AllOf(HasSubstr(labelsPath().string()),
                                                                 HasSubstr("wrong magic number 0x12345678"))));
}

TEST_F(FashionMnistFiles, WrongDimensions) {
  writeImages(gzipBytes(idxImages(3, 27, 28)));
  EXPECT_THAT([&] { load(); }, ThrowsMessage<DatasetError>(
                                   AllOf(HasSubstr(imagesPath().string()), HasSubstr("27x28"), HasSubstr("28x28"))));
  writeImages(gzipBytes(idxImages(3, 0, 28)));
  EXPECT_THAT([&] { load(); }, ThrowsMessage<DatasetError>(HasSubstr("bad image dimensions 0x28")));
  Bytes huge;  // a header claiming 100000x100000 images with no data must not allocate
  putU32(huge, 0x803);
  putU32(huge, 1);
  putU32(huge, 100000);
  putU32(huge, 100000);
  writeImages(gzipBytes(huge));
  EXPECT_THAT([&] { load(); }, ThrowsMessage<DatasetError>(HasSubstr("bad image dimensions")));
}

TEST_F(FashionMnistFiles, TruncatedIdxData) {
  Bytes raw = idxImages(3);
  raw.resize(raw.size() - 100);
  writeImages(gzipBytes(raw));
  EXPECT_THAT([&] { load(); },
              ThrowsMessage<DatasetError>(AllOf(HasSubstr(imagesPath().string()), HasSubstr("truncated data"),
                                                HasSubstr("3 images of 28x28"))));
  Bytes header = idxImages(0);
  header.resize(10);  // not even a full header
  writeImages(gzipBytes(header));
  EXPECT_THAT([&] { load(); }, ThrowsMessage<DatasetError>(HasSubstr("truncated IDX header")));
  writeImages(gzipBytes({}));
  EXPECT_THAT([&] { load(); }, ThrowsMessage<DatasetError>(HasSubstr("truncated IDX file")));
}

TEST_F(FashionMnistFiles, TrailingBytesAfterTheData) {
  Bytes raw = idxLabels({1, 2, 3});
  raw.push_back(7);
  writeLabels(gzipBytes(raw));
  EXPECT_THAT([&] { load(); },
              ThrowsMessage<DatasetError>(AllOf(HasSubstr(labelsPath().string()), HasSubstr("1 unexpected bytes"))));
}

TEST_F(FashionMnistFiles, TruncatedGzipStream) {
  Bytes gz = gzipBytes(idxImages(3));
  gz.resize(gz.size() / 2);
  writeImages(gz);
  EXPECT_THAT([&] { load(); },
              ThrowsMessage<DatasetError>(AllOf(HasSubstr(imagesPath().string()), HasSubstr("truncated gzip data"))));
  gz = gzipBytes(idxImages(3));
  gz.resize(gz.size() - 4);  // only the trailing length field missing
  writeImages(gz);
  EXPECT_THAT([&] { load(); }, ThrowsMessage<DatasetError>(HasSubstr("truncated gzip data")));
}

TEST_F(FashionMnistFiles, CorruptGzipStream) {
  Bytes gz = gzipBytes(idxImages(3));
  gz[gz.size() - 6] ^= 0xff;  // inside the CRC-32 trailer
  writeImages(gz);
  EXPECT_THAT([&] { load(); },
              ThrowsMessage<DatasetError>(AllOf(HasSubstr(imagesPath().string()), HasSubstr("corrupt gzip data"))));
  gz = gzipBytes(idxImages(3));
  gz.push_back('x');
  gz.push_back('y');
  writeImages(gz);
  EXPECT_THAT([&] { load(); }, ThrowsMessage<DatasetError>(HasSubstr("trailing garbage")));
}

TEST_F(FashionMnistFiles, NonGzipData) {
  writeImages(idxImages(3));  // raw IDX under a .gz name
  EXPECT_THAT([&] { load(); },
              ThrowsMessage<DatasetError>(AllOf(HasSubstr(imagesPath().string()), HasSubstr("not gzip data"))));
  writeImages({});
  EXPECT_THAT([&] { load(); }, ThrowsMessage<DatasetError>(HasSubstr("empty file")));
}

TEST_F(FashionMnistFiles, CountsDisagree) {
  writeLabels(gzipBytes(idxLabels({1, 2})));
  EXPECT_THAT([&] { load(); },
              ThrowsMessage<DatasetError>(AllOf(HasSubstr(imagesPath().string()), HasSubstr(labelsPath().string()),
                                                HasSubstr("holds 3 images but"), HasSubstr("holds 2 labels"))));
}

TEST_F(FashionMnistFiles, LabelOutOfRange) {
  writeLabels(gzipBytes(idxLabels({1, 10, 3})));
  EXPECT_THAT([&] { load(); },
              ThrowsMessage<DatasetError>(AllOf(HasSubstr(labelsPath().string()), HasSubstr("label 10 at index 1"),
                                                HasSubstr("outside 0..9"))));
}

TEST_F(FashionMnistFiles, MissingDirectoryAndFiles) {
  const fs::path missing = m_dir / "nope";
  EXPECT_THAT(
      [&] { loadFashionMnist(Split::Test, {.directory = missing}); },
      ThrowsMessage<DatasetError>(AllOf(HasSubstr(missing.string()), HasSubstr("apt-get install dataset-fashion-mnist"),
                                        HasSubstr("--data DIR"))));
  fs::remove(labelsPath());
  EXPECT_THAT([&] { load(); },
              ThrowsMessage<DatasetError>(AllOf(HasSubstr(labelsPath().string()), HasSubstr("file not found"))));
  EXPECT_THAT([&] { loadFashionMnist(Split::Test, {.directory = imagesPath()}); },
              ThrowsMessage<DatasetError>(HasSubstr("is not a directory")));
}

TEST_F(FashionMnistFiles, UncompressedTwinIsReadWhenTheGzipIsAbsent) {
  fs::remove(labelsPath());
  writeFile(m_dir / "t10k-labels-idx1-ubyte", idxLabels({4, 5, 6}));
  EXPECT_EQ(load().labels, (Bytes{4, 5, 6}));
}

TEST(FashionMnistParse, LowLevelParsersNameTheSource) {
  EXPECT_THAT(
      [] {
        parseIdxImages({0, 0, 8, 3, 0}, "mem.idx");
      },
      ThrowsMessage<DatasetError>(HasSubstr("mem.idx: truncated IDX header")));
  EXPECT_EQ(parseIdxLabels(idxLabels({}), "empty").size(), 0u);
  const ImageSet small = parseIdxImages(idxImages(2, 3, 4), "small");  // the generic parser accepts 3x4
  EXPECT_EQ(small.rows, 3);
  EXPECT_EQ(small.cols, 4);
  EXPECT_EQ(small.pixels.size(), 24u);
}

// Hostile bytes: random corruptions of a good gzip file and of a good IDX payload must either
// parse or throw DatasetError naming the file; never crash, hang or throw anything else.
TEST_F(FashionMnistFiles, RandomCorruptionsFailCleanly) {
  std::mt19937 rng(1234);
  const Bytes goodRaw = idxImages(2, 4, 5);
  const Bytes goodGz = gzipBytes(goodRaw);
  int errors = 0;
  for (int round = 0; round < 400; ++round) {
    const bool corruptGzip = round % 2 == 0;
    Bytes bytes = corruptGzip ? goodGz : goodRaw;
    const int edits = 1 + static_cast<int>(rng() % 4);
    for (int e = 0; e < edits; ++e) {
      const std::size_t at = rng() % bytes.size();
      switch (rng() % 3) {
        case 0:
          bytes[at] = static_cast<std::uint8_t>(rng());
          break;
        case 1:
          bytes.resize(at + 1);
          break;
        default:
          bytes.insert(bytes.begin() + static_cast<std::ptrdiff_t>(at), static_cast<std::uint8_t>(rng()));
      }
    }
    const fs::path path = m_dir / "fuzz.gz";
    try {
      if (corruptGzip) {
        writeFile(path, bytes);
        parseIdxImages(readGzipFile(path), path.string());
      } else {
        parseIdxImages(bytes, "fuzz.idx");
      }
    } catch (const DatasetError& error) {
      ++errors;
      EXPECT_THAT(error.what(), HasSubstr(corruptGzip ? path.string() : std::string("fuzz.idx")));
    }
  }
  EXPECT_GT(errors, 300);  // almost every corruption is caught
}

// The installed dataset (Debian package dataset-fashion-mnist), when present.
TEST(FashionMnistRealData, FirstHundredTestImages) {
  const fs::path dir{std::string(kDefaultFashionMnistDir)};
  if (!fs::exists(dir / "t10k-images-idx3-ubyte.gz"))
    GTEST_SKIP() << dir.string() << " not installed (apt-get install dataset-fashion-mnist)";
  const ImageSet set = loadFashionMnist(Split::Test, {.directory = dir, .limit = 100});
  EXPECT_EQ(set.count, 100);
  EXPECT_EQ(set.rows, 28);
  EXPECT_EQ(set.cols, 28);
  ASSERT_EQ(set.labels.size(), 100u);
  EXPECT_EQ(set.labels[0], 9);  // the first test image is an ankle boot
  EXPECT_EQ(set.labels[1], 2);  // then a pullover
  std::array<int, 10> seen{};
  for (auto label : set.labels) ++seen[label];
  for (int c = 0; c < 10; ++c) EXPECT_GT(seen[static_cast<std::size_t>(c)], 0) << "class " << c;
  const Tensor x = set.batch(0, 100);  // (100, 1, 28, 28)
  float lo = 1.0f, hi = 0.0f;
  for (std::int64_t i = 0; i < x.numel(); ++i) lo = std::min(lo, x[i]), hi = std::max(hi, x[i]);
  EXPECT_EQ(lo, 0.0f);
  EXPECT_EQ(hi, 1.0f);
  EXPECT_EQ(x.at(0, 0, 0, 0), 0.0f);  // black background
}

}  // namespace
}  // namespace alexnet
