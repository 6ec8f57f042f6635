#include "ui/training/run_log.h"

#include <QFile>

namespace alexnet::ui {

namespace {

RunLog toQt(const alexnet::RunLog& log) {
  return RunLog{QString::fromStdString(log.name), QVector<RunLogRow>(log.rows.begin(), log.rows.end())};
}

}  // namespace

bool RunLogReader::read(const QString& path) {
  try {
    m_log = toQt(alexnet::readRunLog(QFile::encodeName(path).toStdString()));
  } catch (const std::exception& e) {
    m_error = QString::fromStdString(e.what());
    return false;
  }
  m_log.path = path;
  m_error.clear();
  return true;
}

bool RunLogReader::parse(const QByteArray& text, const QString& name) {
  try {
    m_log = toQt(alexnet::parseRunLog(std::string_view(text.constData(), static_cast<std::size_t>(text.size())),
                                      name.toStdString()));
  } catch (const std::exception& e) {
    m_error = QString::fromStdString(e.what());
    return false;
  }
  m_error.clear();
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
  const QByteArray line = QByteArray::fromStdString(formatRunLogRow(p)) + '\n';
  if (m_file.write(line) != line.size() || !m_file.flush()) {
    m_error = QStringLiteral("%1: writing the run log failed (%2)").arg(m_file.fileName(), m_file.errorString());
    return false;
  }
  return true;
}

}  // namespace alexnet::ui
