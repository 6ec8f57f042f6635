#include "monkey_files.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>

#include "alexnet/core/io/safetensors.h"
#include "alexnet/core/io/weights_library.h"
#include "ui/training/run_log.h"

namespace alexnet::ui::monkey {
namespace {

QImage stripesPhoto(int width, int height) {
  QImage image(width, height, QImage::Format_RGB32);
  for (int y = 0; y < height; ++y)
    for (int x = 0; x < width; ++x) image.setPixel(x, y, qRgb(255 * x / width, 255 * y / height, (x / 7 % 2) * 200));
  QPainter painter(&image);
  painter.setBrush(QColor(20, 20, 20));
  painter.drawEllipse(QPoint(width / 3, height / 2), width / 6, height / 6);
  return image;
}

bool writeBytes(const QString& path, const QByteArray& bytes) {
  QFile file(path);
  return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readBytes(const QString& path) {
  QFile file(path);
  return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString bundled(const std::string& id) {
  return QString::fromStdString(resolveWeights(id, defaultWeightsLibraryOptions()).path.string());
}

}  // namespace

bool makeMonkeyFiles(const QString& folder, MonkeyFiles* files, QString* error) {
  const QDir dir(folder);
  auto fail = [error](const QString& what) {
    *error = what;
    return false;
  };
  const QString png = dir.filePath(QStringLiteral("photo.png"));
  const QString jpeg = dir.filePath(QStringLiteral("photo.jpg"));
  const QString tall = dir.filePath(QStringLiteral("tall.jpg"));
  const QString tiny = dir.filePath(QStringLiteral("tiny.png"));
  if (!stripesPhoto(320, 240).save(png, "PNG") || !stripesPhoto(640, 480).save(jpeg, "JPEG", 90) ||
      !stripesPhoto(300, 1200).save(tall, "JPEG", 85) || !stripesPhoto(3, 5).save(tiny, "PNG"))
    return fail(QStringLiteral("cannot write the test images in %1").arg(folder));
  files->goodImages = {png, jpeg, tall, tiny};

  const QString empty = dir.filePath(QStringLiteral("empty.png"));
  const QString text = dir.filePath(QStringLiteral("notes.png"));
  const QString cutPng = dir.filePath(QStringLiteral("cut.png"));
  const QString cutJpeg = dir.filePath(QStringLiteral("cut.jpg"));
  const QByteArray pngBytes = readBytes(png), jpegBytes = readBytes(jpeg);
  if (!writeBytes(empty, {}) || !writeBytes(text, "this is a text file, not a picture\n") ||
      !writeBytes(cutPng, pngBytes.left(pngBytes.size() / 3)) ||
      !writeBytes(cutJpeg, jpegBytes.left(jpegBytes.size() / 2)))
    return fail(QStringLiteral("cannot write the bad images in %1").arg(folder));
  files->badImages = {empty, text, cutPng, cutJpeg, dir.filePath(QStringLiteral("missing.png"))};

  const QString lenet = bundled("lenet-d2l");
  const QString alexnet = bundled("alexnet-224");
  const QByteArray lenetBytes = readBytes(lenet);
  if (lenetBytes.isEmpty()) return fail(QStringLiteral("the bundled LeNet (%1) cannot be read").arg(lenet));
  files->goodCheckpoints = {lenet, alexnet};

  const QString cut = dir.filePath(QStringLiteral("cut.safetensors"));
  const QString notes = dir.filePath(QStringLiteral("notes.safetensors"));
  const QString liar = dir.filePath(QStringLiteral("lenet_says_alexnet.safetensors"));
  if (!writeBytes(cut, lenetBytes.left(lenetBytes.size() / 2)) || !writeBytes(notes, "not a checkpoint at all\n"))
    return fail(QStringLiteral("cannot write the bad checkpoints in %1").arg(folder));
  try {
    SafeTensors claim = readSafeTensors(lenet.toStdString());
    claim.metadata["model"] = "alexnet";
    claim.metadata["input_size"] = "224";
    claim.metadata.erase("widths");
    writeSafeTensors(liar.toStdString(), claim);
  } catch (const std::exception& e) {
    return fail(QString::fromUtf8(e.what()));
  }
  files->badCheckpoints = {cut, notes, liar, dir.filePath(QStringLiteral("gone.safetensors"))};

  const QString log = dir.filePath(QStringLiteral("run.csv"));
  const QString badLog = dir.filePath(QStringLiteral("broken.csv"));
  if (!writeBytes(log, QByteArray(kRunLogHeader) + "\n1,5,0.5,1.5,0.45,,,800,1\n1,10,1,1.0,0.6,0.65,0.9,800,2\n") ||
      !writeBytes(badLog, "epoch;nothing\n\x01\x02"))
    return fail(QStringLiteral("cannot write the run logs in %1").arg(folder));
  files->runLogs = {log, badLog};
  return true;
}

}  // namespace alexnet::ui::monkey
