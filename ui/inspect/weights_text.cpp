#include "ui/inspect/weights_text.h"

#include <QCoreApplication>

namespace alexnet::ui {

namespace {
// The titles of resources/weights/manifest.json, so that lupdate offers them for translation.
[[maybe_unused]] const char* const kBundledTitles[] = {
    QT_TRANSLATE_NOOP("alexnet::ui::WeightsText", "d2l recipe"),
    QT_TRANSLATE_NOOP("alexnet::ui::WeightsText", "d2l layers, narrower"),
};
}  // namespace

QString describeWeights(const WeightsEntry& entry) {
  QString text = entry.config.kind == ModelKind::LeNet     ? QStringLiteral("LeNet")
                 : entry.config.kind == ModelKind::AlexNet ? QStringLiteral("AlexNet")
                 : entry.config.kind == ModelKind::Code    ? QString::fromStdString(entry.config.codeName)
                                                           : QStringLiteral("AlexNet (2012)");
  const std::int64_t side = effectiveInputSize(entry.config);
  if (side != defaultInputSize(entry.config.kind)) text += QStringLiteral(" %1×%1").arg(side);
  if (!entry.title.empty()) {
    text += QCoreApplication::translate("alexnet::ui::WeightsText", ", %1")
                .arg(QCoreApplication::translate("alexnet::ui::WeightsText", entry.title.c_str()));
  } else if (entry.epochs) {
    text += QCoreApplication::translate("alexnet::ui::WeightsText", ", %1 epochs").arg(*entry.epochs);
  }
  if (entry.testAccuracy)
    text +=
        QCoreApplication::translate("alexnet::ui::WeightsText", ", test acc %1").arg(*entry.testAccuracy, 0, 'f', 3);
  return text;
}

}  // namespace alexnet::ui
