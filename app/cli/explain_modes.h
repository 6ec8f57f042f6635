#pragma once
// The modes of `alexnet-lab explain` (cli/explain_command.cpp picks one); each in explain_<mode>.cpp.
#include "cli/commands.h"

namespace alexnet::cli {

int runExplainOcclusion(const CommandArgs& args);  // explain occlusion
int runExplainMaximize(const CommandArgs& args);   // explain maximize

}  // namespace alexnet::cli
