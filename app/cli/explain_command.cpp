// `alexnet-lab explain MODE …` (PRODUCT.md §3): picks the explanation; each mode lives in its own file
// (explain_maximize.cpp, …) and parses its own options.
#include "cli/arguments.h"
#include "cli/command_help.h"
#include "cli/commands.h"

namespace alexnet::cli {

int runExplain(const CommandArgs& args) {
  const std::string mode = args.empty() ? std::string() : args.front();
  const CommandArgs rest(args.empty() ? args.end() : args.begin() + 1, args.end());
  if (mode == "maximize") return runExplainMaximize(rest);
  const auto near = nearestWord(mode, {"occlusion", "maximize"});
  throw UsageError("expected a mode, occlusion or maximize" + (mode.empty() ? std::string() : ", not '" + mode + "'") +
                   (near ? " — did you mean '" + *near + "'?" : std::string()));
}

}  // namespace alexnet::cli
