#pragma once
// Runs the built `alexnet-lab` (ALEXNET_APP_PATH) as a user would, for the CLI tests.
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace alexnet::test {

struct CommandResult {
  int status = -1;
  std::string output;  // stdout and stderr together
};

// Any shell command line, stdout only: stderr goes to the test's log (for output parsed as JSON).
inline CommandResult runShellStdout(const std::string& command) {
  CommandResult result;
  FILE* pipe = ::popen(command.c_str(), "r");
  if (!pipe) return result;
  std::array<char, 4096> buffer{};
  while (std::size_t n = std::fread(buffer.data(), 1, buffer.size(), pipe)) result.output.append(buffer.data(), n);
  const int raw = ::pclose(pipe);
  result.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  return result;
}

// Any shell command line (e.g. /usr/bin/python3 scripts/…), stdout and stderr together.
inline CommandResult runShell(const std::string& command) { return runShellStdout(command + " 2>&1"); }

// Whether Debian's PyTorch can be used (/usr/bin/python3 imports torch and numpy; package
// python3-torch): the tests against real PyTorch skip without it.
inline bool torchAvailable() {
  static const bool available = std::system("/usr/bin/python3 -c 'import torch, numpy' >/dev/null 2>&1") == 0;
  return available;
}

inline CommandResult runApp(const std::string& arguments) {
  return runShell(std::string(ALEXNET_APP_PATH) + " " + arguments);
}

}  // namespace alexnet::test
