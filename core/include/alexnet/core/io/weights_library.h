#pragma once
// The weights library — every set of weights the user can pick by name:
//   bundled  trained networks shipped with the program (resources/weights/, installed to
//            share/alexnet-lab/weights/ beside bin/), listed in its manifest.json;
//   run      checkpoints of the user's training runs (GUI or CLI) in the runs folder;
//   file     any other checkpoint, named by its path.
//
// An entry's id is what `--weights` accepts instead of a path ("lenet-d2l", or a run's readable
// name such as "lenet_2026-12-02_1532"). Everything else (model, input size, widths, epochs,
// test accuracy, command) comes from the checkpoint's metadata and, for bundled files, the
// manifest. Listing reads headers only, never the tensors.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "alexnet/core/models/model_config.h"

namespace alexnet {

struct WeightsEntry {
  std::string id;
  ModelConfig config;  // from the checkpoint's metadata
  std::string source;  // "bundled" | "run" | "file"
  std::optional<std::int64_t> epochs;
  std::optional<double> testAccuracy;
  std::string command;  // the command that made it ("" if unknown)
  std::filesystem::path path;
  std::string created;  // ISO 8601 date-time ("" if unknown)
  std::string title;    // bundled: a short description ("d2l recipe"); else ""
  std::string sha256;   // bundled: the manifest's checksum; else ""
};

struct WeightsLibraryOptions {
  std::filesystem::path bundledDirectory;  // holds manifest.json; empty = none
  std::filesystem::path runsDirectory;     // empty = none
};

// $ALEXNET_WEIGHTS_DIR, else <dir of this executable>/../share/alexnet-lab/weights (the install
// layout; the build tree copies resources/weights to the same place beside app/).
std::filesystem::path defaultBundledWeightsDirectory();
// $ALEXNET_RUNS_DIR, else $XDG_DATA_HOME/alexnet-lab/runs, else ~/.local/share/alexnet-lab/runs.
std::filesystem::path defaultRunsDirectory();
WeightsLibraryOptions defaultWeightsLibraryOptions();

// Bundled entries (manifest order) then runs (newest first). Unreadable run files are skipped;
// a malformed manifest throws std::runtime_error naming it.
std::vector<WeightsEntry> listWeights(const WeightsLibraryOptions& options);

// One checkpoint's entry from its metadata (source "file" unless told). Throws naming the file.
WeightsEntry describeWeightsFile(const std::filesystem::path& path, const std::string& source = "file");

// A `--weights` argument: an existing file is a "file" entry (or the library's entry for that
// file); otherwise an id of the library. Throws std::runtime_error "no such file or weights id".
WeightsEntry resolveWeights(const std::string& pathOrId, const WeightsLibraryOptions& options);

// A readable file stem for a new run: "lenet_2026-12-02_1532" (local time), or for AlexNet with
// non-default widths "alexnet-12-32-48-48-32-64-64_…"; the input size is added when not default.
std::string runFileStem(const ModelConfig& config, std::int64_t unixSeconds);

// "LeNet, d2l recipe, test acc 0.808" / "AlexNet 224×224 (widths …), 3 epochs, test acc 0.884".
std::string describeBriefly(const WeightsEntry& entry);

// Lower-case hex SHA-256 of a file's bytes.
std::string sha256File(const std::filesystem::path& path);

// UTC now as "2026-12-02T15:32:07Z".
std::string currentIsoTime();

}  // namespace alexnet
