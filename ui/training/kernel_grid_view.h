#pragma once
// KernelGridView — conv1's kernels as a small grid of grey tiles (first input channel, each kernel
// scaled to its own min..max), refreshed from the worker's snapshots while training.
#include <QImage>
#include <QWidget>

#include "ui/training/training_worker.h"

namespace alexnet::ui {

class KernelGridView : public QWidget {
  Q_OBJECT
 public:
  explicit KernelGridView(QWidget* parent = nullptr);
  void setKernels(const KernelSnapshot& snapshot);
  int kernelCount() const { return m_count; }
  int updates() const { return m_updates; }  // snapshots shown so far (tests)
  QSize sizeHint() const override { return {260, 120}; }

 protected:
  void paintEvent(QPaintEvent* event) override;

 private:
  QImage m_image;  // one row of tiles per grid row, 1 px between tiles
  int m_columns = 0;
  int m_count = 0;
  int m_size = 0;
  int m_updates = 0;
};

}  // namespace alexnet::ui
