#pragma once
// MonkeyFiles — the files the monkey test opens: good and bad images (PNG, JPEG, a zero-byte file,
// text renamed .png, a truncated PNG and JPEG) and good and bad checkpoints (the bundled LeNet, a
// truncated copy, a text file, a LeNet whose metadata claims AlexNet). Made once in a folder.
#include <QString>
#include <QStringList>

namespace alexnet::ui::monkey {

struct MonkeyFiles {
  QStringList goodImages;
  QStringList badImages;
  QStringList goodCheckpoints;
  QStringList badCheckpoints;
  QStringList runLogs;  // a valid CSV run log and a broken one
};

// Writes the files into `folder` (which must exist); false and *error when one cannot be made.
bool makeMonkeyFiles(const QString& folder, MonkeyFiles* files, QString* error);

}  // namespace alexnet::ui::monkey
