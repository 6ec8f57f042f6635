#pragma once
// NetworkEditorPanel — the Network screen: the chapter's exercises as live-edited code. A preset chooser
// (network_presets.h), Open… / Save as… for .py files, the code pane (code_editor.h, code_highlighter.h)
// and, as you type (debounced), core's nn.Sequential reader: an error is underlined at its line and column
// and named under the editor; a network that builds shows its shape table and totals
// (network_report_view.h) and its diagram beside d2l LeNet's (network_diagram.h). "Inspect this" and
// "Train this" hand the network on as a ModelConfig (kind Code); MainWindow routes them.
#include <QTimer>
#include <QWidget>

#include "alexnet/core/models/model_config.h"
#include "ui/network/code_analyzer.h"

class QComboBox;
class QLabel;
class QPushButton;

namespace alexnet::ui {

class CodeEditor;
class NetworkDiagram;
class NetworkReportView;

class NetworkEditorPanel : public QWidget {
  Q_OBJECT
 public:
  explicit NetworkEditorPanel(QWidget* parent = nullptr);

  // Replaces the code with a preset's (undoable with Ctrl+Z); false for an unknown key.
  bool loadPreset(const QString& key);
  // Loads a .py file into the editor (code that does not parse is loaded and its error shown). A file
  // the reader refuses outright (over 1 MiB, binary, unreadable) is not loaded: false, and the reader's
  // message is shown (lastError()).
  bool openFile(const QString& path);
  bool saveFile(const QString& path);  // the editor's text as UTF-8; false + lastError() on failure
  // Remember the code across restarts (QSettings "network/…"): restores it now, saves it as it changes.
  void setPersistent(bool persistent);

  QString code() const;
  // Where the code came from: the preset's or the file's name ("modern_lenet.py"); "edited.py" once a
  // preset's code has been changed.
  QString codeName() const;
  // The network as the Inspect and Training screens take it: kind Code, this code and name.
  ModelConfig modelConfig() const;
  bool hasError() const;  // the latest analysis of the current text found a problem
  bool isBusy() const;    // an analysis is pending (typing pause or a build in flight)
  const CodeAnalysis& analysis() const { return m_analysis; }
  QString statusText() const;  // the line under the editor: the error, a refusal or the summary
  QString lastError() const { return m_lastError; }

  CodeEditor* editor() const { return m_editor; }
  QComboBox* presetChooser() const { return m_presets; }
  QPushButton* inspectButton() const { return m_inspect; }
  QPushButton* trainButton() const { return m_train; }
  NetworkReportView* reportView() const { return m_report; }
  NetworkDiagram* diagram() const { return m_diagram; }

 public slots:
  void openFileDialog();
  void saveFileDialog();
  void requestInspect();  // emits inspectRequested, or says why not (1 input channel needed)
  void requestTrain();    // emits trainRequested, or says why not (Fashion-MNIST: 1 channel in, 10 out)

 signals:
  void inspectRequested(const alexnet::ModelConfig& config);
  void trainRequested(const alexnet::ModelConfig& config);
  void statusMessage(const QString& text);

 private:
  enum class Source { Preset, File };
  void setCode(const QString& code, Source source, const QString& name);
  void analyseNow();
  void onAnalysed(const CodeAnalysis& analysis);
  void showLayer(int layer);
  void showStatus(const QString& text, bool error);
  void showFileItem();
  void updateButtons();
  void saveState() const;

  CodeEditor* m_editor;
  QComboBox* m_presets;
  QPushButton* m_inspect;
  QPushButton* m_train;
  QLabel* m_name;
  QLabel* m_status;
  NetworkReportView* m_report;
  NetworkDiagram* m_diagram;
  CodeAnalyzer* m_analyzer;
  QTimer m_debounce;
  CodeAnalysis m_analysis;  // of the text in the editor, once its answer is in
  Source m_source = Source::Preset;
  QString m_sourceName;  // the preset's file name or the opened/saved file's name
  QString m_presetKey;   // Source::Preset: which one
  QString m_presetCode;  // … and its code as shipped (edited when the text differs)
  QString m_filePath;    // Source::File: the file (Open…, Save as…)
  QString m_lastError;
  bool m_persistent = false;
};

}  // namespace alexnet::ui
