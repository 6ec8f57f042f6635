#pragma once
// Texts the GUI composes from core's plain data, in the user's language: durations ("约 29 秒",
// not core's "29s") and error messages (a translated lead sentence, then core's exception text as
// the detail, which names the file, offset or layer and stays as core wrote it).
#include <QString>

namespace alexnet::ui {

// "29 s", "2 min 05 s", "3 h 07 min" (zh_CN: "29 秒", "2 分 05 秒", "3 小时 07 分"); "?" when unknown.
QString localizedDuration(double seconds);

// "LEAD (DETAIL)" with the translated brackets; just LEAD when detail is empty.
QString withDetail(const QString& lead, const QString& detail);

}  // namespace alexnet::ui
