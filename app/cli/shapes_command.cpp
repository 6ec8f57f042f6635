// `alexnet-lab shapes --model M [--input-size S --widths W] [--json]`: the d2l shape table.
#include <cstdio>
#include <nlohmann/json.hpp>

#include "alexnet/core/models/shape_report.h"
#include "cli/commands.h"
#include "cli/model_options.h"

namespace alexnet::cli {
namespace {

std::string withThousands(std::int64_t value) {
  std::string digits = std::to_string(value), out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

}  // namespace

int runShapes(const CommandArgs& rawArgs) {
  const Arguments args(rawArgs, withModelOptions({.flags = {"--json"}}));
  const ModelConfig config = modelConfigFromArguments(args);
  const auto model = buildModel(config);
  const ShapeReport report = makeShapeReport(*model);

  if (args.has("--json")) {
    nlohmann::ordered_json rows = nlohmann::ordered_json::array();
    for (const auto& row : report.rows) {
      rows.push_back({{"index", row.index},
                      {"name", row.name},
                      {"type", row.type},
                      {"output_shape", row.outputShape},
                      {"params", row.params},
                      {"flops", row.flops},
                      {"repr", row.repr},
                      {"book_label", row.bookLabel},
                      {"activation_bytes", row.activationBytes}});
    }
    std::printf("%s\n", rows.dump(2).c_str());
    return 0;
  }
  for (const auto& row : report.rows)
    std::printf("%s output shape: %s\n", row.type.c_str(), toString(row.outputShape).c_str());
  std::printf("\n%-5s %-10s %-18s %14s %16s\n", "index", "name", "type", "params", "FLOPs");
  for (const auto& row : report.rows)
    std::printf("%-5zu %-10s %-18s %14s %16s\n", row.index, row.name.c_str(), row.type.c_str(),
                withThousands(row.params).c_str(), withThousands(row.flops).c_str());
  std::printf("total: %s parameters, %s FLOPs per image (multiply-adds x 2), %s bytes of activations\n",
              withThousands(report.totalParams).c_str(), withThousands(report.totalFlops).c_str(),
              withThousands(report.totalActivationBytes).c_str());
  return 0;
}

}  // namespace alexnet::cli
