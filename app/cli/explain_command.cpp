// `alexnet-lab explain MODE …`: what a trained network looks at (PRODUCT.md §3). One file per mode;
// this one only picks it.
#include "cli/commands.h"
#include "cli/explain_modes.h"

#include <map>

#include "cli/arguments.h"
#include "cli/command_help.h"

namespace alexnet::cli {

int runExplain(const CommandArgs& args) {
  static const std::map<std::string, int (*)(const CommandArgs&)> modes{
      {"occlusion", runExplainOcclusion},
      {"maximize", runExplainMaximize},
  };
  if (args.empty() || args.front().rfind("--", 0) == 0) throw UsageError("expected a mode: explain occlusion|maximize ...");
  auto it = modes.find(args.front());
  if (it == modes.end()) {
    std::vector<std::string> names;
    for (const auto& [name, run] : modes) names.push_back(name);
    const auto near = nearestWord(args.front(), names);
    throw UsageError("unknown mode '" + args.front() + "'" + (near ? " — did you mean '" + *near + "'?" : ""));
  }
  return it->second(CommandArgs(args.begin() + 1, args.end()));
}

}  // namespace alexnet::cli
