#pragma once
// EvaluationWeightsBox — picks the trained weights of one Evaluate run: every entry of the weights
// library (core/io/weights_library.h: the bundled LeNet and AlexNet, then the user's runs), whatever
// the network, and "Open file…" for any other checkpoint (added to the list once chosen). Unlike
// Inspect's WeightsChooser there is no "untrained": evaluating random weights says nothing.
#include <QComboBox>
#include <vector>

#include "alexnet/core/io/weights_library.h"

namespace alexnet::ui {

class EvaluationWeightsBox : public QComboBox {
  Q_OBJECT
 public:
  explicit EvaluationWeightsBox(QWidget* parent = nullptr);

  QString currentPath() const;   // "" = nothing to evaluate (an empty library)
  QString currentLabel() const;  // "LeNet, d2l recipe, test acc 0.808" (translated)
  // Selects the library entry with this id or path; a checkpoint file not in the library is added.
  // False (selection unchanged) if it is neither an id nor a readable checkpoint.
  bool choose(const QString& idOrPath);

 signals:
  void weightsChosen(const QString& path);  // the user picked other weights

 private:
  void addEntry(const WeightsEntry& entry);
  void openFile();

  std::vector<WeightsEntry> m_library;
  int m_previous = 0;
};

}  // namespace alexnet::ui
