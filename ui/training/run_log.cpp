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

}  // namespace alexnet::ui
