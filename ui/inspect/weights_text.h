#pragma once
// The words for a weights-library entry on screen, translated: "LeNet, d2l recipe, test acc 0.808"
// (zh_CN: "LeNet，d2l 训练方法，测试准确率 0.808"). The CLI's English form is core's describeBriefly.
#include <QString>

#include "alexnet/core/io/weights_library.h"

namespace alexnet::ui {

QString describeWeights(const WeightsEntry& entry);

}  // namespace alexnet::ui
