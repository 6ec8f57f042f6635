// Placeholder until the bench subcommand lands (see the issue tracker).
#include <stdexcept>

#include "cli/commands.h"

namespace alexnet::cli {
int runBench(const CommandArgs&) { throw std::runtime_error("'bench' is not available in this build yet"); }
}  // namespace alexnet::cli
