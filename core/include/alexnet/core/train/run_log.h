#pragma once
// Run logs — the training CSV of `alexnet-lab train --log` and of the Training screen (PRODUCT.md §3):
//   epoch,batch,epoch_fraction,train_loss,train_accuracy,test_accuracy,test_loss,examples_per_s,elapsed_s
// One row per chart point (TrainProgress of kind Report) and one per epoch end (EpochEnd: test_accuracy and
// test_loss set, empty otherwise). The CLI and the GUI write rows with formatRunLogRow and read files with
// readRunLog; the GUI's ui/training/run_log.h only adapts these to Qt types.
//
// What the reader accepts (docs/hardening.md has the whole bad-input matrix):
//  - the header's nine columns in any order, extra columns ignored; "\n" or "\r\n"; blank lines skipped;
//  - finite numbers only: epoch ≥ 1 and batch ≥ 0 whole numbers, accuracies in [0, 1], losses, speed,
//    time and epoch_fraction ≥ 0;
//  - rows in training order: epoch and epoch_fraction never go back (a log where two runs were appended
//    one after another, or where a resumed run repeated epochs, is refused: its curves would zig-zag);
//  - at most kRunLogMaxBytes per file and kRunLogMaxLineBytes per line.
// Anything else throws RunLogError with one line naming the file, the line and the problem.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "alexnet/core/train/trainer.h"

namespace alexnet {

inline constexpr const char* kRunLogHeader =
    "epoch,batch,epoch_fraction,train_loss,train_accuracy,test_accuracy,test_loss,examples_per_s,elapsed_s";
inline constexpr std::int64_t kRunLogMaxBytes = 64LL << 20;  // rows are ~60 bytes: about a million rows
inline constexpr std::size_t kRunLogMaxLineBytes = 4096;

class RunLogError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct RunLogRow {
  std::int64_t epoch = 0;  // 1-based, as in the file
  std::int64_t batch = 0;
  double epochFraction = 0;  // the chart's x
  double trainLoss = 0;
  double trainAccuracy = 0;
  std::optional<double> testAccuracy;  // epoch-end rows
  std::optional<double> testLoss;
  double examplesPerSecond = 0;
  double elapsedSeconds = 0;
};

struct RunLog {
  std::string name;  // the path or name given to the reader, used in messages
  std::vector<RunLogRow> rows;
};

struct RunLogParseOptions {
  // A header without rows is refused by default (nothing to draw); a run that was stopped before its first
  // report leaves such a file, and resuming it is fine.
  bool allowNoRows = false;
  // A last line without its newline that does not parse is what a writer killed mid-row leaves: refused
  // by default ("truncated"), dropped when resuming.
  bool dropTruncatedLastLine = false;
};

RunLog parseRunLog(std::string_view text, const std::string& name, const RunLogParseOptions& options = {});
RunLog readRunLog(const std::filesystem::path& path, const RunLogParseOptions& options = {});

// One CSV row for a Report or EpochEnd progress, without the newline.
std::string formatRunLogRow(const TrainProgress& progress);

// Resuming `train --resume CKPT --log CSV` from a checkpoint taken after `epochsDone` epochs: keeps the header
// and the rows of epochs 1..epochsDone byte for byte and drops the rest (the rows a killed run wrote after its
// last checkpoint: reports of the interrupted epoch, or an epoch end whose checkpoint was never written), so
// the resumed run continues the log without duplicated or missing epochs. The file is replaced atomically
// (temporary + rename); a missing or empty file is left alone (the caller starts a new log). Returns how many
// rows were dropped. Throws RunLogError, touching nothing, when the log does not parse.
// With `batchesDone` > 0 (a checkpoint taken mid-epoch), the rows of epoch epochsDone + 1 up to that
// minibatch are kept too.
std::int64_t truncateRunLogAfterEpoch(const std::filesystem::path& path, std::int64_t epochsDone,
                                      std::int64_t batchesDone = 0);

}  // namespace alexnet
