#pragma once
// InspectPanel — the Inspect screen: model and weights, the InputPanel, the step controls
// (Step →, Back ←, Run to end, Reset, Auto-play with speed) and one RunView, or two side by side
// (LeNet and AlexNet on the same image). Follows and drives the shared LayerSelection. The second
// column's logic is in inspect_panel_compare.cpp.
#include <QTimer>
#include <QWidget>

#include "alexnet/core/models/model_config.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSlider;
class QSpinBox;
class QSplitter;

namespace alexnet::ui {

class InputPanel;
class LayerSelection;
class RunView;
class StageBar;
class StepControls;
class WeightsChooser;
class WeightsStatus;

class InspectPanel : public QWidget {
  Q_OBJECT
 public:
  InspectPanel(LayerSelection* selection, QWidget* parent = nullptr);

  QString modelKey() const;
  void setModelKey(const QString& key);      // loads the weights chosen for that model (default: bundled, trained)
  void loadCheckpoint(const QString& path);  // the checkpoint's metadata picks the model
  // A network written as code (kind Code, the Network screen's "Inspect this"), untrained; the model
  // chooser lists it as "Code: NAME" (key "code") until another one replaces it.
  void showCodeModel(const ModelConfig& config);
  void useUntrained();          // Xavier weights with the seed shown
  QString weightsPath() const;  // the primary column's checkpoint ("" = untrained)
  QString loadError() const;    // the failed load shown until dismissed ("" = none)
  // Remember each model's weights across restarts (QSettings); off for screenshots and tests.
  void setPersistentChoices(bool persistent);
  // The primary network's trained weights next to the same network untrained, on the same image.
  void setCompareUntrained(bool on);
  bool isCompareUntrained() const;
  void openImage(const QString& path);  // decodes off the GUI thread; failure: error shown, previous image kept
  void useDefaultInput();               // Fashion-MNIST test sample 0, if the data is installed
  void goToStep(int cursor);            // now, or once model and input are ready
  void setCompare(bool sideBySide);
  bool isCompare() const;  // two columns (LeNet and AlexNet, or untrained vs trained)
  bool isBusy() const;
  bool isAutoPlaying() const { return m_autoPlay.isActive(); }

  InputPanel* inputPanel() const { return m_input; }
  RunView* primaryView() const { return m_primary; }
  RunView* secondaryView() const { return m_secondary; }
  StageBar* stageBar() const { return m_stageBar; }  // side by side: aligned stages
  WeightsChooser* weightsChooser() const { return m_weightsChooser; }
  WeightsChooser* secondaryWeightsChooser() const { return m_secondaryChooser; }

 public slots:
  void step();
  void back();
  void runToEnd();
  void reset();
  void setAutoPlay(bool on);
  void pasteImage();
  void openCheckpointDialog();

 signals:
  void statusMessage(const QString& text);
  void errorOccurred(const QString& message);
  void recentFileUsed(const QString& path);
  void modelChanged(const QString& key);
  void busyChanged(bool busy);

 protected:
  void dragEnterEvent(QDragEnterEvent* event) override;
  void dropEvent(QDropEvent* event) override;

 private:
  void reloadModels();
  void sendInput(RunView* view, int keepCursor);
  void onSelectionChanged(const QString& family, int layer);
  void onPrimaryCursor(int layer);
  void onAutoPlayTick();
  void loadSecondary();
  void showSecondColumn(bool on);
  ModelConfig secondaryConfig() const;
  int secondaryCursor() const;
  void updateButtons();
  ModelConfig currentConfig() const;
  void setCodeEntry(const ModelConfig& config);  // adds or renames the chooser's "code" entry
  std::vector<RunView*> activeViews() const;

  LayerSelection* m_selection;
  InputPanel* m_input;
  RunView* m_primary;
  RunView* m_secondary;
  QSplitter* m_runSplitter;
  StageBar* m_stageBar;
  QComboBox* m_modelCombo;
  QSpinBox* m_seedSpin;
  WeightsStatus* m_weightsStatus;
  WeightsChooser* m_weightsChooser;
  WeightsChooser* m_secondaryChooser;  // side by side: the other network's weights
  QCheckBox* m_compareCheck;
  QCheckBox* m_untrainedCheck;
  StepControls* m_controls;  // owns the buttons below (non-owning shortcuts to them)
  QPushButton* m_resetButton;
  QPushButton* m_backButton;
  QPushButton* m_stepButton;
  QPushButton* m_runButton;
  QPushButton* m_playButton;
  QSlider* m_speedSlider;
  QComboBox* m_scaleCombo;
  QCheckBox* m_sortCheck;
  QTimer m_autoPlay;
  int m_pendingStep = -1;
  int m_primaryTarget = 0;      // the step the primary column shows or is going to
  QString m_pendingCheckpoint;  // being loaded; enters Recent files once it has opened
  ModelConfig m_codeConfig;     // the network behind the chooser's "code" entry
};

}  // namespace alexnet::ui
