// The command line documents itself: --version, `SUBCOMMAND --help` for every subcommand (exit 0,
// every option the subcommand accepts is listed), and typos get the nearest known word (exit 2).
#include <gmock/gmock.h>

#include <string>
#include <vector>

#include "alexnet/core/exec/isa.h"
#include "app/run_app.h"

namespace alexnet::test {
namespace {

TEST(CliHelp, VersionNamesTheReleaseAndTheKernelPath) {
  const auto r = runApp("--version");
  EXPECT_EQ(r.status, 0);
  // The child inherits ALEXNET_ISA, so this holds on every path the suite runs on.
  EXPECT_EQ(r.output, "alexnet-lab 0.3.0 (" + std::string(isaName(activeIsa())) + " kernels)\n");
}

TEST(CliHelp, EverySubcommandHasHelpListingItsOptions) {
  const std::pair<const char*, std::vector<const char*>> expected[] = {
      {"shapes", {"--model", "--input-size", "--widths", "--json"}},
      {"train",
       {"--epochs", "--lr", "--batch", "--momentum", "--weight-decay", "--lr-schedule", "--limit", "--out", "--log",
        "--resume", "--checkpoint-every"}},
      {"evaluate", {"--weights", "--data", "--limit", "--json"}},
      {"inspect", {"--weights", "--image", "--sample", "--tensor", "--dump", "--png", "--json"}},
      {"bench", {"--batch", "--train", "--json"}},
      {"weights", {"--json", "--check"}},
      {"explain",
       {"--weights", "--image", "--sample", "--patch", "--stride", "--fill", "--class", "--json", "--png", "--layer",
        "--channel", "--steps", "--dump"}},
  };
  for (const auto& [command, options] : expected) {
    const auto r = runApp(std::string(command) + " --help");
    EXPECT_EQ(r.status, 0) << command;
    EXPECT_THAT(r.output, ::testing::StartsWith(std::string("usage: alexnet-lab ") + command)) << r.output;
    for (const char* option : options) EXPECT_THAT(r.output, ::testing::HasSubstr(option)) << command;
  }
}

TEST(CliHelp, TyposSuggestTheNearestWord) {
  auto r = runApp("trian");
  EXPECT_EQ(r.status, 2);
  EXPECT_THAT(r.output, ::testing::HasSubstr("did you mean 'train'?"));
  r = runApp("train --limt 5");
  EXPECT_EQ(r.status, 2);
  EXPECT_THAT(r.output, ::testing::HasSubstr("did you mean '--limit'?"));
  r = runApp("frobnicate");
  EXPECT_EQ(r.status, 2);
  EXPECT_THAT(r.output, ::testing::Not(::testing::HasSubstr("did you mean")));
}

}  // namespace
}  // namespace alexnet::test
