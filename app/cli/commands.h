#pragma once
// One function per subcommand (PRODUCT.md §3); each lives in its own file in app/cli/.
// They return the process exit status; they throw UsageError for bad arguments (status 2)
// and std::exception for failures (status 1). main() turns both into one line on stderr.
#include <string>
#include <vector>

namespace alexnet::cli {

using CommandArgs = std::vector<std::string>;  // arguments after the subcommand name

int runShapes(const CommandArgs& args);
int runInspect(const CommandArgs& args);
int runTrain(const CommandArgs& args);
int runEvaluate(const CommandArgs& args);
int runBench(const CommandArgs& args);
int runWeights(const CommandArgs& args);
int runExplain(const CommandArgs& args);          // dispatches on the mode: explain_command.cpp
int runExplainMaximize(const CommandArgs& args);  // args after "maximize"

}  // namespace alexnet::cli
