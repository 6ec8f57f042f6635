#pragma once
// MaximizeRun — activation maximization for every channel of one layer (core
// exec/activation_maximization.h), then the test images that drive each channel hardest by the same
// measure (core findTopActivationsPerChannel, one pass over the test set), on its own QThread. The
// worker builds its own copy of the model; each channel is reported as soon as it is done, so the
// page's grid fills in while the rest compute. cancel() stops after the current step or batch.
#include <QImage>
#include <QMetaType>
#include <QObject>
#include <QThread>
#include <QVector>
#include <atomic>
#include <memory>

#include "alexnet/core/models/model_config.h"
#include "ui/inspect/top_images_search.h"

namespace alexnet::ui {

struct MaximizeRequest {
  ModelConfig config;
  QString checkpointPath;  // "" = untrained weights from config.seed
  int layer = 0;
  int steps = 200;
  quint64 seed = 0;
  int topN = 6;       // test images kept per channel
  int testLimit = 0;  // test images compared (0 = all 10,000)
  QString dataDir;    // "" = the settings' data/directory or the Debian default
};

struct MaximizedChannel {
  int channel = 0;
  QImage input;                  // the maximizing model input, gray (1 channel) or RGB (3), model input size
  float activation = 0.0f;       // spatial mean of the channel at `input`
  float startActivation = 0.0f;  // the same at the starting noise
  double seconds = 0.0;
};

struct ChannelTopImages {
  QVector<QVector<TopImagesItem>> perChannel;  // [channel]: best first; activation = spatial mean
  qint64 examined = 0;
  QString error;  // e.g. the data set is missing; the maximized inputs still stand
};

class MaximizeWorker;

class MaximizeRun : public QObject {
  Q_OBJECT
 public:
  explicit MaximizeRun(QObject* parent = nullptr);
  ~MaximizeRun() override;

  void start(const MaximizeRequest& request);  // ignored while running
  void cancel();
  bool isRunning() const { return m_running; }

 signals:
  void channelReady(const alexnet::ui::MaximizedChannel& channel);
  void topImagesReady(const alexnet::ui::ChannelTopImages& images);
  void progress(int permille, const QString& phase);
  void finished(bool cancelled, const QString& error);
  void runningChanged(bool running);

 private:
  QThread m_thread;
  MaximizeWorker* m_worker;  // lives on m_thread; deleted after it stops
  std::shared_ptr<std::atomic<bool>> m_cancel;
  bool m_running = false;
};

class MaximizeWorker : public QObject {
  Q_OBJECT
 public:
  explicit MaximizeWorker(std::shared_ptr<std::atomic<bool>> cancel) : m_cancel(std::move(cancel)) {}
  void run(const MaximizeRequest& request);

 signals:
  void channelReady(const alexnet::ui::MaximizedChannel& channel);
  void topImagesReady(const alexnet::ui::ChannelTopImages& images);
  void progress(int permille, const QString& phase);
  void finished(bool cancelled, const QString& error);

 private:
  std::shared_ptr<std::atomic<bool>> m_cancel;
};

// (1, C, H, W) in [0, 1] → a gray (C = 1) or RGB (C = 3) picture of H×W pixels.
QImage inputPicture(const Tensor& input);

}  // namespace alexnet::ui

Q_DECLARE_METATYPE(alexnet::ui::MaximizedChannel)
Q_DECLARE_METATYPE(alexnet::ui::ChannelTopImages)
