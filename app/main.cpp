// alexnet-lab: the GUI by default; subcommands (PRODUCT.md §3) run the same core from a shell.
// This is the only place that turns exceptions into exit statuses.
#include <algorithm>
#include <cstdio>
#include <vector>
#include <exception>
#include <functional>
#include <map>
#include <string>

#include "alexnet/core/exec/allocator_tuning.h"
#include "alexnet/core/exec/isa.h"
#include "alexnet/core/models/sequential_code.h"
#include "cli/arguments.h"
#include "cli/command_help.h"
#include "cli/commands.h"
#include "ui/gui_main.h"

namespace {

const std::map<std::string, std::function<int(const alexnet::cli::CommandArgs&)>>& commands() {
  static const std::map<std::string, std::function<int(const alexnet::cli::CommandArgs&)>> table{
      {"shapes", alexnet::cli::runShapes}, {"inspect", alexnet::cli::runInspect},
      {"train", alexnet::cli::runTrain},   {"evaluate", alexnet::cli::runEvaluate},
      {"bench", alexnet::cli::runBench},   {"weights", alexnet::cli::runWeights},
      {"explain", alexnet::cli::runExplain},
  };
  return table;
}

void printUsage(std::FILE* out) {
  std::fputs(
      "usage: alexnet-lab                       start the GUI\n"
      "       alexnet-lab --screenshot FILE [--tab T] [--model M] [--image IMG] [--step K] ...\n"
      "         T: architecture|inspect|shapes|training|network|conv-arithmetic|receptive-field|saliency|guided-backprop\n"
      "         --size WxH: the window's size (default 1400x900; 1024x700 is the smallest layout)\n"
      "       alexnet-lab --model-file NET.py          start the GUI with that code in the Network editor\n"
      "       alexnet-lab shapes   --model alexnet|lenet|alexnet2012 [--json]\n"
      "       alexnet-lab train    --model M [--epochs E --lr LR --batch B --momentum M --weight-decay W\n"
      "                              --lr-schedule constant|cosine --limit N --out CKPT --log CSV ...]\n"
      "       alexnet-lab train    --resume CKPT|ID [--epochs E]\n"
      "       alexnet-lab evaluate --weights CKPT|ID [--model M] [--data DIR] [--json]\n"
      "       alexnet-lab inspect  (--model M | --weights CKPT|ID) (--image F | --sample K | --tensor F)\n"
      "       alexnet-lab bench    --model M [--batch B] [--train] [--json]\n"
      "       alexnet-lab weights  [--json] [--check]     the weights library: ids for --weights\n"
      "       alexnet-lab explain  occlusion (--model M --weights W | --weights ID) (--image F | --sample K)\n"
      "                              [--patch P] [--stride S] [--fill V] [--class C] [--json] [--png F]\n"
      "       alexnet-lab explain  maximize (--model M --weights W | --weights ID) --layer I --channel C\n"
      "                              [--steps N] [--dump F] [--png F] [--json]\n"
      "--weights takes a checkpoint path or a library id (then --model, --widths, --input-size come from it)\n"
      "common: --input-size S, --widths c1,c2,c3,c4,c5,f1,f2 (alexnet), --seed S, --threads T\n"
      "       --model-file FILE instead of --model: a network written as PyTorch nn.Sequential code\n"
      "       alexnet-lab SUBCOMMAND --help   every option of a subcommand, with its default\n"
      "       alexnet-lab --version\n",
      out);
}

}  // namespace

int main(int argc, char** argv) {
  alexnet::keepFreedTensorMemory();           // a process-wide allocator choice: the program's, not the library's
  if (!alexnet::isaRequestError().empty()) {  // ALEXNET_ISA asked for a path this CPU cannot run
    std::fprintf(stderr, "alexnet-lab: %s\n", alexnet::isaRequestError().c_str());
    return 2;
  }
  if (argc >= 2) {
    const std::string first = argv[1];
    if (first == "--help" || first == "-h" || first == "help") {
      printUsage(stdout);
      return 0;
    }
    if (first == "--version") {
      std::printf("alexnet-lab %s (%s kernels)\n", alexnet::cli::kVersion,
                  std::string(alexnet::isaName(alexnet::activeIsa())).c_str());
      return 0;
    }
    auto it = commands().find(first);
    if (it != commands().end()) {
      const std::vector<std::string> rest(argv + 2, argv + argc);
      if (std::find(rest.begin(), rest.end(), "--help") != rest.end() ||
          std::find(rest.begin(), rest.end(), "-h") != rest.end()) {
        std::fputs(alexnet::cli::commandHelp(first).value_or("").c_str(), stdout);
        return 0;
      }
      try {
        return it->second(alexnet::cli::CommandArgs(argv + 2, argv + argc));
      } catch (const alexnet::cli::UsageError& error) {
        std::fprintf(stderr, "alexnet-lab %s: %s\n", first.c_str(), error.what());
        return 2;
      } catch (const alexnet::SequentialCodeError& error) {  // "FILE:LINE:COL: problem", as a compiler says it
        std::fprintf(stderr, "%s\n", error.what());
        return 1;
      } catch (const std::exception& error) {
        std::fprintf(stderr, "alexnet-lab %s: %s\n", first.c_str(), error.what());
        return 1;
      }
    }
    if (first.rfind("--", 0) != 0) {
      const auto near = alexnet::cli::nearestWord(first, alexnet::cli::commandNames());
      std::fprintf(stderr, "alexnet-lab: unknown command '%s'%s (try --help)\n", first.c_str(),
                   near ? (" — did you mean '" + *near + "'?").c_str() : "");
      return 2;
    }
  }
  return alexnet::runGui(argc, argv);
}
