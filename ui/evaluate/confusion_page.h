#pragma once
// ConfusionPage — the Evaluate screen's "confusion" page: which classes does a trained network
// confuse? Pick weights (any library entry or checkpoint file) and, to compare, a second run
// (LeNet against AlexNet by default); the 10,000 Fashion-MNIST test images are evaluated on a worker
// thread (ConfusionEvaluator) with progress and Cancel. Each run shows its confusion matrix as a
// heat map (ConfusionMatrixView), both runs' per-class accuracy as paired bars (ClassAccuracyBars);
// clicking a cell lists its images most confident first (ConfusionGallery), and clicking an image
// opens it on the Inspect screen with that run's weights.
//
// The page evaluates on its own the first time it is shown (setAutoStart, which the program sets),
// and again whenever a choice changes after that;
// finished runs are kept per checkpoint, so switching back costs nothing.
#include <QMap>
#include <QWidget>
#include <array>

#include "ui/evaluate/confusion_evaluator.h"

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace alexnet::ui {

class ClassAccuracyBars;
class ConfusionGallery;
class ConfusionMatrixView;
class EvaluationWeightsBox;

class ConfusionPage : public QWidget {
  Q_OBJECT
 public:
  static constexpr int kRuns = 2;  // run 0 and, when comparing, run 1

  explicit ConfusionPage(QWidget* parent = nullptr);

  // The weights of run 0 / run 1: a library id ("lenet-d2l") or a checkpoint path; false if unknown.
  bool setWeights(int run, const QString& idOrPath);
  QString weightsPath(int run) const;
  void setCompare(bool compare);
  bool isCompare() const;
  // For tests and slow machines: evaluate only the first `limit` test images (0 = all), read from `dir`.
  void setLimit(int limit);
  void setDataDirectory(const QString& dir);
  // Evaluate when first shown (the program turns it on; off by default, so a window built in a test
  // only evaluates when told).
  void setAutoStart(bool autoStart) { m_autoStart = autoStart; }

  void start();   // evaluates the runs not evaluated yet
  void cancel();  // stops within one minibatch; unfinished runs show "Cancelled"
  bool isBusy() const;

  const ConfusionOutcome& outcome(int run) const { return m_outcomes[static_cast<std::size_t>(run)]; }
  ConfusionMatrixView* matrixView(int run) const { return m_matrices[static_cast<std::size_t>(run)]; }
  ClassAccuracyBars* accuracyBars() const { return m_bars; }
  ConfusionGallery* gallery() const { return m_gallery; }
  QProgressBar* progressBar() const { return m_progress; }
  QPushButton* cancelButton() const { return m_cancel; }
  QString statusText() const;

 signals:
  void statusMessage(const QString& text);
  // A gallery image was clicked: test sample `testSample`, evaluated with the checkpoint `weightsPath`.
  void openInInspectRequested(int testSample, const QString& weightsPath);

 protected:
  void showEvent(QShowEvent* event) override;

 private:
  void onProgress(int run, qint64 done, qint64 total);
  void onRunFinished(int run, const ConfusionOutcome& outcome);
  void onRunningChanged(bool running);
  void showOutcome(int run);
  void showCell(int run, int trueClass, int predictedClass);
  void selectLargestConfusion(int run);
  void refreshBars();
  void choicesChanged();
  QString cacheKey(int run) const;
  QString runTitle(int run) const;

  std::array<EvaluationWeightsBox*, kRuns> m_boxes{};
  QCheckBox* m_compare;
  QPushButton* m_evaluate;
  QPushButton* m_cancel;
  QProgressBar* m_progress;
  QLabel* m_status;
  std::array<ConfusionMatrixView*, kRuns> m_matrices{};
  ClassAccuracyBars* m_bars;
  ConfusionGallery* m_gallery;
  ConfusionEvaluator* m_evaluator;

  std::array<ConfusionOutcome, kRuns> m_outcomes;
  QMap<QString, ConfusionOutcome> m_finished;  // complete outcomes by cacheKey (checkpoint, limit, data)
  QVector<int> m_pendingRuns;                  // run index of each request being evaluated
  int m_limit = 0;
  QString m_dataDir;
  bool m_autoStart = false;
  bool m_started = false;  // evaluated (or tried) at least once
  bool m_cancelled = false;
  int m_galleryRun = -1;
};

}  // namespace alexnet::ui
