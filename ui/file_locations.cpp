#include "ui/file_locations.h"

#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace alexnet::ui {
namespace {
const QString kImageFolderKey = QStringLiteral("files/imageFolder");
}

QString lastImageFolder() {
  const QString saved = QSettings().value(kImageFolderKey).toString();
  if (!saved.isEmpty() && QFileInfo(saved).isDir()) return saved;
  return QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
}

void rememberImageFolder(const QString& imagePath) {
  QSettings().setValue(kImageFolderKey, QFileInfo(imagePath).absolutePath());
}

}  // namespace alexnet::ui
