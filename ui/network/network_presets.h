#pragma once
// NetworkPresets — the Network screen's starting points: the chapter's networks as nn.Sequential code
// (resources/networks/*.py, embedded as :/networks/<file>), in menu order.
#include <QString>
#include <vector>

namespace alexnet::ui {

struct NetworkPreset {
  QString key;          // "d2l-lenet", "d2l-alexnet", "modern-lenet", "slim-alexnet", "alexnet-28"
  QString displayName;  // translated, for the chooser
  QString fileName;     // "modern_lenet.py": the code's name in messages, checkpoints and run names
};

std::vector<NetworkPreset> networkPresets();
// The preset's code (UTF-8 from the resource, its comments translated: preset_comments.h); "" for an unknown key.
QString networkPresetCode(const QString& key);
// The key of the preset shown first.
QString defaultNetworkPresetKey();

}  // namespace alexnet::ui
