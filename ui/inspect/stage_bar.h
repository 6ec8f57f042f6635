#pragma once
// StageBar — the stage selector of "LeNet and AlexNet side by side": one row per aligned stage of
// the two RunViews (the architecture diagram's alignment), ◀ / ▶ to move between rows, and
// "after activation". Choosing a row moves each column to its layer of that stage; a column with no
// block in the row keeps its previous stage (shown greyed in the row's text).
#include <QWidget>
#include <vector>

#include "ui/inspect/stage_alignment.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QToolButton;

namespace alexnet::ui {

class RunView;

class StageBar : public QWidget {
  Q_OBJECT
 public:
  StageBar(RunView* left, RunView* right, QWidget* parent = nullptr);

  const std::vector<AlignedStage>& stages() const { return m_stages; }
  int currentStage() const;
  void setStage(int row);  // moves both columns
  void setAfterActivation(bool on);
  void refresh();  // re-aligns from the two views' models (done on every model load)

 signals:
  void stageChosen(int row);

 private:
  void followLeftColumn();  // the row of the left column's step, when it has one (no columns move)

  RunView* m_left;
  RunView* m_right;
  std::vector<AlignedStage> m_stages;
  QComboBox* m_combo;
  QToolButton* m_prev;
  QToolButton* m_next;
  QCheckBox* m_activation;
  QLabel* m_note;
};

}  // namespace alexnet::ui
