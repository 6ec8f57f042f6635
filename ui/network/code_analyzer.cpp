#include "ui/network/code_analyzer.h"

#include <QRegularExpression>

#include "ui/network/code_shapes.h"

namespace alexnet::ui {
namespace {

std::vector<LayerCode> withoutPositions(std::vector<LayerCode> layers) {
  for (LayerCode& layer : layers) layer.line = layer.column = 0;
  return layers;
}

CodeProblem problemOf(const SequentialCodeError& error) {
  return {error.line, error.column, QString::fromStdString(error.problem)};
}

// buildFromCode's ShapeError reads "NAME:LINE:COL: problem" (the layer's position in the code).
CodeProblem problemOf(const QString& name, const QString& message) {
  static const QRegularExpression position(QStringLiteral("^(\\d+):(\\d+): (.*)$"),
                                           QRegularExpression::DotMatchesEverythingOption);
  if (message.startsWith(name + QLatin1Char(':'))) {
    const QRegularExpressionMatch match = position.match(message.mid(name.size() + 1));
    if (match.hasMatch()) return {match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3)};
  }
  return {0, 0, message};
}

// The shapes of a parsed network (built on the calling thread); nullopt + *error when it does not build.
std::optional<ShapeReport> buildReport(const NetworkCode& network, const QString& name, CodeProblem* error) {
  try {
    return makeShapeReport(*buildCodeShapes(network));
  } catch (const SequentialCodeError& e) {
    *error = problemOf(e);
  } catch (const std::exception& e) {  // ShapeError, or std::bad_alloc for a network too big for this machine
    *error = problemOf(name, QString::fromStdString(e.what()));
  }
  return std::nullopt;
}

std::vector<std::pair<int, int>> positionsOf(const NetworkCode& network) {
  std::vector<std::pair<int, int>> positions;
  for (const LayerCode& layer : network.layers) positions.emplace_back(layer.line, layer.column);
  return positions;
}

}  // namespace

CodeAnalyzer::CodeAnalyzer(QObject* parent) : QObject(parent), m_worker(new QObject) {
  m_thread.setObjectName(QStringLiteral("CodeAnalyzer"));
  m_worker->moveToThread(&m_thread);
  m_thread.start(QThread::LowPriority);
}

CodeAnalyzer::~CodeAnalyzer() {
  m_latest = 0;  // queued builds are skipped; the one running finishes (at most about a second)
  m_thread.quit();
  m_thread.wait();
  delete m_worker;
}

void CodeAnalyzer::analyse(const QString& code, const QString& name) {
  const quint64 serial = ++m_latest;
  CodeAnalysis analysis;
  analysis.serial = serial;
  analysis.code = code;
  analysis.name = name;
  NetworkCode network;
  try {
    network = parseSequentialCode(code.toStdString(), name.toStdString());
  } catch (const SequentialCodeError& e) {
    analysis.error = problemOf(e);
    emit analysed(analysis);
    return;
  }
  analysis.layerPositions = positionsOf(network);
  Built built{withoutPositions(network.layers), network.inputShape, {}};
  if (m_last && m_last->layers == built.layers && m_last->input == built.input) {
    analysis.report = m_last->report;
    emit analysed(analysis);
    return;
  }
  m_building = serial;
  const std::atomic<quint64>* latest = &m_latest;
  QMetaObject::invokeMethod(
      m_worker,
      [this, latest, analysis = std::move(analysis), network = std::move(network), built = std::move(built)]() mutable {
        if (analysis.serial != latest->load()) return;  // superseded while queued
        CodeProblem problem;
        if (std::optional<ShapeReport> report = buildReport(network, analysis.name, &problem))
          built.report = analysis.report = std::move(*report);
        else
          analysis.error = problem;
        QMetaObject::invokeMethod(
            this,
            [this, analysis = std::move(analysis), built = std::move(built)]() mutable {
              finish(std::move(analysis), std::move(built));
            },
            Qt::QueuedConnection);
      },
      Qt::QueuedConnection);
}

void CodeAnalyzer::finish(CodeAnalysis analysis, Built built) {
  if (analysis.ok()) m_last = std::move(built);
  if (analysis.serial != m_latest) return;
  m_building = 0;
  emit analysed(analysis);
}

}  // namespace alexnet::ui
