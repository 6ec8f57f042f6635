#pragma once
// WeightsStatus — under the Inspect screen's weights chooser: which weights are in use, in brief
// ("Weights: LeNet, d2l recipe, test acc 0.808"; for untrained ones, what that means for the maps),
// "Loading…" while a load runs, and a failed load's error, which stays until dismissed.
#include <QWidget>

#include "ui/inspect/step_snapshot.h"

class QLabel;
class QPushButton;

namespace alexnet::ui {

class WeightsStatus : public QWidget {
  Q_OBJECT
 public:
  explicit WeightsStatus(QWidget* parent = nullptr);

  void showLoading();
  void showInUse(const ModelInfo& info);   // clears the error: a load succeeded
  void showError(const QString& message);  // "" hides it
  QString error() const;                   // the error shown ("" = none)
  QString text() const;                    // the weights line

 private:
  QLabel* m_inUse;
  QLabel* m_error;
  QPushButton* m_dismiss;
};

}  // namespace alexnet::ui
