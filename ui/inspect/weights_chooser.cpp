#include "ui/inspect/weights_chooser.h"

#include <QDateTime>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>
#include <QSignalBlocker>

#include "ui/inspect/weights_text.h"

namespace alexnet::ui {

namespace {

constexpr int kPathRole = Qt::UserRole;
constexpr int kKindRole = Qt::UserRole + 1;  // "entry", "untrained", "open"

QString settingsKey(const QString& modelKey) { return QStringLiteral("inspect/weights/%1").arg(modelKey); }
// How "untrained" is written in the settings (an empty QString would read back as no value at all).
const QString kUntrainedSetting = QStringLiteral("untrained");

// "Bundled: AlexNet, widths 24…256, test acc 0.897" / "Run 2 Dec 15:32: LeNet, 3 epochs, test acc 0.75"
QString entryLabel(const WeightsEntry& entry) {
  const QString brief = describeWeights(entry);
  if (entry.source == "bundled") return WeightsChooser::tr("Trained (bundled): %1").arg(brief);
  const QDateTime created = QDateTime::fromString(QString::fromStdString(entry.created), Qt::ISODate);
  const QString when = created.isValid()
                           ? QLocale().toString(created.toLocalTime(), WeightsChooser::tr("d MMM HH:mm", "date format"))
                           : QString::fromStdString(entry.id);
  if (entry.source == "run") return WeightsChooser::tr("Your run, %1: %2").arg(when, brief);
  return WeightsChooser::tr("File %1: %2")
      .arg(QFileInfo(QString::fromStdString(entry.path.string())).fileName(), brief);
}

}  // namespace

WeightsChooser::WeightsChooser(QWidget* parent) : QComboBox(parent) {
  setObjectName(QStringLiteral("weightsChooser"));
  setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
  setMinimumContentsLength(18);
  setToolTip(tr("Which weights this network uses: trained ones from the library, or untrained"));
  try {
    m_library = listWeights(defaultWeightsLibraryOptions());
  } catch (const std::exception&) {
    m_library.clear();  // a broken manifest: untrained and Open file… still work
  }
  connect(this, &QComboBox::activated, this, [this](int index) {
    const QString kind = itemData(index, kKindRole).toString();
    if (kind == QLatin1String("open")) {
      choosePath(m_chosen.value(m_modelKey));  // back to the previous item until a file is picked
      emit openFileRequested();
      return;
    }
    const QString path = itemData(index, kPathRole).toString();
    remember(path);
    emit weightsChosen(path);
  });
}

std::optional<WeightsEntry> WeightsChooser::defaultEntry(const std::vector<WeightsEntry>& library,
                                                         const ModelConfig& config, const QString& modelKey) {
  for (const WeightsEntry& e : library)
    if (e.source == "bundled" && e.config.kind == config.kind &&
        (config.kind != ModelKind::AlexNet || e.config.widths == config.widths))
      return e;
  // The d2l AlexNet key: the bundled AlexNet has its own (narrower) widths but d2l's layer sequence.
  if (modelKey == QLatin1String("alexnet"))
    for (const WeightsEntry& e : library)
      if (e.source == "bundled" && e.config.kind == config.kind) return e;
  return std::nullopt;
}

void WeightsChooser::showModel(const QString& modelKey, const ModelConfig& config) {
  m_modelKey = modelKey;
  m_config = config;
  populate();
  choosePath(rememberedPath());
}

QString WeightsChooser::rememberedPath() const {
  if (m_chosen.contains(m_modelKey)) return m_chosen.value(m_modelKey);
  if (m_persistent) {
    const QString saved = QSettings().value(settingsKey(m_modelKey)).toString();
    if (saved == kUntrainedSetting) return QString();
    if (QFileInfo(saved).isFile()) return saved;  // a file that has gone since falls back to the default
  }
  const std::optional<WeightsEntry> fallback = defaultEntry(m_library, m_config, m_modelKey);
  return fallback ? QString::fromStdString(fallback->path.string()) : QString();
}

void WeightsChooser::remember(const QString& path) {
  m_chosen.insert(m_modelKey, path);
  if (m_persistent) QSettings().setValue(settingsKey(m_modelKey), path.isEmpty() ? kUntrainedSetting : path);
}

void WeightsChooser::populate() {
  const QSignalBlocker blocker(this);
  clear();
  for (const WeightsEntry& entry : m_library) {
    if (entry.config.kind != m_config.kind) continue;
    addItem(entryLabel(entry));
    const int row = count() - 1;
    setItemData(row, QString::fromStdString(entry.path.string()), kPathRole);
    setItemData(row, QStringLiteral("entry"), kKindRole);
    setItemData(row, QString::fromStdString(entry.path.string()), Qt::ToolTipRole);
  }
  addItem(tr("Untrained (Xavier, seed %1)").arg(m_seed));
  setItemData(count() - 1, QString(), kPathRole);
  setItemData(count() - 1, QStringLiteral("untrained"), kKindRole);
  addItem(tr("Open file…"));
  setItemData(count() - 1, QStringLiteral("open"), kKindRole);
}

QString WeightsChooser::currentPath() const { return currentData(kPathRole).toString(); }

void WeightsChooser::choosePath(const QString& path) {
  const QSignalBlocker blocker(this);
  for (int i = 0; i < count(); ++i) {
    if (itemData(i, kKindRole).toString() != QLatin1String("open") && itemData(i, kPathRole).toString() == path) {
      setCurrentIndex(i);
      remember(path);
      return;
    }
  }
  // A file outside the library (Open file…, a dropped checkpoint): list it above "Untrained".
  WeightsEntry entry;
  try {
    entry = describeWeightsFile(path.toStdString());
  } catch (const std::exception&) {
    entry.path = path.toStdString();
    entry.config = m_config;
    entry.source = "file";
  }
  const int row = std::max(0, count() - 2);
  insertItem(row, entryLabel(entry));
  setItemData(row, path, kPathRole);
  setItemData(row, QStringLiteral("entry"), kKindRole);
  setItemData(row, path, Qt::ToolTipRole);
  setCurrentIndex(row);
  remember(path);
}

void WeightsChooser::setUntrainedSeed(std::uint64_t seed) {
  m_seed = seed;
  for (int i = 0; i < count(); ++i)
    if (itemData(i, kKindRole).toString() == QLatin1String("untrained"))
      setItemText(i, tr("Untrained (Xavier, seed %1)").arg(seed));
}

void WeightsChooser::refresh() {
  try {
    m_library = listWeights(defaultWeightsLibraryOptions());
  } catch (const std::exception&) {
    return;
  }
  const QString path = currentPath();
  populate();
  choosePath(path);
}

}  // namespace alexnet::ui
