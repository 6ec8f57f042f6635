#pragma once
// Where the file dialogs start: checkpoints and run logs in the runs folder (core's
// defaultRunsDirectory, used by the panels directly), images in the folder of the last image that
// opened ("files/imageFolder" in QSettings; the user's Pictures folder before that).
#include <QString>

namespace alexnet::ui {

QString lastImageFolder();
void rememberImageFolder(const QString& imagePath);  // the folder of a file that opened

}  // namespace alexnet::ui
