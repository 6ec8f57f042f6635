// `alexnet-lab inspect` end to end: runs the built binary (ALEXNET_APP_PATH) on images written by
// the test (a tiny PNG encoder below, zlib for IDAT and CRC), on the fixtures in tests/data/images
// (scripts/make_image_fixtures.sh) and on hostile files, and checks stdout, stderr, exit status,
// the --dump tensors and the --png files.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "app/text_files.h"
#include "alexnet/core/data/fashion_mnist.h"
#include "alexnet/core/data/preprocess.h"
#include "alexnet/core/io/safetensors.h"

namespace alexnet {
namespace {

namespace fs = std::filesystem;
using test::readText;
using ::testing::HasSubstr;
using Bytes = std::vector<std::uint8_t>;

const fs::path kImages = fs::path(ALEXNET_TEST_DATA_DIR) / "images";

struct RunResult {
  int status = -1;
  std::string out, err;
};

void writeBytes(const fs::path& path, const Bytes& bytes) {
  std::ofstream out(path, std::ios::binary);
  out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
}

std::string quote(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

// PNG chunk: length, type, data, CRC-32 of type + data (all big-endian).
void putU32(Bytes& out, std::uint32_t v) {
  for (int shift = 24; shift >= 0; shift -= 8) out.push_back(static_cast<std::uint8_t>(v >> shift));
}
void putChunk(Bytes& png, const char* type, const Bytes& data) {
  putU32(png, static_cast<std::uint32_t>(data.size()));
  Bytes body(type, type + 4);
  body.insert(body.end(), data.begin(), data.end());
  png.insert(png.end(), body.begin(), body.end());
  putU32(png, static_cast<std::uint32_t>(crc32(0, body.data(), static_cast<uInt>(body.size()))));
}

// 8-bit PNG, colour type 0 (gray, channels 1) or 2 (RGB, channels 3); `pixels` interleaved rows.
Bytes encodePng(std::uint32_t width, std::uint32_t height, int channels, const Bytes& pixels) {
  Bytes png{0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  Bytes ihdr;
  putU32(ihdr, width);
  putU32(ihdr, height);
  ihdr.insert(ihdr.end(), {8, static_cast<std::uint8_t>(channels == 3 ? 2 : 0), 0, 0, 0});
  putChunk(png, "IHDR", ihdr);
  Bytes raw;  // each row: filter byte 0, then the row
  const std::size_t stride = static_cast<std::size_t>(width) * static_cast<std::size_t>(channels);
  for (std::size_t y = 0; y < height && !pixels.empty(); ++y) {
    raw.push_back(0);
    raw.insert(raw.end(), pixels.begin() + static_cast<std::ptrdiff_t>(y * stride),
               pixels.begin() + static_cast<std::ptrdiff_t>((y + 1) * stride));
  }
  uLongf size = compressBound(static_cast<uLong>(raw.size()));
  Bytes idat(size);
  compress2(idat.data(), &size, raw.data(), static_cast<uLong>(raw.size()), 6);
  idat.resize(size);
  putChunk(png, "IDAT", idat);
  putChunk(png, "IEND", {});
  return png;
}

// The picture the tests use: 40x30 RGB, white background, a dark blue-grey 14x16 object in the middle.
Image testPicture() {
  Image image{.width = 40, .height = 30, .channels = 3, .type = PixelType::U8, .u8 = {}, .f32 = {}};
  for (int y = 0; y < 30; ++y)
    for (int x = 0; x < 40; ++x) {
      const bool object = x >= 13 && x < 27 && y >= 7 && y < 23;
      const std::uint8_t rgb[3] = {static_cast<std::uint8_t>(object ? 40 + x : 255),
                                   static_cast<std::uint8_t>(object ? 50 + y : 255),
                                   static_cast<std::uint8_t>(object ? 90 : 255)};
      image.u8.insert(image.u8.end(), rgb, rgb + 3);
    }
  return image;
}

class InspectCli : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    m_dir =
        fs::temp_directory_path() / ("alexnet_inspect_" + std::string(info->name()) + "_" + std::to_string(::getpid()));
    fs::remove_all(m_dir);
    fs::create_directories(m_dir);
  }
  void TearDown() override { fs::remove_all(m_dir); }

  RunResult run(const std::vector<std::string>& args) const {
    std::string command = quote(ALEXNET_APP_PATH) + " inspect";
    for (const auto& a : args) command += " " + quote(a);
    const fs::path out = m_dir / "stdout.txt", err = m_dir / "stderr.txt";
    command += " >" + quote(out.string()) + " 2>" + quote(err.string());
    RunResult r;
    const int raw = std::system(command.c_str());
    r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    r.out = readText(out);
    r.err = readText(err);
    return r;
  }

  fs::path writePicture(const std::string& name) const {
    const Image picture = testPicture();
    const fs::path path = m_dir / name;
    writeBytes(path, encodePng(40, 30, 3, picture.u8));
    return path;
  }

  // Runs inspect on `image` with --dump and returns the dumped input tensor.
  Tensor dumpedInput(const fs::path& image, const std::string& model = "lenet") const {
    const fs::path dump = m_dir / (image.stem().string() + ".safetensors");
    const RunResult r = run({"--model", model, "--image", image.string(), "--dump", dump.string()});
    EXPECT_EQ(r.status, 0) << r.err;
    if (r.status != 0) return {};
    return readSafeTensors(dump).tensor("input");
  }

  fs::path m_dir;
};

// Width and height from a PNG file's IHDR chunk.
std::pair<std::uint32_t, std::uint32_t> pngSize(const fs::path& path) {
  const std::string bytes = readText(path);
  if (bytes.size() < 24) return {0, 0};
  auto u32 = [&](std::size_t at) {
    std::uint32_t v = 0;
    for (std::size_t i = 0; i < 4; ++i) v = (v << 8) | static_cast<std::uint8_t>(bytes[at + i]);
    return v;
  };
  return {u32(16), u32(20)};
}

float maxAbsDiff(const Tensor& a, const Tensor& b) {
  EXPECT_EQ(a.shape(), b.shape());
  if (a.shape() != b.shape()) return INFINITY;
  float worst = 0.0f;
  for (std::int64_t i = 0; i < a.numel(); ++i) worst = std::max(worst, std::abs(a[i] - b[i]));
  return worst;
}

TEST_F(InspectCli, GeneratedPngGivesJsonDumpAndPngs) {
  const fs::path image = writePicture("shoe.png");
  const fs::path dump = m_dir / "dump.safetensors", pngs = m_dir / "maps";
  const RunResult r =
      run({"--model", "lenet", "--image", image.string(), "--json", "--dump", dump.string(), "--png", pngs.string()});
  ASSERT_EQ(r.status, 0) << r.err;

  const nlohmann::json j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j.at("model"), "lenet");
  const auto& layers = j.at("layers");
  ASSERT_EQ(layers.size(), 12u);
  EXPECT_EQ(layers[0].at("index"), 0);
  EXPECT_EQ(layers[0].at("type"), "Conv2d");
  EXPECT_EQ(layers[0].at("output_shape"), nlohmann::json({1, 6, 28, 28}));
  EXPECT_EQ(layers[11].at("output_shape"), nlohmann::json({1, 10}));
  for (const auto& layer : layers) {
    EXPECT_LE(layer.at("min").get<double>(), layer.at("mean").get<double>());
    EXPECT_LE(layer.at("mean").get<double>(), layer.at("max").get<double>());
  }
  EXPECT_GE(layers[1].at("min").get<double>(), 0.0);  // Sigmoid
  EXPECT_LE(layers[1].at("max").get<double>(), 1.0);
  const auto& probs = j.at("probabilities");
  ASSERT_EQ(probs.size(), 10u);
  double sum = 0.0, best = -1.0;
  std::string bestName;
  for (std::size_t i = 0; i < 10; ++i) {
    EXPECT_EQ(probs[i].at("class"), fashionMnistClassNames()[i]);
    const double p = probs[i].at("probability");
    sum += p;
    if (p > best) best = p, bestName = probs[i].at("class");
  }
  EXPECT_NEAR(sum, 1.0, 1e-5);
  EXPECT_EQ(j.at("prediction").at("class"), bestName);
  EXPECT_DOUBLE_EQ(j.at("prediction").at("probability").get<double>(), best);

  // --dump: input, out.<i> for each layer, probs; the input is what core's preprocessing gives.
  const SafeTensors d = readSafeTensors(dump);
  const PreprocessResult expected = preprocessImage(testPicture(), {.size = 28});
  EXPECT_TRUE(expected.inverted);
  EXPECT_LE(maxAbsDiff(d.tensor("input"), expected.tensor), 1e-6f);
  for (int i = 0; i < 12; ++i) EXPECT_TRUE(d.floats.count("out." + std::to_string(i))) << i;
  EXPECT_EQ(d.tensor("out.3").shape(), (Shape{1, 16, 10, 10}));
  const Tensor& p = d.tensor("probs");
  ASSERT_EQ(p.shape(), (Shape{1, 10}));
  EXPECT_NEAR(p[0], probs[0].at("probability").get<double>(), 1e-6);
  // JSON statistics agree with the dumped tensors.
  const Tensor& conv = d.tensor("out.0");
  float lo = conv[0], hi = conv[0];
  for (std::int64_t i = 0; i < conv.numel(); ++i) lo = std::min(lo, conv[i]), hi = std::max(hi, conv[i]);
  EXPECT_NEAR(layers[0].at("min").get<double>(), lo, 1e-6);
  EXPECT_NEAR(layers[0].at("max").get<double>(), hi, 1e-6);

  // --png: the input and one grid per layer.
  EXPECT_TRUE(fs::exists(pngs / "input.png"));
  EXPECT_TRUE(fs::exists(pngs / "00_Conv2d.png"));
  EXPECT_TRUE(fs::exists(pngs / "11_Linear.png"));
  int files = 0;
  for (const auto& entry : fs::directory_iterator(pngs)) files += entry.path().extension() == ".png";
  EXPECT_EQ(files, 13);
  const std::string head = readText(pngs / "00_Conv2d.png").substr(0, 8);
  EXPECT_EQ(head, std::string("\x89PNG\r\n\x1a\n", 8));
  // conv1: 6 maps of 28x28 enlarged 2x to 56x56 tiles, 3 columns x 2 rows, 1-pixel gaps, an 8-pixel
  // colour bar under the grid: (3·56 + 4) x (2·56 + 3 + 8 + 1).
  EXPECT_EQ(pngSize(pngs / "00_Conv2d.png"), std::make_pair(172u, 124u));
  // The 10 logits as a strip of 8-pixel cells: (10·8 + 11) x (8 + 2 + 8 + 1).
  EXPECT_EQ(pngSize(pngs / "11_Linear.png"), std::make_pair(91u, 19u));
  EXPECT_EQ(pngSize(pngs / "input.png"), std::make_pair(28u, 28u));

  // --png onto an existing file fails with one line naming it.
  const RunResult bad = run({"--model", "lenet", "--image", image.string(), "--png", image.string()});
  EXPECT_EQ(bad.status, 1);
  EXPECT_THAT(bad.err, HasSubstr(image.string() + ": cannot create the directory"));
}

TEST_F(InspectCli, PlainOutputListsLayersAndPrediction) {
  const fs::path image = writePicture("plain.png");
  const RunResult r = run({"--model", "lenet", "--image", image.string()});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("Conv2d"));
  EXPECT_THAT(r.out, HasSubstr("[1, 6, 28, 28]"));
  EXPECT_THAT(r.out, HasSubstr("sample 0: class "));
}

TEST_F(InspectCli, FormatVariantsGiveTheSameInput) {
  const Tensor reference = dumpedInput(kImages / "rgb8.png");
  ASSERT_EQ(reference.shape(), (Shape{1, 1, 28, 28}));
  // The object is light after inverting the white background.
  EXPECT_GT(reference.at(0, 0, 14, 14), 0.5f);
  EXPECT_LT(reference.at(0, 0, 0, 0), 0.01f);
  EXPECT_LE(maxAbsDiff(dumpedInput(kImages / "rgb16.png"), reference), 1.5f / 255.0f);
  EXPECT_LE(maxAbsDiff(dumpedInput(kImages / "palette.png"), reference), 1.0f / 255.0f);
  EXPECT_LE(maxAbsDiff(dumpedInput(kImages / "alpha.png"), reference), 1.0f / 255.0f);  // over white
  EXPECT_LE(maxAbsDiff(dumpedInput(kImages / "rgb.jpg"), reference), 3.0f / 255.0f);
  EXPECT_LE(maxAbsDiff(dumpedInput(kImages / "cmyk.jpg"), reference), 3.0f / 255.0f);
}

TEST_F(InspectCli, SixteenBitGrayKeepsItsPrecision) {
  // Object gray 35% of 65535 = 22937 → 0.35 after inverting: 8 bits would give 1 − 89/255 = 0.65098.
  const Tensor x = dumpedInput(kImages / "gray16.png");
  ASSERT_EQ(x.shape(), (Shape{1, 1, 28, 28}));
  EXPECT_NEAR(x.at(0, 0, 14, 14), 1.0f - 22937.0f / 65535.0f, 2e-5f);
}

TEST_F(InspectCli, ThreeChannelModelKeepsColour) {
  const fs::path dump = m_dir / "rgb.safetensors";
  const RunResult r =
      run({"--model", "alexnet2012", "--image", (kImages / "rgb8.png").string(), "--dump", dump.string()});
  ASSERT_EQ(r.status, 0) << r.err;
  const SafeTensors d = readSafeTensors(dump);
  const Tensor& x = d.tensor("input");
  ASSERT_EQ(x.shape(), (Shape{1, 3, 224, 224}));
  // Red object (200, 40, 40) on white, inverted: R small, G and B large in the middle.
  EXPECT_NEAR(x.at(0, 0, 112, 112), 1.0f - 200.0f / 255.0f, 1e-5f);
  EXPECT_NEAR(x.at(0, 1, 112, 112), 1.0f - 40.0f / 255.0f, 1e-5f);
  EXPECT_EQ(d.tensor("probs").shape(), (Shape{1, 1000}));
}

TEST_F(InspectCli, BadImagesFailWithTheFileName) {
  struct Case {
    std::string name;
    Bytes bytes;
    std::string problem;
  };
  const std::string text = "this is not an image\n";
  std::vector<Case> cases{{"empty.png", {}, "empty file"},
                          {"text.png", Bytes(text.begin(), text.end()), "not an image"},
                          {"truncated.png", {}, "cannot decode"},
                          {"truncated.jpg", {}, "truncated JPEG"}};
  fs::copy_file(kImages / "truncated.png", m_dir / "truncated.png");
  fs::copy_file(kImages / "truncated.jpg", m_dir / "truncated.jpg");
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    const fs::path path = m_dir / c.name;
    if (!c.bytes.empty() || c.name == "empty.png") writeBytes(path, c.bytes);
    const RunResult r = run({"--model", "lenet", "--image", path.string()});
    EXPECT_EQ(r.status, 1);
    EXPECT_THAT(r.err, HasSubstr(path.string()));
    EXPECT_THAT(r.err, HasSubstr(c.problem));
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;  // one line
    EXPECT_EQ(r.out, "");
  }
  const RunResult missing = run({"--model", "lenet", "--image", (m_dir / "nope.png").string()});
  EXPECT_EQ(missing.status, 1);
  EXPECT_THAT(missing.err, HasSubstr("nope.png: no such file"));
}

TEST_F(InspectCli, HugePngHeaderIsRefusedWithoutDecoding) {
  // A valid 30000x30000 gray PNG header with one tiny IDAT: decoding it would need 900 MB.
  const fs::path path = m_dir / "huge.png";
  writeBytes(path, encodePng(30000, 30000, 1, {}));
  const auto start = std::chrono::steady_clock::now();
  const RunResult r = run({"--model", "lenet", "--image", path.string()});
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_EQ(r.status, 1);
  EXPECT_THAT(r.err, HasSubstr(path.string()));
  EXPECT_THAT(r.err, HasSubstr("30000x30000"));
  EXPECT_THAT(r.err, HasSubstr("scale it down"));
  EXPECT_LT(seconds, 10.0);
}

TEST_F(InspectCli, UsageErrors) {
  const fs::path image = writePicture("u.png");
  EXPECT_EQ(run({"--model", "lenet"}).status, 2);                                              // no input
  EXPECT_EQ(run({"--model", "lenet", "--image", image.string(), "--sample", "0"}).status, 2);  // two inputs
  const RunResult negative = run({"--model", "lenet", "--sample", "-1"});
  EXPECT_EQ(negative.status, 2);
  EXPECT_THAT(negative.err, HasSubstr("--sample"));
}

TEST_F(InspectCli, SampleFromTheTestSet) {
  const fs::path dir{std::string(kDefaultFashionMnistDir)};
  if (!fs::exists(dir / "t10k-images-idx3-ubyte.gz"))
    GTEST_SKIP() << dir.string() << " not installed (apt-get install dataset-fashion-mnist)";
  const fs::path dump = m_dir / "s.safetensors";
  const RunResult r = run({"--model", "lenet", "--sample", "0", "--json", "--dump", dump.string()});
  ASSERT_EQ(r.status, 0) << r.err;
  const nlohmann::json j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j.at("input").at("label"), 9);
  EXPECT_EQ(j.at("input").at("label_class"), "Ankle boot");
  const ImageSet set = loadFashionMnist(Split::Test, {.directory = dir, .limit = 1});
  EXPECT_LE(maxAbsDiff(readSafeTensors(dump).tensor("input"), set.batch(0, 1)), 1e-6f);

  const RunResult outOfRange = run({"--model", "lenet", "--sample", "10000"});
  EXPECT_EQ(outOfRange.status, 1);
  EXPECT_THAT(outOfRange.err, HasSubstr("10000"));
  const RunResult noData = run({"--model", "lenet", "--sample", "0", "--data", (m_dir / "none").string()});
  EXPECT_EQ(noData.status, 1);
  EXPECT_THAT(noData.err, HasSubstr("apt-get install dataset-fashion-mnist"));
}

TEST_F(InspectCli, SampleResizedForAlexNet) {
  const fs::path dir{std::string(kDefaultFashionMnistDir)};
  if (!fs::exists(dir / "t10k-images-idx3-ubyte.gz"))
    GTEST_SKIP() << dir.string() << " not installed (apt-get install dataset-fashion-mnist)";
  const fs::path dump = m_dir / "a.safetensors";
  const RunResult r = run({"--model", "alexnet", "--widths", "12,32,48,48,32,64,64", "--input-size", "96", "--sample",
                           "1", "--dump", dump.string()});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(readSafeTensors(dump).tensor("input").shape(), (Shape{1, 1, 96, 96}));
}

}  // namespace
}  // namespace alexnet
