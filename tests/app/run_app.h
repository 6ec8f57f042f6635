#pragma once
// Runs the built `alexnet-lab` (ALEXNET_APP_PATH) as a user would, for the CLI tests.
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <string>

namespace alexnet::test {

struct CommandResult {
  int status = -1;
  std::string output;  // stdout and stderr together
};

// Any shell command line (e.g. /usr/bin/python3 scripts/…), stdout and stderr together.
inline CommandResult runShell(const std::string& command) {
  CommandResult result;
  FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
  if (!pipe) return result;
  std::array<char, 4096> buffer{};
  while (std::size_t n = std::fread(buffer.data(), 1, buffer.size(), pipe)) result.output.append(buffer.data(), n);
  const int raw = ::pclose(pipe);
  result.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  return result;
}

inline CommandResult runApp(const std::string& arguments) {
  return runShell(std::string(ALEXNET_APP_PATH) + " " + arguments);
}

}  // namespace alexnet::test
