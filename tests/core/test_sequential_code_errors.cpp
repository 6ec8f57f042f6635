// The nn.Sequential code reader (core/models/sequential_code.h), what it refuses: every message is one
// line "FILE:LINE:COL: problem", pinned here; hostile input (deep nesting, huge files, binary data, random
// mutations of the d2l code) is refused quickly and never escapes as anything but SequentialCodeError.
// The fuzz target's checks (fuzz/fuzz_sequential_code.cpp) run here over its seeds and the mutations.
#include <gmock/gmock.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <string>

#include "alexnet/core/models/sequential_code.h"
#include "sequential_code_samples.h"

#include "../../fuzz/fuzz_sequential_code.cpp"  // LLVMFuzzerTestOneInput: aborts on a broken contract

namespace alexnet::test {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

const std::string P = "net = nn.Sequential(";  // 20 characters: the first module is at column 21

// The message parseSequentialCode throws for `code` (empty when it parses).
std::string errorOf(std::string_view code) {
  try {
    parseSequentialCode(code, "m.py");
  } catch (const SequentialCodeError& e) {
    return e.what();
  }
  return "";
}

TEST(SequentialCodeErrors, PinnedMessages) {
  EXPECT_EQ(errorOf(P + "nn.Conv2d(1, 6, 5), nn.BatchNorm2d(6))"),
            "m.py:1:41: BatchNorm2d is not supported (supported: Conv2d, LazyConv2d, Linear, LazyLinear, ReLU, "
            "Sigmoid, MaxPool2d, AvgPool2d, Flatten, Dropout, LocalResponseNorm)");
  EXPECT_EQ(errorOf(P + "nn.Conv2d(1, 6, kernel_size=5, foo=1))"),
            "m.py:1:52: Conv2d() got an unexpected keyword argument 'foo'");
  EXPECT_EQ(errorOf(P + "nn.Conv2d(1, 6, 5, dilation=2))"), "m.py:1:40: Conv2d: dilation=2 is not supported (only 1)");
  EXPECT_EQ(errorOf(P + "nn.MaxPool2d(kernel_size=(3, 5)))"),
            "m.py:1:34: MaxPool2d: kernel_size=(3, 5) is not supported (height and width must be equal)");
  EXPECT_EQ(errorOf(P + "nn.Conv2d(1 6, 5))"), "m.py:1:33: expected ',' or ')' after an argument, found 6");
  EXPECT_EQ(errorOf("import torch\n\nnet = nn.Sequential(\n    nn.ReLU(),\n    nn.Flatten()\n"),
            "m.py:3:20: '(' was never closed");
  EXPECT_EQ(errorOf("import torch\nX = torch.randn(1, 1, 28, 28)\n"), "m.py:1:1: no nn.Sequential(...) found");
  EXPECT_EQ(errorOf(P + "nn.Linear(4096 * 4096 * 4096 * 4096 * 4096 * 4096, 10))"),
            "m.py:1:64: integer overflow (the result does not fit in 64 bits)");
  EXPECT_EQ(errorOf(P + "nn.Linear(99999999999999999999, 10))"),
            "m.py:1:31: integer 99999999999999999999 is too large (more than 64 bits)");
  EXPECT_EQ(errorOf(P + "nn.Linear(" + std::string(100, '(') + "1" + std::string(100, ')') + ", 1))"),
            "m.py:1:129: brackets nested more than 100 deep");
  EXPECT_EQ(errorOf(P +
                    "nn.ReLU())\n\x7f"
                    "ELF\x02\x01\x01" +
                    std::string(1, '\0') + "\x01"),
            "m.py:2:8: NUL byte: this is a binary file, not Python code");
  EXPECT_EQ(errorOf("# caf\xe9\n" + P + "nn.ReLU())"),
            "m.py:1:6: invalid UTF-8 (byte 0xE9): this is a binary file, not Python code");
}

TEST(SequentialCodeErrors, ArgumentBinding) {
  EXPECT_EQ(errorOf(P + "nn.ReLU(True, 1))"), "m.py:1:35: ReLU() takes at most 1 positional argument (2 given)");
  EXPECT_EQ(errorOf(P + "nn.Sigmoid(1))"), "m.py:1:32: Sigmoid() takes no arguments (1 given)");
  EXPECT_EQ(errorOf(P + "nn.Conv2d(1, 6))"), "m.py:1:21: Conv2d() missing required argument 'kernel_size'");
  EXPECT_EQ(errorOf(P + "nn.Conv2d(1, 6, 5, kernel_size=3))"),
            "m.py:1:40: Conv2d() got multiple values for argument 'kernel_size'");
  EXPECT_EQ(errorOf(P + "nn.Linear(in_features=3, 4))"), "m.py:1:46: positional argument follows keyword argument");
  EXPECT_EQ(errorOf(P + "nn.Linear(*sizes))"), "m.py:1:31: argument unpacking (*, **) is not supported");
  EXPECT_EQ(errorOf(P + "nn.LazyLinear(num_classes))"),
            "m.py:1:35: LazyLinear: name 'num_classes' is not defined here (write the value of out_features)");
  EXPECT_EQ(errorOf(P + "nn.Conv2d(1, 6, 3.0))"),
            "m.py:1:37: Conv2d: kernel_size must be an integer or a pair of "
            "integers, got 3.0");
  EXPECT_EQ(errorOf(P + "nn.ReLU(inplace=1))"), "m.py:1:29: ReLU: inplace must be True or False, got 1");
}

TEST(SequentialCodeErrors, ValuesOurLayersCannotHonour) {
  EXPECT_EQ(errorOf(P + "nn.Linear(3, 4, bias=False))"), "m.py:1:37: Linear: bias=False is not supported (only True)");
  EXPECT_EQ(errorOf(P + "nn.MaxPool2d(3, ceil_mode=True))"),
            "m.py:1:37: MaxPool2d: ceil_mode=True is not supported (only False)");
  EXPECT_EQ(errorOf(P + "nn.AvgPool2d(3, 2, 1))"), "m.py:1:40: AvgPool2d: padding=1 is not supported (only 0)");
  EXPECT_EQ(errorOf(P + "nn.Conv2d(1, 6, 3, padding='same'))"),
            "m.py:1:40: Conv2d: padding='same' is not supported (write the number, e.g. padding=1)");
  EXPECT_EQ(errorOf(P + "nn.Conv2d(1, 6, 3, groups=2))"), "m.py:1:40: Conv2d: groups=2 is not supported (only 1)");
  EXPECT_EQ(errorOf(P + "nn.Conv2d(1, 6, 3, padding_mode='reflect'))"),
            "m.py:1:40: Conv2d: padding_mode='reflect' is not supported (only 'zeros')");
  EXPECT_EQ(errorOf(P + "nn.Flatten(0))"), "m.py:1:32: Flatten: start_dim=0 is not supported (only 1)");
  EXPECT_EQ(errorOf(P + "nn.Dropout(1.0))"), "m.py:1:32: Dropout: p=1.0 is out of range (0 <= p < 1)");
  EXPECT_EQ(errorOf(P + "nn.Dropout(p=-0.5))"), "m.py:1:32: Dropout: p=-0.5 is out of range (0 <= p < 1)");
  EXPECT_EQ(errorOf(P + "nn.Conv2d(1, 0, 3))"), "m.py:1:34: Conv2d: out_channels=0 is out of range (1 to 1048576)");
  EXPECT_EQ(errorOf(P + "nn.Conv2d(1, 6, 5000))"), "m.py:1:37: Conv2d: kernel_size=5000 is out of range (1 to 4096)");
  EXPECT_EQ(errorOf(P + "nn.Linear(1 << 30, 2))"),
            "m.py:1:33: operator '<<' is not supported (only + - * // on integers)");
  EXPECT_EQ(errorOf(P + "nn.Linear(16 * 5 * 5 / 1, 2))"),
            "m.py:1:42: '/' gives a float: use '//' for integer division");
  EXPECT_EQ(errorOf(P + "nn.Linear(6 // 0, 2))"), "m.py:1:33: integer division by zero");
  EXPECT_EQ(errorOf(P + "nn.Dropout(0.25 * 2))"),
            "m.py:1:37: arithmetic on floats is not supported (write the result)");
  EXPECT_EQ(errorOf(P + "nn.LocalResponseNorm(5, alpha=1e999))"), "m.py:1:51: float 1e999 is out of range");
}

TEST(SequentialCodeErrors, Statements) {
  EXPECT_EQ(errorOf(P + "Conv2d(1, 6, 5))"),
            "m.py:1:21: name 'Conv2d' is not defined (write nn.Conv2d or add `from torch.nn import Conv2d`)");
  EXPECT_EQ(errorOf(P + "nn.Sequential(nn.ReLU()))"), "m.py:1:21: nested nn.Sequential is not supported");
  EXPECT_EQ(
      errorOf("b1 = nn.Sequential(nn.ReLU())\n" + P + "b1, nn.Flatten())"),
      "m.py:2:21: expected a module call like nn.ReLU(), found 'b1' (blocks kept in variables are not supported)");
  EXPECT_EQ(errorOf(std::string(kD2lLeNet) + "d2l.train_ch6(net, train_iter, test_iter, 10, 0.9, d2l.try_gpu())\n"),
            "m.py:19:1: unsupported statement: only imports, nn.Sequential(...), X = torch.randn(...), print(...) "
            "and for loops are read");
  EXPECT_EQ(errorOf("def block():\n    return nn.ReLU()\n"),
            "m.py:1:1: unsupported statement: only imports, nn.Sequential(...), X = torch.randn(...), print(...) "
            "and for loops are read");
  EXPECT_EQ(errorOf("  " + P + "nn.ReLU())"), "m.py:1:3: unexpected indent");
  EXPECT_EQ(errorOf(P + "nn.ReLU())\nfor i in range(3):\n    net.add_module(str(i), nn.ReLU())\n"),
            "m.py:3:5: a for loop that uses 'net' in its body is not read (only loops like `for layer in net:` that "
            "leave the network alone are skipped)");
  EXPECT_EQ(errorOf(P + "nn.ReLU())\nfor layer in net:\nprint(layer)\n"),
            "m.py:3:1: expected an indented block after 'for' statement on line 2");
  EXPECT_EQ(errorOf("a = nn.Sequential(nn.ReLU())\nb = nn.Sequential(nn.ReLU())"),
            "m.py:2:5: a second nn.Sequential (the first is at line 1): assign the one to read to 'net'");
  EXPECT_EQ(errorOf(P + "nn.ReLU())\n" + P + "nn.ReLU())"),
            "m.py:2:7: 'net' is assigned a second nn.Sequential (the first is at line 1)");
  EXPECT_EQ(errorOf(P + ")"), "m.py:1:7: nn.Sequential() has no layers");
  EXPECT_EQ(errorOf(P + "nn.ReLU())\nX = torch.randn(1, 784)"),
            "m.py:2:5: X = torch.randn(): the input must be 4-D (N, C, H, W), got 2 sizes");
  EXPECT_EQ(errorOf(P + "nn.ReLU())\nX = torch.randn(1, 1, 28, 32)"),
            "m.py:2:5: torch.randn(): a non-square input (28×32) is not supported");
  EXPECT_EQ(errorOf(P + "nn.ReLU())\nX = torch.randn(1, 0, 28, 28)"),
            "m.py:2:20: torch.randn(): channels 0 is out of range (1 to 1048576)");
  EXPECT_EQ(errorOf(P + "nn.ReLU())\nX = torch.randn(1, 1, 8, 8, dtype=torch.int64)"),
            "m.py:2:29: torch.randn(): dtype=torch.int64 is not supported (only torch.float32)");
  EXPECT_EQ(errorOf(P + "nn.Conv2d(1, 6, padding_mode='zeros))"), "m.py:1:50: unterminated string literal");
  EXPECT_EQ(errorOf(P + "nn.ReLU(]"), "m.py:1:29: closing parenthesis ']' does not match opening parenthesis '('");
  EXPECT_EQ(errorOf(P + "nn.ReLU()))"), "m.py:1:31: unmatched ')'");
  EXPECT_EQ(errorOf(P + "nn.ReLU() $)"), "m.py:1:31: invalid character '$' (U+0024)");
  EXPECT_EQ(errorOf(P + "nn.ReLU(), 变)"), "m.py:1:32: invalid character '变' (U+53D8)");
  EXPECT_EQ(errorOf(P + "nn.Linear(0x10, 2))"), "m.py:1:31: only decimal numbers are supported, not '0x…'");
  // Found by the fuzzer: a value shown in a message could carry the line break of a triple-quoted string.
  EXPECT_EQ(errorOf(P + "nn.Linear(-\"\"\"a\n\tb\"\"\", 2))"), "m.py:1:31: a sign needs integers, got 'a\\n\\tb'");
}

TEST(SequentialCodeErrors, FilesAreNamedInMessages) {
  const fs::path dir = fs::temp_directory_path() / ("alexnet_seqcode_" + std::to_string(std::random_device{}()));
  fs::create_directories(dir);
  const auto write = [&](const std::string& name, const std::string& bytes) {
    std::ofstream(dir / name, std::ios::binary) << bytes;
    return dir / name;
  };
  const auto message = [](const fs::path& path) -> std::string {
    try {
      readSequentialCodeFile(path);
    } catch (const SequentialCodeError& e) {
      return e.what();
    }
    return "";
  };
  const fs::path good = write("lenet.py", std::string(kD2lLeNet));
  EXPECT_EQ(readSequentialCodeFile(good).fileName, good.string());
  EXPECT_EQ(readSequentialCodeFile(good).layers.size(), 12u);
  const fs::path missing = dir / "missing.py";
  EXPECT_EQ(message(missing), missing.string() + ": cannot open: No such file or directory");
  EXPECT_EQ(message(dir), dir.string() + ": is a directory, not a file");
  const fs::path big = write("big.py", std::string(5 << 20, '#'));
  EXPECT_EQ(message(big), big.string() + ":1:1: the code is 5242880 bytes: at most 1048576 (1 MiB) is read");
  const fs::path png = write("weights.png", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  EXPECT_EQ(message(png), png.string() + ":1:1: invalid UTF-8 (byte 0x89): this is a binary file, not Python code");
  const fs::path nul = write("nul.py", P + "nn.ReLU())\n\n  " + std::string(1, '\0'));
  EXPECT_EQ(message(nul), nul.string() + ":3:3: NUL byte: this is a binary file, not Python code");
  fs::remove_all(dir);
}

TEST(SequentialCodeRobustness, HostileInputIsRefusedQuickly) {
  const std::string deep = P + std::string(100000, '(') + std::string(100000, ')') + ")";
  EXPECT_EQ(errorOf(deep), "m.py:1:120: brackets nested more than 100 deep");
  EXPECT_EQ(errorOf(P + "nn.Linear(" + std::string(99999, '-') + "1, 2))"),
            "m.py:1:31: Linear: in_features=-1 is out of range (1 to 1048576)");  // signs are not recursion
  EXPECT_EQ(errorOf(std::string(5 << 20, 'x')), "m.py:1:1: the code is 5242880 bytes: at most 1048576 (1 MiB) is read");
  // A long line just under the limit: a 1 MB comment, then a list of 300 000 ints where a pair belongs.
  EXPECT_EQ(parseSequentialCode(P + "nn.ReLU())  # " + std::string(1000000, 'x'), "m.py").layers.size(), 1u);
  std::string list = "[1";
  for (int i = 0; i < 300000; ++i) list += ",1";
  EXPECT_THAT(errorOf(P + "nn.MaxPool2d(" + list + "]))"),
              HasSubstr("m.py:1:34: MaxPool2d: kernel_size must be an integer or a pair of integers, got [1, 1, 1"));
  std::string many;
  for (int i = 0; i < 1001; ++i) many += "nn.ReLU(),";
  EXPECT_EQ(errorOf(P + many + ")"), "m.py:1:10021: more than 1000 layers");
  for (int i = 0; i < 50; ++i) EXPECT_NE(errorOf(std::string(100000, '(') + std::string(i, ')')), "");
}

// Random edits of the d2l code: each must parse or throw SequentialCodeError — and satisfy the fuzz target's
// checks either way. Small networks that parse are built too (a ShapeError is then a fine answer).
TEST(SequentialCodeRobustness, RandomMutationsParseOrAreRefused) {
  const std::vector<std::string> kPieces{"(",
                                         ")",
                                         ",",
                                         "=",
                                         "nn.",
                                         "1",
                                         "0",
                                         "-",
                                         "*",
                                         "//",
                                         "'",
                                         "\"",
                                         "#",
                                         "\n",
                                         "\r\n",
                                         "\t",
                                         " ",
                                         "\\",
                                         "\xe4\xb8\xad",
                                         "\xff",
                                         std::string(1, '\0'),
                                         "99999999999999999999",
                                         "Conv2d",
                                         "kernel_size=",
                                         "(3, 5)",
                                         "None",
                                         "True",
                                         "1e999",
                                         "for ",
                                         ":",
                                         "    ",
                                         "nn.Sequential(",
                                         "LazyLinear(",
                                         "Dropout(p=",
                                         "X = torch.randn(",
                                         "\"\"\"",
                                         "[",
                                         "]",
                                         ";",
                                         "."};
  std::mt19937 rng(20240601);
  const std::string_view sources[] = {kD2lAlexNet, kD2lLeNet, kModernLeNet, kD2lLazyAlexNet};
  int parsed = 0, built = 0;
  for (int round = 0; round < 4000; ++round) {
    std::string code(sources[round % 4]);
    const int edits = 1 + static_cast<int>(rng() % 3);
    for (int e = 0; e < edits && !code.empty(); ++e) {
      const std::size_t at = rng() % code.size();
      const std::size_t length = 1 + rng() % 12;
      switch (rng() % 4) {
        case 0:
          code.erase(at, length);
          break;
        case 1:
          code.insert(at, kPieces[rng() % kPieces.size()]);
          break;
        case 2:
          code[at] = static_cast<char>(rng() % 8 == 0 ? rng() % 256 : 32 + rng() % 95);
          break;
        default:
          code.insert(at, code.substr(rng() % code.size(), length));
          break;
      }
    }
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(code.data()), code.size());
    try {
      const NetworkCode network = parseSequentialCode(code, "m.py");
      ++parsed;
      double parameters = 0;  // build only what is small (the lazy layers' sizes are not known here: skip them)
      bool small = true;
      for (const LayerCode& l : network.layers) {
        small = small && !l.lazy() && l.kernelSize <= 16 && l.inChannels <= 1024 && l.outChannels <= 1024;
        parameters +=
            static_cast<double>(l.outChannels) * (static_cast<double>(l.inChannels) * l.kernelSize * l.kernelSize + 1);
      }
      if (!small || parameters > 2e6) continue;
      try {
        buildFromCode(network, {.inputSize = 28});
        ++built;
      } catch (const ShapeError&) {
      }
    } catch (const SequentialCodeError& e) {
      EXPECT_THAT(e.what(), ::testing::StartsWith("m.py:"));
    } catch (const std::exception& e) {
      ADD_FAILURE() << "round " << round << ": " << e.what() << "\n" << code;
    }
  }
  std::printf("%d of 4000 mutations parse, %d of them built\n", parsed, built);
  EXPECT_GT(parsed, 100);  // the mutations do not all break the code…
  EXPECT_GT(built, 20);
  EXPECT_LT(parsed, 3000);  // …nor leave it all intact
}

TEST(SequentialCodeFuzz, SeedsPassTheFuzzTargetsChecks) {
  const fs::path dir = fs::path(ALEXNET_SOURCE_DIR) / "fuzz" / "corpus" / "fuzz_sequential_code";
  int seeds = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    std::ifstream in(entry.path(), std::ios::binary);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(text.data()), text.size());
    const bool refused = entry.path().filename().string().rfind("refused_", 0) == 0;
    EXPECT_EQ(errorOf(text).empty(), !refused) << entry.path() << ": " << errorOf(text);
    ++seeds;
  }
  EXPECT_GE(seeds, 5);
}

}  // namespace
}  // namespace alexnet::test
