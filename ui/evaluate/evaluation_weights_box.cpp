#include "ui/evaluate/evaluation_weights_box.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QSignalBlocker>

#include "ui/inspect/weights_text.h"

namespace alexnet::ui {

namespace {

constexpr int kPathRole = Qt::UserRole;
constexpr int kLabelRole = Qt::UserRole + 1;
constexpr int kOpenRole = Qt::UserRole + 2;  // true on "Open file…"

}  // namespace

EvaluationWeightsBox::EvaluationWeightsBox(QWidget* parent) : QComboBox(parent) {
  setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
  setMinimumContentsLength(16);
  setToolTip(tr("The trained network to evaluate: bundled weights, one of your runs, or a checkpoint file"));
  try {
    m_library = listWeights(defaultWeightsLibraryOptions());
  } catch (const std::exception&) {
    m_library.clear();  // a broken manifest: Open file… still works
  }
  for (const WeightsEntry& entry : m_library) addEntry(entry);
  addItem(tr("Open file…"));
  setItemData(count() - 1, true, kOpenRole);
  connect(this, &QComboBox::activated, this, [this](int index) {
    if (itemData(index, kOpenRole).toBool()) {
      setCurrentIndex(m_previous);  // back to the previous entry until a file is picked
      openFile();
      return;
    }
    m_previous = index;
    emit weightsChosen(currentPath());
  });
}

void EvaluationWeightsBox::addEntry(const WeightsEntry& entry) {
  const QString label = describeWeights(entry);
  const int at = std::max(0, count() - (count() > 0 && itemData(count() - 1, kOpenRole).toBool() ? 1 : 0));
  insertItem(at, label);
  setItemData(at, QString::fromStdString(entry.path.string()), kPathRole);
  setItemData(at, label, kLabelRole);
  setItemData(at, QString::fromStdString(entry.path.string()), Qt::ToolTipRole);
}

QString EvaluationWeightsBox::currentPath() const { return currentData(kPathRole).toString(); }

QString EvaluationWeightsBox::currentLabel() const { return currentData(kLabelRole).toString(); }

bool EvaluationWeightsBox::choose(const QString& idOrPath) {
  for (const WeightsEntry& entry : m_library)
    if (QString::fromStdString(entry.id) == idOrPath) return choose(QString::fromStdString(entry.path.string()));
  const QString canonical = QFileInfo(idOrPath).canonicalFilePath();
  for (int i = 0; i < count(); ++i) {
    const QString path = itemData(i, kPathRole).toString();
    if (!path.isEmpty() && (path == idOrPath || QFileInfo(path).canonicalFilePath() == canonical)) {
      setCurrentIndex(i);
      m_previous = i;
      return true;
    }
  }
  if (!QFileInfo(idOrPath).isFile()) return false;
  try {
    const WeightsEntry entry = describeWeightsFile(idOrPath.toStdString());
    const QSignalBlocker blocker(this);
    addEntry(entry);
    m_previous = count() - 2;  // just before "Open file…"
    setCurrentIndex(m_previous);
    return true;
  } catch (const std::exception&) {
    return false;
  }
}

void EvaluationWeightsBox::openFile() {
  const QString path = QFileDialog::getOpenFileName(this, tr("Open checkpoint"), QString(),
                                                    tr("Checkpoints (*.safetensors);;All files (*)"));
  if (path.isEmpty()) return;
  if (choose(path)) emit weightsChosen(currentPath());
}

}  // namespace alexnet::ui
