#pragma once
// ProbabilityBars — the 10 Fashion-MNIST class probabilities as labelled horizontal bars,
// the most likely class highlighted. Shows a hint until the whole network has run.
#include <QStringList>
#include <QWidget>
#include <vector>

#include "alexnet/core/tensor.h"

namespace alexnet::ui {

// Fashion-MNIST class names (index = label), translated.
QStringList fashionClassNames();

class ProbabilityBars : public QWidget {
  Q_OBJECT
 public:
  explicit ProbabilityBars(QWidget* parent = nullptr);
  void setProbabilities(const Tensor& probabilities, bool current);  // (1, K); current=false greys them
  void clear();
  const std::vector<float>& values() const { return m_values; }
  QSize sizeHint() const override { return {320, 210}; }
  QSize minimumSizeHint() const override { return {220, 170}; }

 protected:
  void paintEvent(QPaintEvent* event) override;

 private:
  std::vector<float> m_values;
  bool m_current = true;
};

}  // namespace alexnet::ui
