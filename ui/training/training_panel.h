#pragma once
// TrainingPanel — the Training tab (PRODUCT.md §2): hyperparameters with d2l's defaults per
// model, Start / Pause / Resume / Stop, a progress bar with examples/s, elapsed and ETA, the live
// chart (ui/charts/training_chart_widget.h), conv1's kernels and a fixed test image's feature maps
// and class probabilities as they change (live_sample_view.h), and earlier runs' CSV logs
// overlaid on the same axes, each with the d2l reference of its own model (run_log_model.h). Training runs in a
// TrainingWorker on its own QThread; the destructor stops it (after the current minibatch) and joins the thread.
#include <cstdint>
#include <functional>
#include <optional>

#include <QElapsedTimer>
#include <QString>
#include <QThread>
#include <QWidget>

#include "ui/training/training_request.h"
#include "ui/training/training_worker.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace alexnet::ui {

class KernelGridView;
class LiveSampleView;
class TrainingForm;
class TrainingChartWidget;

class TrainingPanel : public QWidget {
  Q_OBJECT
 public:
  explicit TrainingPanel(QWidget* parent = nullptr);
  ~TrainingPanel() override;

  // The form's values as a request (runDirectory filled in by start()).
  TrainingRequest request() const;
  void setRequest(const TrainingRequest& request);
  // The Network screen's "Train this": the form takes that network (kind Code) with its recipe. False,
  // with the reason shown, while a run is going.
  bool setCodeModel(const ModelConfig& config);
  void setRunsDirectory(
      const QString& path);  // default: the weights library's runs folder (settings "training/runsDirectory")
  void setDataDirectory(const QString& path);  // default: settings "data/directory"
  // Where start() reads the memory it may use (default: availableMemoryBytes(), /proc/meminfo's
  // MemAvailable). Tests pass a fixed figure: the real one moves between two reads.
  using MemoryProbe = std::function<std::optional<std::int64_t>()>;
  void setMemoryProbe(MemoryProbe probe) { m_memoryProbe = std::move(probe); }

  bool isRunning() const { return m_running; }
  // The form's measured warm-up speed (examples/s) behind "Expected time"; 0 while it is measured.
  double expectedExamplesPerSecond() const;
  bool isPaused() const;
  bool isHeldByPause() const;  // the worker has stopped between minibatches (TrainingWorker::isHeld)
  // Overlays a CSV run log; false (and lastError()) when it does not parse.
  bool loadRunLog(const QString& path);
  const QString& lastError() const { return m_lastError; }
  QString lastCheckpoint() const { return m_lastCheckpoint; }
  // Asks before closing the window during a run; true when closing may go on (the run is stopped).
  bool confirmClose();

  TrainingChartWidget* chart() const { return m_chart; }
  KernelGridView* kernelView() const { return m_kernels; }
  LiveSampleView* liveSample() const { return m_sample; }
  int epochsCompleted() const { return m_epochsCompleted; }  // of the live (or last) run

 public slots:
  void start();
  // Continues a stopped, crashed or finished run from its checkpoint (and NAME.optim.safetensors):
  // the model, the recipe and the position come from the file, the log and the curve go on.
  bool continueRun(const QString& checkpointPath);
  void continueRunDialog();
  void pause();
  void resume();
  void stop();
  void openRunLogDialog();

 signals:
  void runFinished(const alexnet::ui::TrainingOutcome& outcome);
  void openCheckpointRequested(const QString& path);  // "Open in Inspect"

 private:
  void launch(TrainingRequest r, const QString& label);
  void showTrainedPreview();
  void onProgress(const TrainProgress& p);
  void onFinished(const TrainingOutcome& outcome);
  void updateButtons();
  void showError(const QString& message);

  QThread m_thread;
  TrainingWorker* m_worker;  // lives on m_thread, deleted when it finishes
  TrainingForm* m_form;      // the Run box: model, recipe, expected time
  QPushButton* m_start;
  QPushButton* m_pause;
  QPushButton* m_stop;
  QPushButton* m_continue;
  QPushButton* m_openLog;
  QPushButton* m_openInInspect;
  QProgressBar* m_progress;
  QLabel* m_speed;
  QLabel* m_status;
  TrainingChartWidget* m_chart;
  KernelGridView* m_kernels;
  LiveSampleView* m_sample;
  QString m_runsDirectory;
  MemoryProbe m_memoryProbe;
  QString m_lastError;
  QString m_lastCheckpoint;
  QString m_runKey;  // preset key of the running model, for the throughput memory
  bool m_running = false;
  int m_liveRun = -1;           // chart run id of the live run
  int m_lastLogRun = -1;        // chart run id of the last run log loaded
  int m_liveRunContinues = -1;  // Continue: the chart run of the log loaded for it
  TrainStatus m_lastStatus = TrainStatus::Finished;
  int m_epochsCompleted = 0;
};

}  // namespace alexnet::ui
