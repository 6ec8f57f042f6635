// alexnet-lab weights [--json] [--check] — the weights library (core/io/weights_library.h):
// bundled trained networks, the user's runs, with their ids for `--weights ID`.
//   --json   one object {"weights": [{id, model, input_size, widths, source, epochs,
//            test_accuracy, command, path, created}, …]}
//   --check  also recomputes each bundled file's SHA-256 against the manifest (exit 1 on a mismatch)
#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>

#include "alexnet/core/io/weights_library.h"
#include "cli/arguments.h"
#include "cli/commands.h"

namespace alexnet::cli {

namespace {

nlohmann::ordered_json entryJson(const WeightsEntry& e) {
  nlohmann::ordered_json json;
  json["id"] = e.id;
  json["model"] = modelName(e.config.kind);
  json["input_size"] = effectiveInputSize(e.config);
  json["widths"] = e.config.kind == ModelKind::LeNet ? nlohmann::ordered_json(nullptr)
                                                     : nlohmann::ordered_json(e.config.widths.values);
  json["source"] = e.source;
  json["epochs"] = e.epochs ? nlohmann::ordered_json(*e.epochs) : nlohmann::ordered_json(nullptr);
  json["test_accuracy"] = e.testAccuracy ? nlohmann::ordered_json(*e.testAccuracy) : nlohmann::ordered_json(nullptr);
  json["command"] = e.command;
  json["path"] = e.path.string();
  json["created"] = e.created;
  if (!e.title.empty()) json["title"] = e.title;
  if (!e.sha256.empty()) json["sha256"] = e.sha256;
  return json;
}

}  // namespace

int runWeights(const CommandArgs& rawArgs) {
  const Arguments args(rawArgs, {.valueOptions = {}, .flags = {"--json", "--check"}});
  const WeightsLibraryOptions options = defaultWeightsLibraryOptions();
  const std::vector<WeightsEntry> entries = listWeights(options);

  int status = 0;
  if (args.has("--check")) {
    for (const WeightsEntry& e : entries) {
      if (e.source != "bundled") continue;
      const std::string actual = sha256File(e.path);
      if (actual != e.sha256) {
        std::fprintf(stderr, "%s: SHA-256 %s, the manifest says %s\n", e.path.string().c_str(), actual.c_str(),
                     e.sha256.c_str());
        status = 1;
      }
    }
  }

  if (args.has("--json")) {
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const WeightsEntry& e : entries) list.push_back(entryJson(e));
    std::printf("%s\n", nlohmann::ordered_json{{"weights", list}}.dump(2).c_str());
    return status;
  }
  if (entries.empty()) {
    std::printf("no weights found (bundled: %s; runs: %s)\n", options.bundledDirectory.string().c_str(),
                options.runsDirectory.string().c_str());
    return status;
  }
  std::printf("%-34s %-8s %-10s %s\n", "id", "source", "created", "what");
  for (const WeightsEntry& e : entries)
    std::printf("%-34s %-8s %-10s %s\n", e.id.c_str(), e.source.c_str(), e.created.substr(0, 10).c_str(),
                describeBriefly(e).c_str());
  std::printf("\nbundled: %s\nruns:    %s\nuse an id with --weights, e.g. alexnet-lab evaluate --weights %s\n",
              options.bundledDirectory.string().c_str(), options.runsDirectory.string().c_str(),
              entries.front().id.c_str());
  return status;
}

}  // namespace alexnet::cli
