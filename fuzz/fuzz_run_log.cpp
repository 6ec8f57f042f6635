// libFuzzer target: the CSV run-log reader (core/train/run_log.h). The input is the file's text.
// Only RunLogError may escape, and its message is one line starting with the file name. What parses obeys
// the reader's contract (finite values, whole epochs ≥ 1, accuracies in [0, 1], rows in training order), the
// lenient resume parse accepts it too with the same rows, and the rows survive formatRunLogRow → parse.
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "alexnet/core/train/run_log.h"

namespace {

using alexnet::RunLog;
using alexnet::RunLogError;
using alexnet::RunLogRow;

void check(bool condition) {
  if (!condition) std::abort();
}

void checkMessage(const RunLogError& error) {
  const std::string_view message = error.what();
  check(message.rfind("fuzz.csv: ", 0) == 0);
  check(message.find('\n') == std::string_view::npos);
}

void checkRows(const RunLog& log) {
  double lastFraction = 0.0;
  std::int64_t lastEpoch = 0;
  for (const RunLogRow& row : log.rows) {
    check(row.epoch >= 1 && row.epoch >= lastEpoch && row.batch >= 0);
    check(std::isfinite(row.epochFraction) && row.epochFraction >= lastFraction);
    check(std::isfinite(row.trainLoss) && row.trainLoss >= 0.0);
    check(row.trainAccuracy >= 0.0 && row.trainAccuracy <= 1.0);
    check(!row.testAccuracy || (*row.testAccuracy >= 0.0 && *row.testAccuracy <= 1.0));
    check(!row.testLoss || (std::isfinite(*row.testLoss) && *row.testLoss >= 0.0));
    check(std::isfinite(row.examplesPerSecond) && std::isfinite(row.elapsedSeconds));
    lastEpoch = row.epoch;
    lastFraction = row.epochFraction;
  }
}

alexnet::TrainProgress progressOf(const RunLogRow& row) {
  alexnet::TrainProgress p;
  p.epoch = row.epoch - 1;
  p.batch = row.batch;
  p.epochFraction = row.epochFraction;
  p.trainLoss = row.trainLoss;
  p.trainAccuracy = row.trainAccuracy;
  p.testAccuracy = row.testAccuracy;
  p.testLoss = row.testLoss;
  p.examplesPerSecond = row.examplesPerSecond;
  p.elapsedSeconds = row.elapsedSeconds;
  return p;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  RunLog log;
  try {
    log = alexnet::parseRunLog(text, "fuzz.csv");
  } catch (const RunLogError& error) {
    checkMessage(error);
    try {  // the resume parse is more lenient (header only, a cut last row): it must still be sane
      checkRows(alexnet::parseRunLog(text, "fuzz.csv", {.allowNoRows = true, .dropTruncatedLastLine = true}));
    } catch (const RunLogError& lenient) {
      checkMessage(lenient);
    }
    return 0;
  }
  checkRows(log);
  check(!log.rows.empty());
  const RunLog lenient = alexnet::parseRunLog(text, "fuzz.csv", {.allowNoRows = true, .dropTruncatedLastLine = true});
  check(lenient.rows.size() == log.rows.size());

  std::string written = std::string(alexnet::kRunLogHeader) + "\n";
  for (const RunLogRow& row : log.rows) written += alexnet::formatRunLogRow(progressOf(row)) + "\n";
  const RunLog again = alexnet::parseRunLog(written, "fuzz.csv");
  check(again.rows.size() == log.rows.size());
  for (std::size_t i = 0; i < log.rows.size(); ++i) {
    check(again.rows[i].epoch == log.rows[i].epoch && again.rows[i].batch == log.rows[i].batch);
    check(again.rows[i].testAccuracy.has_value() == log.rows[i].testAccuracy.has_value());
  }
  return 0;
}
