#include "alexnet/core/train/lr_schedule.h"

#include <cmath>
#include <numbers>

namespace alexnet {

std::string lrScheduleName(LrSchedule schedule) { return schedule == LrSchedule::Cosine ? "cosine" : "constant"; }

std::optional<LrSchedule> parseLrSchedule(std::string_view name) {
  if (name == "constant" || name.empty()) return LrSchedule::Constant;
  if (name == "cosine") return LrSchedule::Cosine;
  return std::nullopt;
}

float learningRateAt(float baseLearningRate, LrSchedule schedule, std::int64_t epoch, std::int64_t epochs) {
  if (schedule == LrSchedule::Constant || epochs <= 0) return baseLearningRate;
  const double t = static_cast<double>(epoch) / static_cast<double>(epochs);
  return static_cast<float>(baseLearningRate * 0.5 * (1.0 + std::cos(std::numbers::pi * t)));
}

}  // namespace alexnet
