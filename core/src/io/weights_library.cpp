#include "alexnet/core/io/weights_library.h"

#include <cctype>

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <stdexcept>

#include "alexnet/core/io/checkpoint.h"
#include "alexnet/core/io/safetensors.h"
#include "alexnet/core/io/sha256.h"

namespace alexnet {

namespace {

namespace fs = std::filesystem;

std::optional<fs::path> environmentPath(const char* name) {
  const char* value = std::getenv(name);
  if (value == nullptr || *value == '\0') return std::nullopt;
  return fs::path(value);
}

std::optional<double> metadataReal(const std::map<std::string, std::string>& m, const std::string& key) {
  auto it = m.find(key);
  if (it == m.end()) return std::nullopt;
  try {
    std::size_t used = 0;
    const double value = std::stod(it->second, &used);
    return used == it->second.size() ? std::optional<double>(value) : std::nullopt;
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

std::string metadataText(const std::map<std::string, std::string>& m, const std::string& key) {
  auto it = m.find(key);
  return it == m.end() ? std::string() : it->second;
}

bool isCheckpointFile(const fs::path& path) {
  const std::string name = path.filename().string();
  const std::string suffix = ".safetensors", optim = ".optim.safetensors";
  const auto endsWith = [&](const std::string& s) {
    return name.size() >= s.size() && name.compare(name.size() - s.size(), s.size(), s) == 0;
  };
  return endsWith(suffix) && !endsWith(optim);
}

// A run's id: its file stem, or its folder's name for a GUI run's "checkpoint.safetensors".
std::string runId(const fs::path& path) {
  const std::string stem = path.stem().string();
  return stem == "checkpoint" ? path.parent_path().filename().string() : stem;
}

std::vector<WeightsEntry> listBundled(const fs::path& directory) {
  std::vector<WeightsEntry> entries;
  const fs::path manifestPath = directory / "manifest.json";
  std::error_code error;
  if (directory.empty() || !fs::exists(manifestPath, error)) return entries;
  std::ifstream in(manifestPath);
  nlohmann::json manifest;
  try {
    manifest = nlohmann::json::parse(in);
  } catch (const nlohmann::json::exception& e) {
    throw std::runtime_error(manifestPath.string() + ": malformed JSON: " + e.what());
  }
  if (!manifest.is_object() || !manifest.contains("weights") || !manifest["weights"].is_array())
    throw std::runtime_error(manifestPath.string() + ": expected {\"weights\": [ … ]}");
  for (const auto& item : manifest["weights"]) {
    if (!item.is_object() || !item.contains("id") || !item.contains("file") || !item["id"].is_string() ||
        !item["file"].is_string())
      throw std::runtime_error(manifestPath.string() + ": every entry needs a string \"id\" and \"file\"");
    const fs::path file = directory / item["file"].get<std::string>();
    WeightsEntry entry = describeWeightsFile(file, "bundled");
    entry.id = item["id"].get<std::string>();
    entry.command = item.value("command", entry.command);
    entry.created = item.value("created", entry.created);
    entry.title = item.value("title", std::string());
    entry.sha256 = item.value("sha256", std::string());
    entries.push_back(std::move(entry));
  }
  return entries;
}

std::vector<WeightsEntry> listRuns(const fs::path& directory) {
  std::vector<WeightsEntry> entries;
  std::error_code error;
  if (directory.empty() || !fs::is_directory(directory, error)) return entries;
  std::vector<fs::path> files;
  // The runs folder and one level below it (a GUI run is a folder with its log and checkpoint).
  for (const auto& item : fs::directory_iterator(directory, error)) {
    if (item.is_regular_file(error) && isCheckpointFile(item.path())) files.push_back(item.path());
    if (item.is_directory(error))
      for (const auto& inner : fs::directory_iterator(item.path(), error))
        if (inner.is_regular_file(error) && isCheckpointFile(inner.path())) files.push_back(inner.path());
  }
  for (const fs::path& file : files) {
    try {
      WeightsEntry entry = describeWeightsFile(file, "run");
      entry.id = runId(file);
      entries.push_back(std::move(entry));
    } catch (const std::exception&) {
      // a half-written or foreign file in the runs folder is not the library's business
    }
  }
  std::sort(entries.begin(), entries.end(), [](const WeightsEntry& a, const WeightsEntry& b) {
    return a.created != b.created ? a.created > b.created : a.id < b.id;
  });
  return entries;
}

// "2026-12-02T15:32:07Z" (UTC).
std::string isoTime(std::time_t t) {
  std::tm utc{};
  gmtime_r(&t, &utc);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return buffer;
}

std::string dateStamp(std::int64_t unixSeconds) {
  const std::time_t t = static_cast<std::time_t>(unixSeconds);
  std::tm local{};
  localtime_r(&t, &local);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%d_%H%M", &local);
  return buffer;
}

}  // namespace

fs::path defaultBundledWeightsDirectory() {
  if (auto dir = environmentPath("ALEXNET_WEIGHTS_DIR")) return *dir;
  std::error_code error;
  const fs::path executable = fs::read_symlink("/proc/self/exe", error);
  if (error) return {};
  return (executable.parent_path() / ".." / "share" / "alexnet-lab" / "weights").lexically_normal();
}

fs::path defaultRunsDirectory() {
  if (auto dir = environmentPath("ALEXNET_RUNS_DIR")) return *dir;
  if (auto data = environmentPath("XDG_DATA_HOME"); data && data->is_absolute()) return *data / "alexnet-lab" / "runs";
  if (auto home = environmentPath("HOME")) return *home / ".local" / "share" / "alexnet-lab" / "runs";
  return {};
}

WeightsLibraryOptions defaultWeightsLibraryOptions() {
  return {.bundledDirectory = defaultBundledWeightsDirectory(), .runsDirectory = defaultRunsDirectory()};
}

std::vector<WeightsEntry> listWeights(const WeightsLibraryOptions& options) {
  std::vector<WeightsEntry> entries = listBundled(options.bundledDirectory);
  std::vector<WeightsEntry> runs = listRuns(options.runsDirectory);
  std::set<std::string> taken;
  for (const WeightsEntry& e : entries) taken.insert(e.id);
  for (WeightsEntry& run : runs) {  // ids stay unique: a clash gets "-2", "-3", …
    std::string id = run.id;
    for (int n = 2; taken.count(id); ++n) id = run.id + "-" + std::to_string(n);
    run.id = id;
    taken.insert(id);
    entries.push_back(std::move(run));
  }
  return entries;
}

WeightsEntry describeWeightsFile(const fs::path& path, const std::string& source) {
  const std::map<std::string, std::string> metadata = readSafeTensorsMetadata(path);
  SafeTensors header;
  header.metadata = metadata;
  const std::optional<ModelConfig> config = checkpointModelConfig(header);
  if (!config) throw CheckpointError(path.string() + ": records no model in its metadata (give --model with it)");
  WeightsEntry entry;
  entry.id = path.stem().string();
  entry.config = *config;
  entry.source = source;
  if (auto epochs = metadataReal(metadata, "epoch")) entry.epochs = static_cast<std::int64_t>(*epochs);
  entry.testAccuracy = metadataReal(metadata, "test_accuracy");
  entry.command = metadataText(metadata, "command");
  entry.created = metadataText(metadata, "created");
  entry.path = path;
  if (entry.created.empty()) {  // older files: the file's modification time
    std::error_code error;
    const auto written = fs::last_write_time(path, error);
    if (!error) {
      entry.created = isoTime(std::chrono::system_clock::to_time_t(std::chrono::file_clock::to_sys(written)));
    }
  }
  return entry;
}

WeightsEntry resolveWeights(const std::string& pathOrId, const WeightsLibraryOptions& options) {
  std::error_code error;
  const fs::path asPath(pathOrId);
  if (fs::is_regular_file(asPath, error)) {
    const fs::path wanted = fs::weakly_canonical(asPath, error);
    for (const WeightsEntry& entry : listWeights(options))
      if (fs::weakly_canonical(entry.path, error) == wanted) return entry;
    return describeWeightsFile(asPath, "file");
  }
  if (fs::is_directory(asPath, error)) throw std::runtime_error(pathOrId + ": is a directory, not a checkpoint file");
  for (const WeightsEntry& entry : listWeights(options))
    if (entry.id == pathOrId) return entry;
  throw std::runtime_error(pathOrId + ": no such file or weights id (`alexnet-lab weights` lists the ids)");
}

// "modern_lenet.py" → "modern_lenet": letters, digits, '-' and '_' only, at most 40 of them.
std::string codeStem(const std::string& codeName) {
  std::string stem = fs::path(codeName).stem().string(), out;
  for (char c : stem)
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_') out += c;
  if (out.size() > 40) out.resize(40);
  return out.empty() ? "code" : out;
}

std::string runFileStem(const ModelConfig& config, std::int64_t unixSeconds) {
  std::string name = config.kind == ModelKind::Code ? codeStem(config.codeName) : modelName(config.kind);
  if (config.kind == ModelKind::AlexNet && !(config.widths == AlexNetWidths{})) {
    name += "-";
    for (std::size_t i = 0; i < config.widths.values.size(); ++i)
      name += (i ? "-" : "") + std::to_string(config.widths.values[i]);
  }
  if (config.inputSize != 0 && config.inputSize != defaultInputSize(config.kind))
    name += "-" + std::to_string(config.inputSize) + "px";
  return name + "_" + dateStamp(unixSeconds);
}

std::string describeBriefly(const WeightsEntry& entry) {
  std::string text = entry.config.kind == ModelKind::LeNet     ? "LeNet"
                     : entry.config.kind == ModelKind::AlexNet ? "AlexNet"
                     : entry.config.kind == ModelKind::Code
                         ? (entry.config.codeName.empty() ? "code" : entry.config.codeName)
                         : "AlexNet (2012)";
  const std::int64_t side = effectiveInputSize(entry.config);
  if (side != defaultInputSize(entry.config.kind)) text += " " + std::to_string(side) + "×" + std::to_string(side);
  if (!entry.title.empty()) {
    text += ", " + entry.title;
  } else if (entry.epochs) {
    text += ", " + std::to_string(*entry.epochs) + (*entry.epochs == 1 ? " epoch" : " epochs");
  }
  if (entry.testAccuracy) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, ", test acc %.3f", *entry.testAccuracy);
    text += buffer;
  }
  return text;
}

std::string sha256File(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(path.string() + ": cannot open");
  Sha256 hash;
  std::vector<char> chunk(1 << 16);
  while (in) {
    in.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
    hash.update(chunk.data(), static_cast<std::size_t>(in.gcount()));
  }
  return hash.hex();
}

std::string currentIsoTime() { return isoTime(std::time(nullptr)); }

}  // namespace alexnet
