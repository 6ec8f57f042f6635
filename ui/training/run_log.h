#pragma once
// Run logs — the training CSV of `alexnet-lab train --log` and of the Training screen (PRODUCT.md §3):
//   epoch,batch,epoch_fraction,train_loss,train_accuracy,test_accuracy,test_loss,examples_per_s,elapsed_s
// One row per chart point (Report) and one per epoch end (test_accuracy/test_loss set; empty otherwise).
// RunLogReader parses a whole file, RunLogWriter appends rows as a run goes.
#include <QFile>
#include <QString>
#include <QVector>
#include <optional>

#include "alexnet/core/train/trainer.h"

namespace alexnet::ui {

inline constexpr const char* kRunLogHeader =
    "epoch,batch,epoch_fraction,train_loss,train_accuracy,test_accuracy,test_loss,examples_per_s,elapsed_s";

struct RunLogRow {
  int epoch = 0;              // 1-based, as in the file
  int batch = 0;
  double epochFraction = 0;   // the chart's x
  double trainLoss = 0;
  double trainAccuracy = 0;
  std::optional<double> testAccuracy;  // epoch-end rows
  std::optional<double> testLoss;
  double examplesPerSecond = 0;
  double elapsedSeconds = 0;
};

struct RunLog {
  QString path;
  QVector<RunLogRow> rows;
};

class RunLogReader {
 public:
  // Parses `path`; on failure returns false and error() names the file, the line and the problem
  // (missing column, a cell that is not a number, …).
  bool read(const QString& path);
  bool parse(const QByteArray& text, const QString& name);
  const RunLog& log() const { return m_log; }
  const QString& error() const { return m_error; }

 private:
  RunLog m_log;
  QString m_error;
};

class RunLogWriter {
 public:
  // Creates (truncates) the file and writes the header; false + error() when it cannot.
  bool open(const QString& path);
  bool write(const TrainProgress& progress);  // one row, flushed
  const QString& error() const { return m_error; }

 private:
  QFile m_file;
  QString m_error;
};

}  // namespace alexnet::ui
