#pragma once
// The preprocessing notes of the Inspect screen in the user's language. Core's PreprocessStage
// carries an English phrase ("already gray", "28x28 -> 224x224 bilinear", "auto: border mean 0.870
// > 0.5, light background") for the CLI and logs; the GUI says the same from the structured result
// instead: the stage's name and `applied` flag, the shapes of the stage images (1, C, H, W), the
// options the run used and the border mean.
#include <QString>
#include <cstddef>

#include "alexnet/core/data/preprocess.h"

namespace alexnet::ui {

// The translated note of result.stages[index] (index 0 is the input).
QString preprocessNote(const PreprocessResult& result, std::size_t index, const PreprocessOptions& options);

}  // namespace alexnet::ui
