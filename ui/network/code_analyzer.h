#pragma once
// CodeAnalyzer — what the Network screen knows about the code in its editor. analyse() parses at once
// (core's reader: cheap, so a syntax error shows while typing); the shapes come from building the network
// without initialisation (code_shapes.h: still 190 MB of zeroed weights for d2l's AlexNet), so that runs on
// a worker thread — and not at all when the layers and the input are those of the network built last (an
// edited comment, a moved line). Only the latest request is answered.
#include <QObject>
#include <QThread>
#include <atomic>
#include <optional>
#include <utility>
#include <vector>

#include "alexnet/core/models/sequential_code.h"
#include "alexnet/core/models/shape_report.h"

namespace alexnet::ui {

struct CodeProblem {
  int line = 0;     // 1-based; 0 when the problem has no position
  int column = 0;   // 1-based, in code points
  QString problem;  // the reader's text, without "FILE:LINE:COL: "
};

struct CodeAnalysis {
  quint64 serial = 0;
  QString code;                                     // the text analysed
  QString name;                                     // its name in messages ("modern_lenet.py")
  std::optional<CodeProblem> error;                 // set when the code does not parse or build
  ShapeReport report;                               // the network's shapes (when there is no error)
  std::vector<std::pair<int, int>> layerPositions;  // per Sequential index: line, column of its module
  bool ok() const { return !error.has_value(); }
};

class CodeAnalyzer : public QObject {
  Q_OBJECT
 public:
  explicit CodeAnalyzer(QObject* parent = nullptr);
  ~CodeAnalyzer() override;

  void analyse(const QString& code, const QString& name);
  bool isBusy() const { return m_building != 0 && m_building == m_latest; }

 signals:
  void analysed(const alexnet::ui::CodeAnalysis& analysis);  // for the latest request only

 private:
  struct Built {
    std::vector<LayerCode> layers;  // positions cleared: a moved line is the same network
    std::optional<Shape> input;
    ShapeReport report;
  };
  void finish(CodeAnalysis analysis, Built built);

  QThread m_thread;
  QObject* m_worker;  // lives on m_thread; requests are lambdas queued to it
  std::atomic<quint64> m_latest{0};
  quint64 m_building = 0;  // the serial of the build in flight (0 = none)
  std::optional<Built> m_last;
};

}  // namespace alexnet::ui
