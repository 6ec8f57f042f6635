#pragma once
// Learning-rate schedules, applied once per epoch (so a resumed run gets the same rate as an
// uninterrupted one: the rate depends only on the epoch index and the run's total epochs).
//
//   constant: lr_e = lr                                   (d2l's train_ch6)
//   cosine:   lr_e = lr · ½ · (1 + cos(π · e / E))        (e = 0 … E−1; torch.optim.lr_scheduler.
//             CosineAnnealingLR(T_max=E, eta_min=0) stepped once per epoch)
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace alexnet {

enum class LrSchedule { Constant, Cosine };

// "constant" / "cosine".
std::string lrScheduleName(LrSchedule schedule);
std::optional<LrSchedule> parseLrSchedule(std::string_view name);

// The learning rate of 0-based `epoch` of an `epochs`-epoch run.
float learningRateAt(float baseLearningRate, LrSchedule schedule, std::int64_t epoch, std::int64_t epochs);

}  // namespace alexnet
