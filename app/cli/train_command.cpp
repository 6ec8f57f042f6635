// Placeholder until the train subcommand lands (see the issue tracker).
#include <stdexcept>

#include "cli/commands.h"

namespace alexnet::cli {
int runTrain(const CommandArgs&) { throw std::runtime_error("'train' is not available in this build yet"); }
}  // namespace alexnet::cli
