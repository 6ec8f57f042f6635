// Run logs (core/train/run_log.h): the CSV the trainer writes reads back exactly, and every kind of bad file
// of the hardening matrix (docs/hardening.md) is refused with one line naming the file, the line and the
// problem. truncateRunLogAfterEpoch cuts a killed run's log back to its checkpoint's epoch, byte for byte.
#include <gmock/gmock.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

#include "alexnet/core/train/run_log.h"

namespace alexnet {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

const std::string kHeader = kRunLogHeader;

std::string goodLog() {
  return kHeader +
         "\n"
         "1,4,0.5,1.2,0.55,,,1000.0,1.500\n"
         "1,8,1,0.9,0.65,0.7,0.8,1100.0,3.000\n"
         "2,4,1.5,0.7,0.72,,,1000.0,4.500\n"
         "2,8,2,0.6,0.75,0.76,0.66,1050.0,6.000\n";
}

// The message parseRunLog throws for `text` (empty when it parses).
std::string errorOf(std::string_view text, const RunLogParseOptions& options = {}) {
  try {
    parseRunLog(text, "runs/log.csv", options);
  } catch (const RunLogError& e) {
    return e.what();
  }
  return "";
}

TEST(RunLog, ParsesReportAndEpochEndRows) {
  const RunLog log = parseRunLog(goodLog(), "a.csv");
  EXPECT_EQ(log.name, "a.csv");
  ASSERT_EQ(log.rows.size(), 4u);
  EXPECT_EQ(log.rows[0].epoch, 1);
  EXPECT_EQ(log.rows[0].batch, 4);
  EXPECT_DOUBLE_EQ(log.rows[0].epochFraction, 0.5);
  EXPECT_FALSE(log.rows[0].testAccuracy.has_value());
  EXPECT_DOUBLE_EQ(log.rows[1].testAccuracy.value(), 0.7);
  EXPECT_DOUBLE_EQ(log.rows[1].testLoss.value(), 0.8);
  EXPECT_DOUBLE_EQ(log.rows[3].examplesPerSecond, 1050.0);
  EXPECT_DOUBLE_EQ(log.rows[3].elapsedSeconds, 6.0);
}

TEST(RunLog, AcceptsReorderedAndExtraColumnsCrLfAndBlankLines) {
  const std::string text =
      "note,elapsed_s,examples_per_s,test_loss,test_accuracy,train_accuracy,train_loss,epoch_fraction,batch,epoch\r\n"
      "\r\n"
      "x, 1.5 ,1000,,,0.5,1.25,0.5,4,1\r\n"
      "y,3,1000,0.5,0.75,0.625,1,1,8,1";  // no final newline: still a whole row
  const RunLog log = parseRunLog(text, "b.csv");
  ASSERT_EQ(log.rows.size(), 2u);
  EXPECT_DOUBLE_EQ(log.rows[0].trainLoss, 1.25);
  EXPECT_DOUBLE_EQ(log.rows[0].elapsedSeconds, 1.5);
  EXPECT_EQ(log.rows[1].batch, 8);
  EXPECT_DOUBLE_EQ(log.rows[1].testAccuracy.value(), 0.75);
}

TEST(RunLog, WrittenRowsReadBack) {
  TrainProgress p;
  p.epoch = 2;  // 0-based: written as 3
  p.batch = 7;
  p.epochFraction = 2.875;
  p.trainLoss = 0.4321;
  p.trainAccuracy = 0.8125;
  p.examplesPerSecond = 1234.56;
  p.elapsedSeconds = 9.87654;
  std::string text = kHeader + "\n" + formatRunLogRow(p) + "\n";
  p.batch = 8;
  p.epochFraction = 3.0;
  p.testAccuracy = 0.79;
  p.testLoss = 0.61;
  text += formatRunLogRow(p) + "\n";
  const RunLog log = parseRunLog(text, "c.csv");
  ASSERT_EQ(log.rows.size(), 2u);
  EXPECT_EQ(log.rows[0].epoch, 3);
  EXPECT_DOUBLE_EQ(log.rows[0].epochFraction, 2.875);
  EXPECT_DOUBLE_EQ(log.rows[0].trainLoss, 0.4321);
  EXPECT_DOUBLE_EQ(log.rows[0].examplesPerSecond, 1234.6);  // %.1f
  EXPECT_DOUBLE_EQ(log.rows[0].elapsedSeconds, 9.877);      // %.3f
  EXPECT_FALSE(log.rows[0].testLoss.has_value());
  EXPECT_DOUBLE_EQ(log.rows[1].testAccuracy.value(), 0.79);
  EXPECT_EQ(formatRunLogRow(p), "3,8,3,0.4321,0.8125,0.79,0.61,1234.6,9.877");
}

struct BadCase {
  const char* what;
  std::string text;
  std::vector<std::string> expected;  // substrings of the one-line message, besides the file name
};

// The bad-input matrix of docs/hardening.md, row by row.
TEST(RunLog, BadInputMatrixGivesOneLineNamingFileLineAndProblem) {
  const std::string row = "1,4,0.5,1.2,0.55,,,1000.0,1.5\n";
  const std::vector<BadCase> cases = {
      {"missing column",
       "epoch,batch,epoch_fraction,train_accuracy,test_accuracy,test_loss,examples_per_s,elapsed_s\n" + row,
       {"line 1", "missing column \"train_loss\"", "expected the header epoch,batch,"}},
      {"garbage number",
       kHeader + "\n" + row + "1,8,1,banana,0.65,0.7,0.8,1100.0,3.0\n",
       {"line 3", "column \"train_loss\"", "\"banana\" is not a number"}},
      {"number with trailing junk",
       kHeader + "\n1,4,0.5,1.2e,0.55,,,1000.0,1.5\n",
       {"line 2", "\"1.2e\" is not a number"}},
      {"NaN",
       kHeader + "\n1,4,0.5,nan,0.55,,,1000.0,1.5\n",
       {"line 2", "column \"train_loss\"", "not a finite number"}},
      {"Inf",
       kHeader + "\n1,4,0.5,1.2,0.55,,,inf,1.5\n",
       {"line 2", "column \"examples_per_s\"", "not a finite number"}},
      {"-Inf",
       kHeader + "\n1,4,0.5,1.2,0.55,-inf,,1000,1.5\n",
       {"line 2", "column \"test_accuracy\"", "not a finite number"}},
      {"overflowing number", kHeader + "\n1,4,0.5,1e999,0.55,,,1000,1.5\n", {"line 2", "\"1e999\" is out of range"}},
      {"empty file", "", {"empty file", "expected the header epoch,batch,"}},
      {"only blank lines", "\n \r\n\n", {"only blank lines"}},
      {"header only", kHeader + "\n", {"only the header, no rows"}},
      {"truncated last line",
       kHeader + "\n" + row + "1,8,1,0.9,0.6",
       {"line 3", "truncated", "5 cells, the header has 9"}},
      {"truncated last cell",
       kHeader + "\n" + row + "1,8,1,0.9,0.65,0.7,0.8,1100.0,",
       {"line 3", "truncated", "\"elapsed_s\" is empty"}},
      {"short row inside", kHeader + "\n1,2,3\n" + row, {"line 2", "3 cells, the header has 9"}},
      {"empty required cell", kHeader + "\n1,,0.5,1.2,0.55,,,1000,1.5\n", {"line 2", "column \"batch\" is empty"}},
      {"huge line", kHeader + "\n" + std::string(5000, '1') + "\n", {"line 2", "longer than 4096 bytes"}},
      {"binary junk",
       std::string("\x7f"
                   "ELF\x02\x01\x01\0\0\0",
                   10) +
           "\n",
       {"line 1", "binary data (byte 0x7f at column 1)"}},
      {"NUL bytes in a row",
       kHeader + "\n" + std::string("1,4,0.5,\0\0,0.55,,,1000,1.5\n", 27),
       {"line 2", "binary data (byte 0x00 at column 9)"}},
      {"invalid UTF-8",
       kHeader + "\n1,4,0.5,1.2,\xff\xfe,,,1000,1.5\n",
       {"line 2", "binary data (byte 0xff at column 13)"}},
      {"semicolons",
       "epoch;batch;epoch_fraction;train_loss;train_accuracy;test_accuracy;test_loss;examples_per_s;elapsed_s\n1;4;0.5;"
       "1.2;0.55;;;1000;1.5\n",
       {"line 1", "columns are separated by ';'", "uses ','"}},
      {"tabs",
       "epoch\tbatch\tepoch_fraction\ttrain_loss\ttrain_accuracy\ttest_accuracy\ttest_loss\texamples_per_s\telapsed_"
       "s\n",
       {"line 1", "separated by tabs"}},
      {"no header", row + row, {"line 1", "no header: expected epoch,batch,"}},
      {"epoch goes back",
       kHeader + "\n2,4,1.5,1.2,0.55,,,1000,1.5\n1,8,1,0.9,0.65,0.7,0.8,1100,3\n",
       {"line 3", "epoch 1 comes after epoch 2 (line 2)", "training order"}},
      {"epoch_fraction goes back",
       kHeader + "\n1,4,0.75,1.2,0.55,,,1000,1.5\n1,2,0.25,0.9,0.65,,,1100,3\n",
       {"line 3", "epoch_fraction 0.25 goes back from 0.75 (line 2)"}},
      {"fractional epoch",
       kHeader + "\n1.5,4,0.5,1.2,0.55,,,1000,1.5\n",
       {"line 2", "\"epoch\"", "not a whole number"}},
      {"epoch 0", kHeader + "\n0,4,0.5,1.2,0.55,,,1000,1.5\n", {"line 2", "epochs count from 1"}},
      {"accuracy above 1",
       kHeader + "\n1,4,0.5,1.2,55,,,1000,1.5\n",
       {"line 2", "\"train_accuracy\"", "not an accuracy in [0, 1]"}},
      {"negative loss", kHeader + "\n1,4,0.5,-1.2,0.55,,,1000,1.5\n", {"line 2", "\"train_loss\"", "is negative"}},
  };
  for (const BadCase& c : cases) {
    const std::string message = errorOf(c.text);
    SCOPED_TRACE(c.what);
    ASSERT_FALSE(message.empty()) << "accepted";
    EXPECT_EQ(message.rfind("runs/log.csv: ", 0), 0u) << message;
    EXPECT_EQ(message.find('\n'), std::string::npos) << message;
    EXPECT_LT(message.size(), 300u) << message;
    for (const std::string& part : c.expected) EXPECT_THAT(message, HasSubstr(part));
  }
}

TEST(RunLog, HeaderOnlyIsAcceptedWhenAsked) {
  EXPECT_TRUE(parseRunLog(kHeader + "\n", "h.csv", {.allowNoRows = true}).rows.empty());
}

TEST(RunLog, RandomCorruptionsOnlyEverThrowRunLogError) {
  const std::string good = goodLog();
  std::mt19937 random(7);
  int refused = 0;
  for (int trial = 0; trial < 3000; ++trial) {
    std::string text = good;
    const int edits = std::uniform_int_distribution<int>(1, 4)(random);
    for (int e = 0; e < edits; ++e) {
      const std::size_t at = std::uniform_int_distribution<std::size_t>(0, text.size() - 1)(random);
      switch (std::uniform_int_distribution<int>(0, 2)(random)) {
        case 0:
          text[at] = static_cast<char>(std::uniform_int_distribution<int>(0, 255)(random));
          break;
        case 1:
          text.erase(at, 1);
          break;
        default:
          text.resize(at);
          break;
      }
      if (text.empty()) break;
    }
    try {
      const RunLog log = parseRunLog(text, "fuzzed.csv");
      for (const RunLogRow& row : log.rows) ASSERT_TRUE(std::isfinite(row.trainLoss) && row.epoch >= 1);
    } catch (const RunLogError& e) {
      ++refused;
      ASSERT_EQ(std::string(e.what()).rfind("fuzzed.csv: ", 0), 0u) << e.what();
    }
  }
  EXPECT_GT(refused, 1000);  // most corruptions are caught, none crash or throw anything else
}

class RunLogFiles : public ::testing::Test {
 protected:
  void SetUp() override {
    m_dir = fs::temp_directory_path() / ("alexnet_run_log_" + std::to_string(std::random_device{}()));
    fs::create_directories(m_dir);
  }
  void TearDown() override { fs::remove_all(m_dir); }
  fs::path write(const std::string& name, const std::string& text) const {
    const fs::path path = m_dir / name;
    std::ofstream(path, std::ios::binary) << text;
    return path;
  }
  static std::string read(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
  }
  static std::string errorOfFile(const fs::path& path) {
    try {
      readRunLog(path);
    } catch (const RunLogError& e) {
      return e.what();
    }
    return "";
  }
  fs::path m_dir;
};

TEST_F(RunLogFiles, MissingFileDirectoryAndHugeFileAreNamed) {
  EXPECT_THAT(errorOfFile(m_dir / "nope.csv"), HasSubstr((m_dir / "nope.csv").string() + ": no such file"));
  EXPECT_THAT(errorOfFile(m_dir), HasSubstr("is a directory"));
  // A sparse file just over the limit: refused from its size, without reading it.
  const fs::path huge = write("huge.csv", kHeader + "\n");
  fs::resize_file(huge, static_cast<std::uintmax_t>(kRunLogMaxBytes) + 10);
  const std::string message = errorOfFile(huge);
  EXPECT_THAT(message, HasSubstr(huge.string() + ": more than 64 MB"));
  EXPECT_EQ(message.find('\n'), std::string::npos);
  EXPECT_EQ(readRunLog(write("good.csv", goodLog())).rows.size(), 4u);
}

TEST_F(RunLogFiles, TruncateKeepsTheCheckpointsEpochsByteForByte) {
  const std::string good = goodLog();
  // A run killed in epoch 3 after two reports, the last one cut mid-row.
  const fs::path path = write("log.csv", good + "3,4,2.5,0.5,0.8,,,1000.0,7.5\n3,6,2.75,0.5");
  EXPECT_EQ(truncateRunLogAfterEpoch(path, 2), 2);
  EXPECT_EQ(read(path), good);
  EXPECT_EQ(truncateRunLogAfterEpoch(path, 2), 0);  // nothing left to drop: untouched
  EXPECT_EQ(read(path), good);
  // Killed between writing epoch 2's end row and its checkpoint: epoch 2 is dropped whole.
  EXPECT_EQ(truncateRunLogAfterEpoch(path, 1), 2);
  const std::string epochOne = kHeader + "\n1,4,0.5,1.2,0.55,,,1000.0,1.500\n1,8,1,0.9,0.65,0.7,0.8,1100.0,3.000\n";
  EXPECT_EQ(read(path), epochOne);
  // Killed before the first report: only the header stays.
  EXPECT_EQ(truncateRunLogAfterEpoch(path, 0), 2);
  EXPECT_EQ(read(path), kHeader + "\n");
  // A last row without its newline that parses is kept, and the newline added for the next append.
  const fs::path noNewline = write("n.csv", epochOne.substr(0, epochOne.size() - 1));
  EXPECT_EQ(truncateRunLogAfterEpoch(noNewline, 1), 0);
  EXPECT_EQ(read(noNewline), epochOne);
  // Zero-filled blocks at the end (a crash) are dropped like a cut row.
  const fs::path zeros = write("z.csv", epochOne + std::string(16, '\0'));
  EXPECT_EQ(truncateRunLogAfterEpoch(zeros, 1), 1);
  EXPECT_EQ(read(zeros), epochOne);
  // A missing log is left for the caller to create.
  EXPECT_EQ(truncateRunLogAfterEpoch(m_dir / "none.csv", 3), 0);
  EXPECT_FALSE(fs::exists(m_dir / "none.csv"));
}

TEST_F(RunLogFiles, TruncateRefusesABadLogAndLeavesItAlone) {
  const std::string bad = kHeader + "\n1,4,0.5,banana,0.55,,,1000.0,1.5\n1,8,1,0.9,0.65,0.7,0.8,1100.0,3.0\n";
  const fs::path path = write("bad.csv", bad);
  try {
    truncateRunLogAfterEpoch(path, 0);
    FAIL() << "accepted";
  } catch (const RunLogError& e) {
    EXPECT_THAT(e.what(), HasSubstr(path.string() + ": line 2: column \"train_loss\""));
  }
  EXPECT_EQ(read(path), bad);
}

}  // namespace
}  // namespace alexnet
