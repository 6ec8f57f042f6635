#include "ui/network/network_presets.h"

#include <QCoreApplication>
#include <QFile>

#include "ui/network/preset_comments.h"

namespace alexnet::ui {

std::vector<NetworkPreset> networkPresets() {
  return {
      {QStringLiteral("d2l-lenet"), QCoreApplication::translate("alexnet::ui::NetworkPresets", "d2l LeNet"),
       QStringLiteral("d2l_lenet.py")},
      {QStringLiteral("d2l-alexnet"),
       QCoreApplication::translate("alexnet::ui::NetworkPresets", "d2l AlexNet (as printed in the chapter)"),
       QStringLiteral("d2l_alexnet.py")},
      {QStringLiteral("modern-lenet"),
       QCoreApplication::translate("alexnet::ui::NetworkPresets", "Modern LeNet (ReLU, max pooling, dropout)"),
       QStringLiteral("modern_lenet.py")},
      {QStringLiteral("slim-alexnet"), QCoreApplication::translate("alexnet::ui::NetworkPresets", "Slim AlexNet"),
       QStringLiteral("slim_alexnet.py")},
      {QStringLiteral("alexnet-28"), QCoreApplication::translate("alexnet::ui::NetworkPresets", "AlexNet for 28×28"),
       QStringLiteral("alexnet_28.py")},
  };
}

QString networkPresetCode(const QString& key) {
  for (const NetworkPreset& preset : networkPresets()) {
    if (preset.key != key) continue;
    QFile file(QStringLiteral(":/networks/") + preset.fileName);
    if (!file.open(QIODevice::ReadOnly)) return {};
    return translatePresetComments(QString::fromUtf8(file.readAll()));  // comments in the user's language
  }
  return {};
}

QString defaultNetworkPresetKey() { return QStringLiteral("modern-lenet"); }

}  // namespace alexnet::ui
