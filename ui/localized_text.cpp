#include "ui/localized_text.h"

#include <QCoreApplication>
#include <cmath>

namespace alexnet::ui {
QString localizedDuration(double seconds) {
  if (!std::isfinite(seconds) || seconds < 0) return QStringLiteral("?");
  const auto total = static_cast<long long>(std::llround(seconds));
  const auto twoDigits = [](long long v) { return QStringLiteral("%1").arg(v, 2, 10, QLatin1Char('0')); };
  if (total >= 3600)
    return QCoreApplication::translate("alexnet::ui::LocalizedText", "%1 h %2 min")
        .arg(total / 3600)
        .arg(twoDigits((total / 60) % 60));
  if (total >= 60)
    return QCoreApplication::translate("alexnet::ui::LocalizedText", "%1 min %2 s")
        .arg(total / 60)
        .arg(twoDigits(total % 60));
  return QCoreApplication::translate("alexnet::ui::LocalizedText", "%1 s").arg(total);
}

QString withDetail(const QString& lead, const QString& detail) {
  if (detail.isEmpty()) return lead;
  return QCoreApplication::translate("alexnet::ui::LocalizedText", "%1 (%2)",
                                     "an error's lead sentence, then core's detail")
      .arg(lead, detail);
}

}  // namespace alexnet::ui
