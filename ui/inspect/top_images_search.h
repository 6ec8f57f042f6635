#pragma once
// TopImagesSearch — finds the Fashion-MNIST test images that make one channel of one layer fire
// the most (core's findTopActivations), on its own QThread: the worker builds its own copy of the
// model (the Inspect worker's stays untouched), reads the test set, and reports progress after each
// batch. cancel() may be called at any time; the search stops after the current layer and still
// reports the best images of the part it examined.
#include <QImage>
#include <QMetaType>
#include <QObject>
#include <QThread>
#include <QVector>
#include <atomic>
#include <memory>

#include "alexnet/core/models/model_config.h"

namespace alexnet::ui {

struct TopImagesRequest {
  ModelConfig config;
  QString checkpointPath;  // "" = untrained weights from config.seed
  int layer = 0;
  int channel = 0;
  int topN = 9;
  int first = 0;    // first test image
  int limit = 0;    // examine at most this many (0 = the whole test set)
  int batch = 0;    // 0 = chosen by input size
  QString dataDir;  // "" = the settings' data/directory or the Debian default
};

struct TopImagesItem {
  int index = 0;  // test-set index
  int label = 0;
  float activation = 0.0f;  // max of the channel's map
  QImage image;             // 28×28 gray
};

struct TopImagesOutcome {
  QVector<TopImagesItem> items;  // best first
  qint64 examined = 0;
  qint64 total = 0;
  bool cancelled = false;
  QString error;  // one line; empty on success
  double seconds = 0.0;
};

class TopImagesWorker;

class TopImagesSearch : public QObject {
  Q_OBJECT
 public:
  explicit TopImagesSearch(QObject* parent = nullptr);
  ~TopImagesSearch() override;

  void start(const TopImagesRequest& request);  // ignored while running
  void cancel();
  bool isRunning() const { return m_running; }

 signals:
  void progress(qint64 done, qint64 total);
  void finished(const alexnet::ui::TopImagesOutcome& outcome);
  void runningChanged(bool running);

 private:
  QThread m_thread;
  TopImagesWorker* m_worker;  // lives on m_thread; deleted after it stops
  std::shared_ptr<std::atomic<bool>> m_cancel;
  bool m_running = false;
};

class TopImagesWorker : public QObject {
  Q_OBJECT
 public:
  explicit TopImagesWorker(std::shared_ptr<std::atomic<bool>> cancel) : m_cancel(std::move(cancel)) {}
  void run(const TopImagesRequest& request);

 signals:
  void progress(qint64 done, qint64 total);
  void finished(const alexnet::ui::TopImagesOutcome& outcome);

 private:
  std::shared_ptr<std::atomic<bool>> m_cancel;
};

}  // namespace alexnet::ui

Q_DECLARE_METATYPE(alexnet::ui::TopImagesOutcome)
