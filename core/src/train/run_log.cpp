#include "alexnet/core/train/run_log.h"

#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <system_error>

#include "alexnet/core/io/safetensors.h"

namespace alexnet {

namespace {

constexpr std::size_t kColumns = 9;
constexpr std::array<std::string_view, kColumns> kColumnNames = {"epoch",      "batch",          "epoch_fraction",
                                                                 "train_loss", "train_accuracy", "test_accuracy",
                                                                 "test_loss",  "examples_per_s", "elapsed_s"};
enum Column : std::size_t {
  Epoch,
  Batch,
  EpochFraction,
  TrainLoss,
  TrainAccuracy,
  TestAccuracy,
  TestLoss,
  ExamplesPerSecond,
  Elapsed
};

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> splitCells(std::string_view line) {
  std::vector<std::string_view> cells;
  std::size_t start = 0;
  for (;;) {
    const std::size_t comma = line.find(',', start);
    cells.push_back(trim(line.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start)));
    if (comma == std::string_view::npos) return cells;
    start = comma + 1;
  }
}

// A cell as it may be quoted in a message: printable ASCII, other bytes as \xNN, at most 40 characters.
std::string quoted(std::string_view cell) {
  std::string out = "\"";
  for (std::size_t i = 0; i < cell.size(); ++i) {
    if (out.size() > 40) {
      out += "…";
      break;
    }
    const auto c = static_cast<unsigned char>(cell[i]);
    if (c >= 0x20 && c < 0x7f) {
      out += static_cast<char>(c);
    } else {
      char hex[8];
      std::snprintf(hex, sizeof hex, "\\x%02x", c);
      out += hex;
    }
  }
  return out + "\"";
}

std::string number(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.6g", value);
  return buffer;
}

bool isControlByte(unsigned char c) { return (c < 0x20 && c != '\t' && c != '\r' && c != '\n') || c == 0x7f; }

// Where a line stops being text: a control byte or a malformed UTF-8 sequence; npos when it is text.
std::size_t firstNonTextByte(std::string_view line) {
  for (std::size_t i = 0; i < line.size();) {
    const auto c = static_cast<unsigned char>(line[i]);
    if (c < 0x80) {
      if (isControlByte(c)) return i;
      ++i;
      continue;
    }
    const std::size_t length = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
    if (length == 0 || i + length > line.size()) return i;
    for (std::size_t k = 1; k < length; ++k)
      if ((static_cast<unsigned char>(line[i + k]) & 0xc0) != 0x80) return i;
    i += length;
  }
  return std::string_view::npos;
}

// The parse, with where each row's line starts and where the accepted text ends (for truncation).
struct ParsedRunLog {
  RunLog log;
  std::vector<std::size_t> rowStarts;  // byte offset of each row's line
  std::size_t acceptedEnd = 0;         // end of the last line kept (after its newline, if any)
  bool endsWithNewline = true;         // of the accepted text
};

class LineError {
 public:
  explicit LineError(std::string what) : message(std::move(what)) {}
  std::string message;
};

// Parses one data row; throws LineError("column \"x\": …").
RunLogRow parseRow(const std::vector<std::string_view>& cells, const std::array<std::size_t, kColumns>& index,
                   std::size_t headerCells) {
  if (cells.size() != headerCells)
    throw LineError(std::to_string(cells.size()) + " cells, the header has " + std::to_string(headerCells));
  std::array<double, kColumns> values{};
  std::array<bool, kColumns> present{};
  for (std::size_t c = 0; c < kColumns; ++c) {
    const std::string_view cell = cells[index[c]];
    const std::string column = "column \"" + std::string(kColumnNames[c]) + "\"";
    present[c] = !cell.empty();
    if (!present[c]) {
      if (c == TestAccuracy || c == TestLoss) continue;  // set at epoch ends only
      throw LineError(column + " is empty");
    }
    double value = 0.0;
    const char* end = cell.data() + cell.size();
    const auto [ptr, ec] = std::from_chars(cell.data(), end, value);
    if (ec == std::errc::result_out_of_range) throw LineError(column + ": " + quoted(cell) + " is out of range");
    if (ec != std::errc() || ptr != end) throw LineError(column + ": " + quoted(cell) + " is not a number");
    if (!std::isfinite(value))
      throw LineError(column + ": " + quoted(cell) + " is not a finite number (a run log holds finite values)");
    if (c == Epoch || c == Batch) {
      if (value != std::floor(value) || value > 1e9)
        throw LineError(column + ": " + quoted(cell) + " is not a whole number up to 10^9");
      if (c == Epoch && value < 1) throw LineError(column + ": " + quoted(cell) + " is not ≥ 1 (epochs count from 1)");
    }
    if ((c == TrainAccuracy || c == TestAccuracy) && !(value >= 0.0 && value <= 1.0))
      throw LineError(column + ": " + quoted(cell) + " is not an accuracy in [0, 1]");
    if (value < 0.0) throw LineError(column + ": " + quoted(cell) + " is negative");
    values[c] = value;
  }
  RunLogRow row;
  row.epoch = static_cast<std::int64_t>(values[Epoch]);
  row.batch = static_cast<std::int64_t>(values[Batch]);
  row.epochFraction = values[EpochFraction];
  row.trainLoss = values[TrainLoss];
  row.trainAccuracy = values[TrainAccuracy];
  if (present[TestAccuracy]) row.testAccuracy = values[TestAccuracy];
  if (present[TestLoss]) row.testLoss = values[TestLoss];
  row.examplesPerSecond = values[ExamplesPerSecond];
  row.elapsedSeconds = values[Elapsed];
  return row;
}

ParsedRunLog parseWithOffsets(std::string_view text, const std::string& name, const RunLogParseOptions& options) {
  auto fail = [&](std::size_t line, const std::string& what) -> RunLogError {
    return RunLogError(name + ": line " + std::to_string(line) + ": " + what);
  };
  if (static_cast<std::int64_t>(text.size()) > kRunLogMaxBytes)
    throw RunLogError(name + ": " + std::to_string(text.size()) + " bytes, more than a run log can be (" +
                      std::to_string(kRunLogMaxBytes >> 20) + " MB); is this the right file?");

  ParsedRunLog parsed;
  parsed.log.name = name;
  std::vector<std::string_view> header;
  std::array<std::size_t, kColumns> index{};
  std::size_t lineNumber = 0;
  std::size_t start = 0;
  double lastFraction = 0.0;
  std::int64_t lastEpoch = 0;
  std::size_t lastRowLine = 0;
  while (start < text.size()) {
    ++lineNumber;
    const std::size_t newline = text.find('\n', start);
    const bool complete = newline != std::string_view::npos;
    const std::size_t end = complete ? newline : text.size();
    const std::size_t next = complete ? newline + 1 : text.size();
    const std::string_view raw = text.substr(start, end - start);
    const std::size_t lineStart = start;
    start = next;

    // A writer killed mid-row (or a crash that left zero-filled blocks) leaves a last line without newline.
    const bool droppable = !complete && options.dropTruncatedLastLine && !header.empty();
    if (raw.size() > kRunLogMaxLineBytes) {
      if (droppable) break;
      throw fail(lineNumber, "longer than " + std::to_string(kRunLogMaxLineBytes) +
                                 " bytes; a run log row is under 200 (is this the right file?)");
    }
    if (const std::size_t at = firstNonTextByte(raw); at != std::string_view::npos) {
      if (droppable) break;
      char hex[8];
      std::snprintf(hex, sizeof hex, "0x%02x", static_cast<unsigned>(static_cast<unsigned char>(raw[at])));
      throw fail(lineNumber, std::string("binary data (byte ") + hex + " at column " + std::to_string(at + 1) +
                                 "), not a CSV text file");
    }
    const std::string_view line = trim(raw);
    if (line.empty()) {
      parsed.acceptedEnd = next;
      parsed.endsWithNewline = complete;
      continue;
    }
    const std::vector<std::string_view> cells = splitCells(line);

    if (header.empty()) {
      if (cells.size() == 1 &&
          (line.find(';') != std::string_view::npos || line.find('\t') != std::string_view::npos)) {
        const char delimiter = line.find(';') != std::string_view::npos ? ';' : '\t';
        throw fail(lineNumber, std::string("columns are separated by ") + (delimiter == ';' ? "';'" : "tabs") +
                                   "; a run log uses ',' (expected the header " + kRunLogHeader + ")");
      }
      double firstNumber = 0.0;
      const auto [ptr, ec] = std::from_chars(cells[0].data(), cells[0].data() + cells[0].size(), firstNumber);
      if (!cells[0].empty() && ec == std::errc() && ptr == cells[0].data() + cells[0].size())
        throw fail(lineNumber, std::string("no header: expected ") + kRunLogHeader);
      for (std::size_t c = 0; c < kColumns; ++c) {
        std::size_t at = 0;
        while (at < cells.size() && cells[at] != kColumnNames[c]) ++at;
        if (at == cells.size())
          throw fail(lineNumber, "missing column \"" + std::string(kColumnNames[c]) + "\" (expected the header " +
                                     kRunLogHeader + ")");
        index[c] = at;
      }
      header = cells;
      parsed.acceptedEnd = next;
      parsed.endsWithNewline = complete;
      continue;
    }

    RunLogRow row;
    try {
      row = parseRow(cells, index, header.size());
    } catch (const LineError& error) {
      if (!complete) {
        if (droppable) break;
        throw fail(lineNumber, "truncated: the file ends in the middle of a row (" + error.message + ")");
      }
      throw fail(lineNumber, error.message);
    }
    if (row.epoch < lastEpoch)
      throw fail(lineNumber, "epoch " + std::to_string(row.epoch) + " comes after epoch " + std::to_string(lastEpoch) +
                                 " (line " + std::to_string(lastRowLine) +
                                 "); rows must be in training order (two runs appended to one log?)");
    if (row.epochFraction < lastFraction)
      throw fail(lineNumber, "epoch_fraction " + number(row.epochFraction) + " goes back from " + number(lastFraction) +
                                 " (line " + std::to_string(lastRowLine) + "); rows must be in training order");
    lastEpoch = row.epoch;
    lastFraction = row.epochFraction;
    lastRowLine = lineNumber;
    parsed.log.rows.push_back(row);
    parsed.rowStarts.push_back(lineStart);
    parsed.acceptedEnd = next;
    parsed.endsWithNewline = complete;
  }
  if (header.empty())
    throw RunLogError(name + ": " + (text.empty() ? "empty file" : "only blank lines") + "; expected the header " +
                      kRunLogHeader);
  if (parsed.log.rows.empty() && !options.allowNoRows)
    throw RunLogError(name + ": only the header, no rows yet (the run wrote nothing before it stopped)");
  return parsed;
}

}  // namespace

RunLog parseRunLog(std::string_view text, const std::string& name, const RunLogParseOptions& options) {
  return parseWithOffsets(text, name, options).log;
}

namespace {

std::string readWholeFile(const std::filesystem::path& path) {
  std::error_code error;
  const auto status = std::filesystem::status(path, error);
  if (error || !std::filesystem::exists(status)) throw RunLogError(path.string() + ": no such file");
  if (std::filesystem::is_directory(status)) throw RunLogError(path.string() + ": is a directory, not a run log");
  if (!std::filesystem::is_regular_file(status)) throw RunLogError(path.string() + ": not a regular file");
  const auto tooBig = [&] {
    return RunLogError(path.string() + ": more than " + std::to_string(kRunLogMaxBytes >> 20) +
                       " MB, more than a run log can be; is this the right file?");
  };
  const std::uintmax_t size = std::filesystem::file_size(path, error);
  if (!error && size > static_cast<std::uintmax_t>(kRunLogMaxBytes)) throw tooBig();
  std::ifstream in(path, std::ios::binary);
  if (!in) throw RunLogError(path.string() + ": cannot open the run log");
  // In chunks, stopping one past the limit: the file may have grown since its size was read.
  std::string text;
  char buffer[1 << 16];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    text.append(buffer, static_cast<std::size_t>(in.gcount()));
    if (static_cast<std::int64_t>(text.size()) > kRunLogMaxBytes) throw tooBig();
  }
  if (in.bad()) throw RunLogError(path.string() + ": reading the run log failed");
  return text;
}

}  // namespace

RunLog readRunLog(const std::filesystem::path& path, const RunLogParseOptions& options) {
  return parseRunLog(readWholeFile(path), path.string(), options);
}

std::string formatRunLogRow(const TrainProgress& p) {
  char buffer[512];
  const std::string testAccuracy = p.testAccuracy ? number(*p.testAccuracy) : "";
  const std::string testLoss = p.testLoss ? number(*p.testLoss) : "";
  std::snprintf(buffer, sizeof buffer, "%lld,%lld,%s,%s,%s,%s,%s,%.1f,%.3f", static_cast<long long>(p.epoch + 1),
                static_cast<long long>(p.batch), number(p.epochFraction).c_str(), number(p.trainLoss).c_str(),
                number(p.trainAccuracy).c_str(), testAccuracy.c_str(), testLoss.c_str(), p.examplesPerSecond,
                p.elapsedSeconds);
  return buffer;
}

std::int64_t truncateRunLogAfterEpoch(const std::filesystem::path& path, std::int64_t epochsDone,
                                      std::int64_t batchesDone) {
  std::error_code error;
  if (!std::filesystem::exists(path, error) || std::filesystem::file_size(path, error) == 0 || error) return 0;
  const std::string text = readWholeFile(path);
  const ParsedRunLog parsed =
      parseWithOffsets(text, path.string(), {.allowNoRows = true, .dropTruncatedLastLine = true});
  std::size_t keep = parsed.acceptedEnd;
  std::int64_t dropped = 0;
  for (std::size_t r = 0; r < parsed.log.rows.size(); ++r)
    if (const RunLogRow& row = parsed.log.rows[r];
        row.epoch > epochsDone && !(batchesDone > 0 && row.epoch == epochsDone + 1 && row.batch <= batchesDone)) {
      keep = parsed.rowStarts[r];
      dropped = static_cast<std::int64_t>(parsed.log.rows.size() - r);
      break;
    }
  const bool truncatedLine = parsed.acceptedEnd < text.size();
  if (keep == text.size() && parsed.endsWithNewline) return 0;  // nothing to drop, ready to append
  std::vector<char> bytes(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(keep));
  if (!bytes.empty() && bytes.back() != '\n') bytes.push_back('\n');
  try {
    writeFileAtomically(path, bytes);
  } catch (const std::exception& e) {
    throw RunLogError(e.what());
  }
  return dropped + (truncatedLine ? 1 : 0);
}

}  // namespace alexnet
