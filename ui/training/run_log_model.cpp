#include "ui/training/run_log_model.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>
#include <exception>

namespace alexnet::ui {

namespace {

constexpr quint64 kMaxHeaderBytes = 16u << 20;  // a header bigger than this is not ours

std::optional<ModelKind> kindFromName(const QString& name) {
  const QString lower = name.toLower();
  if (lower.contains(QLatin1String("alexnet"))) return ModelKind::AlexNet;
  if (lower.contains(QLatin1String("lenet"))) return ModelKind::LeNet;
  return std::nullopt;
}

}  // namespace

QString safetensorsModelName(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) return {};
  const QByteArray size = file.read(8);
  if (size.size() != 8) return {};
  const quint64 length = qFromLittleEndian<quint64>(size.constData());
  if (length == 0 || length > kMaxHeaderBytes) return {};
  const QByteArray header = file.read(static_cast<qint64>(length));
  if (static_cast<quint64>(header.size()) != length) return {};
  const QJsonDocument json = QJsonDocument::fromJson(header);
  return json.object().value(QStringLiteral("__metadata__")).toObject().value(QStringLiteral("model")).toString();
}

RunLogModel runLogModel(const QString& logPath) {
  const QFileInfo info(logPath);
  const QDir dir = info.absoluteDir();
  for (const QString& name :
       {QStringLiteral("checkpoint.safetensors"), info.completeBaseName() + QStringLiteral(".safetensors")}) {
    const QString checkpoint = dir.filePath(name);
    const QString model = safetensorsModelName(checkpoint);
    if (model.isEmpty()) continue;
    try {
      const ModelKind kind = parseModelKind(model.toStdString());
      if (kind == ModelKind::LeNet || kind == ModelKind::AlexNet) return {kind, checkpoint};
    } catch (const std::exception&) {
      // not a model we know: fall back to the names
    }
  }
  if (const auto kind = kindFromName(info.completeBaseName())) return {kind, info.fileName()};
  if (const auto kind = kindFromName(dir.dirName())) return {kind, dir.dirName()};
  return {};
}

}  // namespace alexnet::ui
