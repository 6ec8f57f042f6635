#include "ui/training/run_log.h"

#include <QByteArrayList>
#include <QStringList>
#include <cmath>

namespace alexnet::ui {

namespace {

const QStringList& requiredColumns() {
  static const QStringList columns = QString::fromLatin1(kRunLogHeader).split(QLatin1Char(','));
  return columns;
}

QString formatNumber(double value) { return QString::number(value, 'g', 6); }

}  // namespace

bool RunLogReader::read(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) {
    m_error = QStringLiteral("%1: cannot open the run log (%2)").arg(path, file.errorString());
    return false;
  }
  return parse(file.readAll(), path);
}

bool RunLogReader::parse(const QByteArray& text, const QString& name) {
  m_log = RunLog{name, {}};
  m_error.clear();
  QList<QByteArray> lines = text.split('\n');
  int lineNumber = 0;
  QStringList header;
  std::vector<int> index;  // required column → position in the file
  for (QByteArray line : lines) {
    ++lineNumber;
    line = line.trimmed();
    if (line.isEmpty()) continue;
    const QStringList cells = QString::fromUtf8(line).split(QLatin1Char(','));
    if (header.isEmpty()) {
      header = cells;
      for (QString& cell : header) cell = cell.trimmed();
      for (const QString& column : requiredColumns()) {
        const qsizetype at = header.indexOf(column);
        if (at < 0) {
          m_error = QStringLiteral("%1: line 1: missing column \"%2\" (expected header %3)")
                        .arg(name, column, QString::fromLatin1(kRunLogHeader));
          return false;
        }
        index.push_back(static_cast<int>(at));
      }
      continue;
    }
    if (cells.size() != header.size()) {
      m_error = QStringLiteral("%1: line %2: %3 cells, the header has %4")
                    .arg(name).arg(lineNumber).arg(cells.size()).arg(header.size());
      return false;
    }
    double values[9];
    bool present[9];
    for (int c = 0; c < 9; ++c) {
      const QString cell = cells[index[static_cast<std::size_t>(c)]].trimmed();
      present[c] = !cell.isEmpty();
      values[c] = 0.0;
      if (!present[c]) {
        if (c == 5 || c == 6) continue;  // test columns are empty except at epoch ends
        m_error = QStringLiteral("%1: line %2: column \"%3\" is empty").arg(name).arg(lineNumber).arg(requiredColumns()[c]);
        return false;
      }
      bool ok = false;
      values[c] = cell.toDouble(&ok);
      if (!ok || !std::isfinite(values[c])) {
        m_error = QStringLiteral("%1: line %2: column \"%3\": \"%4\" is not a number")
                      .arg(name).arg(lineNumber).arg(requiredColumns()[c], cell);
        return false;
      }
    }
    RunLogRow row;
    row.epoch = static_cast<int>(values[0]);
    row.batch = static_cast<int>(values[1]);
    row.epochFraction = values[2];
    row.trainLoss = values[3];
    row.trainAccuracy = values[4];
    if (present[5]) row.testAccuracy = values[5];
    if (present[6]) row.testLoss = values[6];
    row.examplesPerSecond = values[7];
    row.elapsedSeconds = values[8];
    m_log.rows.push_back(row);
  }
  if (header.isEmpty()) {
    m_error = QStringLiteral("%1: empty file, expected the header %2").arg(name, QString::fromLatin1(kRunLogHeader));
    return false;
  }
  return true;
}

bool RunLogWriter::open(const QString& path) {
  m_file.setFileName(path);
  if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
    m_error = QStringLiteral("%1: cannot write the run log (%2)").arg(path, m_file.errorString());
    return false;
  }
  m_file.write(kRunLogHeader);
  m_file.write("\n");
  m_file.flush();
  return true;
}

bool RunLogWriter::write(const TrainProgress& p) {
  const QStringList cells{QString::number(p.epoch + 1),
                          QString::number(p.batch),
                          formatNumber(p.epochFraction),
                          formatNumber(p.trainLoss),
                          formatNumber(p.trainAccuracy),
                          p.testAccuracy ? formatNumber(*p.testAccuracy) : QString(),
                          p.testLoss ? formatNumber(*p.testLoss) : QString(),
                          QString::number(p.examplesPerSecond, 'f', 1),
                          QString::number(p.elapsedSeconds, 'f', 3)};
  const QByteArray line = cells.join(QLatin1Char(',')).toUtf8() + '\n';
  if (m_file.write(line) != line.size() || !m_file.flush()) {
    m_error = QStringLiteral("%1: writing the run log failed (%2)").arg(m_file.fileName(), m_file.errorString());
    return false;
  }
  return true;
}

}  // namespace alexnet::ui
