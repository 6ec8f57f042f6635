#pragma once
// InspectPanel — the Inspect screen: model and weights, the InputPanel, the step controls
// (Step →, Back ←, Run to end, Reset, Auto-play with speed) and one RunView, or two side by side
// (LeNet and AlexNet on the same image). Follows and drives the shared LayerSelection.
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

class InspectPanel : public QWidget {
  Q_OBJECT
 public:
  InspectPanel(LayerSelection* selection, QWidget* parent = nullptr);

  QString modelKey() const;
  void setModelKey(const QString& key);          // reloads untrained weights when it changes
  void loadCheckpoint(const QString& path);      // the checkpoint's metadata picks the model
  bool openImage(const QString& path);           // false: error shown, previous image kept
  void useDefaultInput();                        // Fashion-MNIST test sample 0, if the data is installed
  void goToStep(int cursor);                     // now, or once model and input are ready
  void setCompare(bool sideBySide);
  bool isCompare() const;
  bool isBusy() const;
  bool isAutoPlaying() const { return m_autoPlay.isActive(); }

  InputPanel* inputPanel() const { return m_input; }
  RunView* primaryView() const { return m_primary; }
  RunView* secondaryView() const { return m_secondary; }
  StageBar* stageBar() const { return m_stageBar; }  // side by side: aligned stages

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
  void updateButtons();
  ModelConfig currentConfig() const;
  std::vector<RunView*> activeViews() const;

  LayerSelection* m_selection;
  InputPanel* m_input;
  RunView* m_primary;
  RunView* m_secondary;
  QSplitter* m_runSplitter;
  StageBar* m_stageBar;
  QComboBox* m_modelCombo;
  QSpinBox* m_seedSpin;
  QLabel* m_weightsLabel;
  QCheckBox* m_compareCheck;
  QPushButton* m_resetButton;
  QPushButton* m_backButton;
  QPushButton* m_stepButton;
  QPushButton* m_runButton;
  QPushButton* m_playButton;
  QSlider* m_speedSlider;
  QComboBox* m_scaleCombo;
  QCheckBox* m_sortCheck;
  QTimer m_autoPlay;
  QString m_checkpoint;   // "" = untrained
  int m_pendingStep = -1;
};

}  // namespace alexnet::ui
