// Placeholder until the evaluate subcommand lands (see the issue tracker).
#include <stdexcept>

#include "cli/commands.h"

namespace alexnet::cli {
int runEvaluate(const CommandArgs&) { throw std::runtime_error("'evaluate' is not available in this build yet"); }
}  // namespace alexnet::cli
