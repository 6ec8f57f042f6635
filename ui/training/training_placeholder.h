#pragma once
// TrainingPlaceholder — fills the Training tab until the training screen lands (its own issue).
// MainWindow creates the Training tab through createTrainingPanel() only, so replacing this
// class touches one function.
#include <QWidget>

namespace alexnet::ui {

class TrainingPlaceholder : public QWidget {
  Q_OBJECT
 public:
  explicit TrainingPlaceholder(QWidget* parent = nullptr);
  void setRunLog(const QString& path);  // --run-log: remembered and named, curves come with the screen
};

// The widget of the Training tab.
QWidget* createTrainingPanel(QWidget* parent);

}  // namespace alexnet::ui
