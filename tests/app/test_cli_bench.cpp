// `alexnet-lab bench --json` (PRODUCT.md §3 fields), on LeNet with one repeat so the test stays short.
// The figures are machine-dependent; only their presence, sign and consistency are checked.
#include <gmock/gmock.h>

#include <nlohmann/json.hpp>
#include <string>

#include "app/run_app.h"

namespace alexnet {
namespace {

std::string runApp(const std::string& arguments, int* status) {
  const test::CommandResult result = test::runApp(arguments);
  *status = result.status;
  return result.output;
}

TEST(CliBench, JsonHasTheProductFields) {
  int status = -1;
  const std::string out = runApp("bench --model lenet --json --repeats 1 --threads 1 --batch 16", &status);
  ASSERT_EQ(status, 0) << out;
  const auto j = nlohmann::json::parse(out);
  EXPECT_EQ(j.at("model"), "lenet");
  EXPECT_EQ(j.at("threads"), 1);
  EXPECT_GT(j.at("forward_ms_b1").get<double>(), 0.0);
  EXPECT_GT(j.at("forward_images_per_s").get<double>(), 0.0);
  EXPECT_TRUE(j.at("train_images_per_s").is_null());  // not measured without --train
  EXPECT_EQ(j.at("train_batch"), 16);
  EXPECT_GT(j.at("peak_rss_mb").get<double>(), 0.0);
  ASSERT_EQ(j.at("layers").size(), 12u);
  for (const auto& layer : j.at("layers")) {
    EXPECT_TRUE(layer.contains("index") && layer.contains("name") && layer.contains("forward_ms") &&
                layer.contains("gflops"))
        << layer.dump();
  }
  EXPECT_EQ(j.at("layers")[11].at("name"), "fc5");
}

TEST(CliBench, TrainFlagMeasuresTraining) {
  int status = -1;
  const std::string out = runApp("bench --model lenet --json --repeats 1 --train --batch 8", &status);
  ASSERT_EQ(status, 0) << out;
  EXPECT_GT(nlohmann::json::parse(out).at("train_images_per_s").get<double>(), 0.0);
}

TEST(CliBench, BadArgumentsAreUsageErrors) {
  int status = -1;
  EXPECT_THAT(runApp("bench --model lenet --batch 0", &status), ::testing::HasSubstr("--batch"));
  EXPECT_EQ(status, 2);
  EXPECT_THAT(runApp("bench --model lenet --repeats x", &status), ::testing::HasSubstr("--repeats"));
  EXPECT_EQ(status, 2);
  runApp("bench", &status);
  EXPECT_EQ(status, 2);
}

}  // namespace
}  // namespace alexnet
