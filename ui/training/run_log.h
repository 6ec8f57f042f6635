#pragma once
// Run logs in Qt types — a thin adapter over core's reader and row format
// (alexnet/core/train/run_log.h: the columns, what is accepted, the error messages):
//   epoch,batch,epoch_fraction,train_loss,train_accuracy,test_accuracy,test_loss,examples_per_s,elapsed_s
// RunLogReader parses a whole file (core's TrainingRun writes them).
#include <QString>
#include <QVector>

#include "alexnet/core/train/run_log.h"

namespace alexnet::ui {

using alexnet::kRunLogHeader;
using alexnet::RunLogRow;

struct RunLog {
  QString path;
  QVector<RunLogRow> rows;
};

class RunLogReader {
 public:
  // Parses `path`; on failure returns false, keeps the previous log, and error() is core's one line naming
  // the file, the line and the problem (missing column, a cell that is not a number, …).
  bool read(const QString& path);
  bool parse(const QByteArray& text, const QString& name);
  const RunLog& log() const { return m_log; }
  const QString& error() const { return m_error; }

 private:
  RunLog m_log;
  QString m_error;
};

}  // namespace alexnet::ui
