// The project's copy of the reference vectors is byte-identical to what MANIFEST.sha256 lists.
#include <fstream>
#include <map>
#include <sstream>

#include "reference.h"
#include "alexnet/core/io/sha256.h"
#include "alexnet/core/io/weights_library.h"

namespace alexnet::test {
namespace {

std::vector<unsigned char> readBytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string sha256Hex(const std::vector<unsigned char>& data) {
  Sha256 hash;
  hash.update(data.data(), data.size());
  return hash.hex();
}

std::map<std::string, std::string> manifest() {
  std::map<std::string, std::string> lines;
  std::ifstream in(referenceDir() / "MANIFEST.sha256");
  std::string hash, name;
  while (in >> hash >> name) lines[name] = hash;
  return lines;
}

TEST(Sha256, KnownVectors) {
  EXPECT_EQ(sha256Hex({}), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  const std::string abc = "abc";
  EXPECT_EQ(sha256Hex({abc.begin(), abc.end()}), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  // Two blocks, and a chunked update that crosses a block boundary.
  const std::string two = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
  EXPECT_EQ(sha256Hex({two.begin(), two.end()}), "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  Sha256 chunked;
  chunked.update(two.data(), 30);
  chunked.update(two.data() + 30, two.size() - 30);
  EXPECT_EQ(chunked.hex(), "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

TEST(ReferenceManifest, EveryCopiedFileMatchesItsLine) {
  const auto lines = manifest();
  ASSERT_GE(lines.size(), 18u);
  int checked = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(referenceDir())) {
    if (!entry.is_regular_file() || entry.path().filename() == "MANIFEST.sha256") continue;
    const std::string relative = std::filesystem::relative(entry.path(), referenceDir()).generic_string();
    auto it = lines.find(relative);
    ASSERT_NE(it, lines.end()) << relative << " is not listed in MANIFEST.sha256";
    EXPECT_EQ(sha256Hex(readBytes(entry.path())), it->second) << relative << " differs from the manifest";
    ++checked;
  }
  EXPECT_GE(checked, 18);  // 15 ops + 2 e2e + shapes.json (+ float64_diff.json)
}

}  // namespace
}  // namespace alexnet::test
