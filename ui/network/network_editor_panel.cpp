#include "ui/network/network_editor_panel.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSplitter>
#include <QStringDecoder>
#include <QVBoxLayout>

#include "alexnet/core/train/training_run.h"
#include "ui/network/code_editor.h"
#include "ui/network/code_highlighter.h"
#include "ui/network/network_diagram.h"
#include "ui/network/network_presets.h"
#include "ui/network/network_report_view.h"
#include "ui/shapes/shape_table_model.h"

namespace alexnet::ui {
namespace {

constexpr int kDebounceMs = 250;
const QString kFileItem = QStringLiteral("file");  // the chooser's entry for an opened or saved file

// Why the code reader refuses the file outright (too big, binary, unreadable), named by its file name
// rather than its path; "" when it would read the file as text.
QString readerRefusal(const QString& path) {
  QFile file(path);
  bool text = file.size() <= static_cast<qint64>(kSequentialCodeMaxBytes) && file.open(QIODevice::ReadOnly);
  if (text) {
    const QByteArray bytes = file.readAll();
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString decoded = utf8.decode(bytes);  // hasError() is known once decoded
    Q_UNUSED(decoded);
    text = !bytes.contains('\0') && !utf8.hasError();
  }
  if (text) return {};
  try {
    readSequentialCodeFile(path.toStdString());
  } catch (const SequentialCodeError& error) {
    QString message = QString::fromStdString(error.what());
    if (message.startsWith(path)) message.replace(0, path.size(), QFileInfo(path).fileName());
    return message;
  }
  return NetworkEditorPanel::tr("%1: not a text file").arg(QFileInfo(path).fileName());
}

}  // namespace

NetworkEditorPanel::NetworkEditorPanel(QWidget* parent)
    : QWidget(parent),
      m_editor(new CodeEditor(this)),
      m_presets(new QComboBox(this)),
      m_inspect(new QPushButton(tr("Inspect this"), this)),
      m_train(new QPushButton(tr("Train this"), this)),
      m_name(new QLabel(this)),
      m_status(new QLabel(this)),
      m_report(new NetworkReportView(this)),
      m_diagram(new NetworkDiagram(this)),
      m_analyzer(new CodeAnalyzer(this)) {
  setObjectName(QStringLiteral("networkEditorPanel"));
  new CodeHighlighter(m_editor->document());
  for (const NetworkPreset& preset : networkPresets()) m_presets->addItem(preset.displayName, preset.key);
  m_presets->setObjectName(QStringLiteral("networkPresetChooser"));
  m_presets->setToolTip(tr("The chapter's networks and exercises as PyTorch code: pick one to start from"));
  auto* open = new QPushButton(tr("Open…"), this);
  open->setToolTip(tr("Load nn.Sequential code from a .py file"));
  auto* save = new QPushButton(tr("Save as…"), this);
  save->setToolTip(tr("Save the code as a .py file (alexnet-lab --model-file reads it too)"));
  m_inspect->setObjectName(QStringLiteral("inspectThisNetwork"));
  m_inspect->setToolTip(tr("Show this network, untrained, layer by layer on the Inspect screen"));
  m_train->setObjectName(QStringLiteral("trainThisNetwork"));
  m_train->setToolTip(tr("Train this network on Fashion-MNIST on the Training screen"));
  m_name->setObjectName(QStringLiteral("networkCodeName"));
  m_name->setToolTip(tr("The name the network goes by on the other screens, in checkpoints and run names"));

  auto* bar = new QHBoxLayout;
  bar->addWidget(new QLabel(tr("Start from:"), this));
  bar->addWidget(m_presets);
  bar->addWidget(open);
  bar->addWidget(save);
  bar->addStretch(1);
  bar->addWidget(m_name);
  bar->addSpacing(8);
  bar->addWidget(m_inspect);
  bar->addWidget(m_train);

  m_status->setObjectName(QStringLiteral("networkStatus"));
  m_status->setWordWrap(true);
  m_status->setTextFormat(Qt::PlainText);
  m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
  // Left: the code with its message under it, then the shape table; right: the diagram, full height.
  auto* code = new QWidget(this);
  auto* codeLayout = new QVBoxLayout(code);
  codeLayout->setContentsMargins(0, 0, 0, 0);
  codeLayout->addWidget(m_editor, 1);
  codeLayout->addWidget(m_status);
  auto* left = new QSplitter(Qt::Vertical, this);
  left->addWidget(code);
  left->addWidget(m_report);
  left->setSizes({1, 1});
  left->setChildrenCollapsible(false);
  auto* split = new QSplitter(Qt::Horizontal, this);
  split->addWidget(left);
  split->addWidget(m_diagram);
  split->setStretchFactor(0, 11);
  split->setStretchFactor(1, 9);
  split->setSizes({1100, 900});  // proportions: the splitter scales them to its width
  split->setChildrenCollapsible(false);

  auto* layout = new QVBoxLayout(this);
  layout->addLayout(bar);
  layout->addWidget(split, 1);

  m_debounce.setSingleShot(true);
  m_debounce.setInterval(kDebounceMs);
  connect(&m_debounce, &QTimer::timeout, this, &NetworkEditorPanel::analyseNow);
  connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
    m_debounce.start();
    updateButtons();
  });
  connect(m_analyzer, &CodeAnalyzer::analysed, this, &NetworkEditorPanel::onAnalysed);
  connect(m_presets, &QComboBox::activated, this, [this](int index) {
    const QString key = m_presets->itemData(index).toString();
    if (key == kFileItem)
      openFile(m_filePath);
    else
      loadPreset(key);
  });
  connect(open, &QPushButton::clicked, this, &NetworkEditorPanel::openFileDialog);
  connect(save, &QPushButton::clicked, this, &NetworkEditorPanel::saveFileDialog);
  connect(m_inspect, &QPushButton::clicked, this, &NetworkEditorPanel::requestInspect);
  connect(m_train, &QPushButton::clicked, this, &NetworkEditorPanel::requestTrain);
  connect(m_report, &NetworkReportView::layerActivated, this, &NetworkEditorPanel::showLayer);
  connect(m_diagram, &NetworkDiagram::layerClicked, this, &NetworkEditorPanel::showLayer);
  loadPreset(defaultNetworkPresetKey());
}

QString NetworkEditorPanel::code() const { return m_editor->toPlainText(); }

QString NetworkEditorPanel::codeName() const {
  if (m_source == Source::Preset && code() != m_presetCode) return QStringLiteral("edited.py");
  return m_sourceName;
}

ModelConfig NetworkEditorPanel::modelConfig() const {
  ModelConfig config;
  config.kind = ModelKind::Code;
  config.code = code().toStdString();
  config.codeName = codeName().toStdString();
  return config;
}

bool NetworkEditorPanel::hasError() const {
  return m_analysis.serial != 0 && m_analysis.code == code() && !m_analysis.ok();
}

bool NetworkEditorPanel::isBusy() const { return m_debounce.isActive() || m_analyzer->isBusy(); }

QString NetworkEditorPanel::statusText() const { return m_status->text(); }

bool NetworkEditorPanel::loadPreset(const QString& key) {
  for (const NetworkPreset& preset : networkPresets()) {
    if (preset.key != key) continue;
    m_presetKey = key;
    m_presetCode = networkPresetCode(key);
    m_presets->setCurrentIndex(m_presets->findData(key));
    setCode(m_presetCode, Source::Preset, preset.fileName);
    return true;
  }
  return false;
}

bool NetworkEditorPanel::openFile(const QString& path) {
  m_lastError = readerRefusal(path);
  if (!m_lastError.isEmpty()) {
    showStatus(m_lastError, true);
    return false;
  }
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) {  // gone since the check
    m_lastError = QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), file.errorString());
    showStatus(m_lastError, true);
    return false;
  }
  QString text = QString::fromUtf8(file.readAll());
  if (text.startsWith(QChar(0xFEFF))) text.remove(0, 1);  // the reader skips a BOM; columns then agree
  text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"))
      .replace(QLatin1Char('\r'), QLatin1Char('\n'));  // as the reader
  m_filePath = QFileInfo(path).absoluteFilePath();
  setCode(text, Source::File, QFileInfo(path).fileName());
  showFileItem();
  return true;
}

bool NetworkEditorPanel::saveFile(const QString& path) {
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly) || file.write(code().toUtf8()) < 0 || !file.commit()) {
    m_lastError = tr("Cannot save %1: %2").arg(QFileInfo(path).fileName(), file.errorString());
    showStatus(m_lastError, true);
    return false;
  }
  m_lastError.clear();
  m_source = Source::File;
  m_sourceName = QFileInfo(path).fileName();
  m_filePath = QFileInfo(path).absoluteFilePath();
  showFileItem();
  analyseNow();  // the network goes by its new name
  emit statusMessage(tr("Saved %1").arg(path));
  return true;
}

void NetworkEditorPanel::openFileDialog() {
  const QString dir = m_filePath.isEmpty() ? QString() : QFileInfo(m_filePath).absolutePath();
  const QString path =
      QFileDialog::getOpenFileName(this, tr("Open network code"), dir, tr("Python files (*.py);;All files (*)"));
  if (!path.isEmpty()) openFile(path);
}

void NetworkEditorPanel::saveFileDialog() {
  const QString suggested = m_filePath.isEmpty() ? codeName() : m_filePath;
  const QString path =
      QFileDialog::getSaveFileName(this, tr("Save network code"), suggested, tr("Python files (*.py)"));
  if (!path.isEmpty()) saveFile(path);
}

void NetworkEditorPanel::setCode(const QString& code, Source source, const QString& name) {
  m_source = source;
  m_sourceName = name;
  if (m_editor->document()->isEmpty()) {
    m_editor->setPlainText(code);  // the first code: nothing before it to undo back to
  } else {
    QTextCursor cursor(m_editor->document());  // one undoable step: Ctrl+Z brings the previous code back
    cursor.beginEditBlock();
    cursor.select(QTextCursor::Document);
    cursor.insertText(code);
    cursor.endEditBlock();
  }
  m_editor->moveCursor(QTextCursor::Start);
  analyseNow();
}

void NetworkEditorPanel::showFileItem() {
  int index = m_presets->findData(kFileItem);
  if (index < 0) {
    m_presets->addItem(QString(), kFileItem);
    index = m_presets->count() - 1;
  }
  m_presets->setItemText(index, tr("File: %1").arg(QFileInfo(m_filePath).fileName()));
  m_presets->setItemData(index, m_filePath, Qt::ToolTipRole);
  m_presets->setCurrentIndex(index);
}

void NetworkEditorPanel::analyseNow() {
  m_debounce.stop();
  saveState();
  m_analyzer->analyse(code(), codeName());
  updateButtons();
}

void NetworkEditorPanel::onAnalysed(const CodeAnalysis& analysis) {
  if (analysis.code != code()) return;  // typed on since: that text's analysis is on its way
  m_analysis = analysis;
  if (const std::optional<CodeProblem>& error = analysis.error) {
    if (error->line > 0) {
      m_editor->markError(error->line, error->column);
      showStatus(tr("Line %1, column %2: %3").arg(error->line).arg(error->column).arg(error->problem), true);
    } else {
      m_editor->clearError();
      showStatus(error->problem, true);
    }
    m_report->setEnabled(false);  // the last network that built stays, greyed
    m_diagram->setEnabled(false);
  } else {
    const ShapeReport& report = analysis.report;
    m_editor->clearError();
    m_report->setReport(report, d2lRecipe(ModelKind::Code).batchSize);
    m_diagram->setNetwork(report, analysis.name);
    m_report->setEnabled(true);
    m_diagram->setEnabled(true);
    const Shape& output = report.rows.empty() ? report.inputShape : report.rows.back().outputShape;
    showStatus(tr("✓ %n layer(s): input %1 → output %2", nullptr, static_cast<int>(report.rows.size()))
                   .arg(ShapeTableModel::formatShape(report.inputShape), ShapeTableModel::formatShape(output)),
               false);
  }
  updateButtons();
}

void NetworkEditorPanel::showStatus(const QString& text, bool error) {
  m_status->setText(text);
  m_status->setStyleSheet(error ? QStringLiteral("color: #C62828;") : QStringLiteral("color: #2E7D32;"));
}

void NetworkEditorPanel::updateButtons() {
  const bool ready = !m_debounce.isActive() && m_analysis.serial != 0 && m_analysis.ok() && m_analysis.code == code();
  m_inspect->setEnabled(ready);
  m_train->setEnabled(ready);
  m_name->setText(tr("Name: %1").arg(codeName()));
}

void NetworkEditorPanel::showLayer(int layer) {
  m_report->selectLayer(layer);
  m_diagram->selectLayer(layer);
  const auto& positions = m_analysis.layerPositions;
  if (m_analysis.code == code() && layer >= 0 && layer < static_cast<int>(positions.size()))
    m_editor->goTo(positions[static_cast<std::size_t>(layer)].first, positions[static_cast<std::size_t>(layer)].second);
}

void NetworkEditorPanel::requestInspect() {
  if (!m_inspect->isEnabled()) return;
  const ShapeReport& report = m_analysis.report;
  if (report.rows.empty()) return showStatus(tr("The network has no layers to inspect."), true);
  if (report.inputShape[1] != 1)
    return showStatus(tr("Inspect feeds grayscale images: the network must take 1 input channel, this one takes %1.")
                          .arg(report.inputShape[1]),
                      true);
  emit inspectRequested(modelConfig());
}

void NetworkEditorPanel::requestTrain() {
  if (!m_train->isEnabled()) return;
  const ShapeReport& report = m_analysis.report;
  const Shape output = report.rows.empty() ? report.inputShape : report.rows.back().outputShape;
  if (report.inputShape[1] != 1 || output != Shape{1, 10})
    return showStatus(tr("Training uses Fashion-MNIST: 1 input channel and 10 classes. This network takes %1 "
                         "input channel(s) and outputs %2; change its first Conv2d or its last Linear.")
                          .arg(report.inputShape[1])
                          .arg(ShapeTableModel::formatShape(output)),
                      true);
  emit trainRequested(modelConfig());
}

void NetworkEditorPanel::setPersistent(bool persistent) {
  m_persistent = persistent;
  if (!persistent) return;
  QSettings settings;
  const QString saved = settings.value(QStringLiteral("network/code")).toString();
  if (saved.isEmpty()) return saveState();
  if (settings.value(QStringLiteral("network/source")).toString() == kFileItem) {
    m_filePath = settings.value(QStringLiteral("network/path")).toString();
    setCode(saved, Source::File, settings.value(QStringLiteral("network/name")).toString());
    showFileItem();
    return;
  }
  const QString key = settings.value(QStringLiteral("network/preset")).toString();
  for (const NetworkPreset& preset : networkPresets()) {
    if (preset.key != key) continue;
    m_presetKey = key;
    m_presetCode = networkPresetCode(key);
    m_presets->setCurrentIndex(m_presets->findData(key));
    setCode(saved, Source::Preset, preset.fileName);
  }
}

void NetworkEditorPanel::saveState() const {
  if (!m_persistent) return;
  QSettings settings;
  settings.setValue(QStringLiteral("network/code"), code());
  settings.setValue(QStringLiteral("network/source"), m_source == Source::File ? kFileItem : QStringLiteral("preset"));
  settings.setValue(QStringLiteral("network/preset"), m_presetKey);
  settings.setValue(QStringLiteral("network/name"), m_sourceName);
  settings.setValue(QStringLiteral("network/path"), m_filePath);
}

}  // namespace alexnet::ui
