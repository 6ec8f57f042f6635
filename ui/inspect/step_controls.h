#pragma once
// StepControls — the Inspect screen's row of step buttons (Reset, Back, Step, Run to end, Auto-play
// with its speed) and display options (shared or per-map scale, sort by mean). It only builds and
// lays them out; InspectPanel connects them to the sessions. When the row does not fit (a small
// window, side by side), the display options move to a second row instead of widening the window.
#include <QWidget>

class QCheckBox;
class QHBoxLayout;
class QComboBox;
class QPushButton;
class QSlider;

namespace alexnet::ui {

class StepControls : public QWidget {
  Q_OBJECT
 public:
  explicit StepControls(QWidget* parent = nullptr);

  QPushButton* resetButton() const { return m_reset; }
  QPushButton* backButton() const { return m_back; }
  QPushButton* stepButton() const { return m_step; }
  QPushButton* runButton() const { return m_run; }
  QPushButton* playButton() const { return m_play; }  // checkable
  QSlider* speedSlider() const { return m_speed; }    // ms per step (inverted: right is faster)
  QComboBox* scaleCombo() const { return m_scale; }   // data: int(ScaleMode)
  QCheckBox* sortCheck() const { return m_sort; }
  bool isTwoRows() const { return m_twoRows; }

  // The two-row width: what the step buttons or the display options need, whichever is wider.
  QSize minimumSizeHint() const override;

 protected:
  void resizeEvent(QResizeEvent* event) override;

 private:
  void placeDisplayOptions(bool secondRow);

  QPushButton* m_reset;
  QPushButton* m_back;
  QPushButton* m_step;
  QPushButton* m_run;
  QPushButton* m_play;
  QSlider* m_speed;
  QComboBox* m_scale;
  QCheckBox* m_sort;
  QWidget* m_stepping;  // the buttons, Auto-play and its speed
  QWidget* m_display;   // scale and sort
  QHBoxLayout* m_firstRow;
  QHBoxLayout* m_secondRow;
  bool m_twoRows = false;
};

}  // namespace alexnet::ui
