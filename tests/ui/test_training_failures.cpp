// The Training screen when things go wrong (issue 6): a NaN loss stops the run with a clear
// message and keeps the last good checkpoint on disk (it still loads and holds epoch 1's finite
// weights); a disk that fills up during a save leaves the previous checkpoint intact and shows the
// error; a huge learning rate ends the run with a message that says what to do.
// (A missing dataset directory is in test_training_panel.cpp: missingDatasetSaysHowToInstall.)
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>
#include <cmath>
#include <sys/resource.h>

#include "alexnet/core/io/checkpoint.h"
#include "alexnet/core/models/model_config.h"
#include "ui/training/training_panel.h"
#include "ui/training/training_request.h"

using namespace alexnet;
using namespace alexnet::ui;

namespace {

const QString kDataDir = defaultDataDirectory();

bool haveDataset() { return QFileInfo::exists(kDataDir + QStringLiteral("/train-images-idx3-ubyte.gz")); }

TrainingRequest leNetRun(std::int64_t limit, std::int64_t epochs) {
  ModelConfig model;
  model.kind = ModelKind::LeNet;
  TrainingRequest r = d2lDefaultRequest(model);
  r.limit = limit;
  r.epochs = epochs;
  r.dataDirectory = kDataDir;
  return r;
}

struct CheckpointState {
  bool loads = false;
  QString error;
  bool finite = true;
  QString epoch, status;
};

CheckpointState inspectCheckpoint(const QString& path) {
  CheckpointState state;
  ModelConfig config;
  config.kind = ModelKind::LeNet;
  auto model = buildModel(config);
  try {
    const SafeTensors file = loadCheckpoint(path.toStdString(), *model);
    state.loads = true;
    if (auto it = file.metadata.find("epoch"); it != file.metadata.end())
      state.epoch = QString::fromStdString(it->second);
    if (auto it = file.metadata.find("status"); it != file.metadata.end())
      state.status = QString::fromStdString(it->second);
  } catch (const std::exception& error) {
    state.error = QString::fromStdString(error.what());
    return state;
  }
  for (const NamedParameter& p : model->namedParameters()) {
    const Tensor& value = p.parameter->value;
    for (std::int64_t i = 0; i < value.numel(); ++i)
      if (!std::isfinite(value.data()[i])) state.finite = false;
  }
  return state;
}

QString statusText(TrainingPanel& panel) {
  auto* label = panel.findChild<QLabel*>(QStringLiteral("trainingStatus"));
  return label ? label->text() : QString();
}

}  // namespace

class TestTrainingFailures : public QObject {
  Q_OBJECT
 private:
  QTemporaryDir m_dir;

 private slots:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
  }

  // A weight becomes NaN in epoch 2 (fault injection, as a too large learning rate would do it):
  // the run stops as Diverged, says so, and the checkpoint on disk is still epoch 1's.
  void nanLossStopsAndKeepsTheLastGoodCheckpoint() {
    if (!haveDataset()) QSKIP("Fashion-MNIST is not installed (apt-get install dataset-fashion-mnist)");
    TrainingPanel panel;
    panel.setRunsDirectory(m_dir.filePath(QStringLiteral("nan")));
    TrainingRequest r = leNetRun(1024, 3);  // 4 minibatches of 256 per epoch
    r.poisonAtEpoch = 1;
    panel.setRequest(r);
    QSignalSpy finished(&panel, &TrainingPanel::runFinished);
    panel.start();
    QVERIFY(finished.wait(120000));
    const auto outcome = finished.first().first().value<TrainingOutcome>();
    QCOMPARE(outcome.status, TrainStatus::Diverged);
    QVERIFY2(outcome.message.contains(QStringLiteral("diverged")) && outcome.message.contains(QStringLiteral("NaN")),
             qPrintable(outcome.message));
    QVERIFY2(outcome.message.contains(QStringLiteral("Kept the last good checkpoint (epoch 1)")),
             qPrintable(outcome.message));
    QVERIFY2(outcome.message.contains(QStringLiteral("smaller learning rate")), qPrintable(outcome.message));
    QVERIFY(panel.lastError().contains(QStringLiteral("diverged")));
    QVERIFY2(statusText(panel).contains(QStringLiteral("Kept the last good checkpoint")),
             qPrintable(statusText(panel)));
    QCOMPARE(panel.epochsCompleted(), 1);
    QVERIFY(!panel.isRunning());

    QVERIFY(QFileInfo::exists(outcome.checkpointPath));
    const CheckpointState state = inspectCheckpoint(outcome.checkpointPath);
    QVERIFY2(state.loads, qPrintable(state.error));
    QVERIFY2(state.finite, "the checkpoint on disk holds NaN weights");
    QCOMPARE(state.epoch, QStringLiteral("1"));
    QCOMPARE(state.status, QStringLiteral("running"));
    QCOMPARE(panel.lastCheckpoint(), outcome.checkpointPath);  // "Open in Inspect" opens the good one
  }

  // The loss turns NaN in the first epoch (d2l's sigmoid LeNet survives even a learning rate of
  // 10⁶ with a finite loss, so the NaN is injected): no checkpoint exists yet, and the message says
  // so instead of pretending one was kept.
  void nanInTheFirstEpochSaysNoCheckpointWasWritten() {
    if (!haveDataset()) QSKIP("Fashion-MNIST is not installed (apt-get install dataset-fashion-mnist)");
    TrainingPanel panel;
    panel.setRunsDirectory(m_dir.filePath(QStringLiteral("first")));
    TrainingRequest r = leNetRun(1024, 2);
    r.poisonAtEpoch = 0;
    panel.setRequest(r);
    QSignalSpy finished(&panel, &TrainingPanel::runFinished);
    panel.start();
    QVERIFY(finished.wait(120000));
    const auto outcome = finished.first().first().value<TrainingOutcome>();
    QCOMPARE(outcome.status, TrainStatus::Diverged);
    QVERIFY2(outcome.message.contains(QStringLiteral("initial values")), qPrintable(outcome.message));
    QVERIFY2(outcome.message.contains(QStringLiteral("No checkpoint had been written yet")),
             qPrintable(outcome.message));
    QVERIFY2(outcome.message.contains(QStringLiteral("smaller learning rate")), qPrintable(outcome.message));
    QVERIFY(outcome.checkpointPath.isEmpty());
    QVERIFY(panel.lastCheckpoint().isEmpty());
  }

  // The disk fills up after epoch 1's checkpoint: the process may not write files over 64 KB
  // (RLIMIT_FSIZE; the LeNet checkpoint is ~250 KB), so epoch 2's save fails part-way. The
  // previous checkpoint stays, intact and loadable; the panel shows the error in red; no
  // temporary file is left behind.
  void diskFullOnSaveKeepsThePreviousCheckpoint() {
    if (!haveDataset()) QSKIP("Fashion-MNIST is not installed (apt-get install dataset-fashion-mnist)");
    rlimit original{};
    QCOMPARE(::getrlimit(RLIMIT_FSIZE, &original), 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);  // write() then fails with EFBIG
    TrainingPanel panel;
    panel.setRunsDirectory(m_dir.filePath(QStringLiteral("full")));
    panel.setRequest(leNetRun(6000, 2));
    QSignalSpy finished(&panel, &TrainingPanel::runFinished);
    panel.start();
    QTRY_VERIFY_WITH_TIMEOUT(panel.epochsCompleted() >= 1 || !finished.isEmpty(), 120000);
    QVERIFY2(finished.isEmpty(), "the run ended before the disk could fill up");
    rlimit full = original;
    full.rlim_cur = 64 * 1024;
    QCOMPARE(::setrlimit(RLIMIT_FSIZE, &full), 0);
    const bool done = finished.wait(120000);
    ::setrlimit(RLIMIT_FSIZE, &original);
    std::signal(SIGXFSZ, previousHandler);
    QVERIFY(done);
    const auto outcome = finished.first().first().value<TrainingOutcome>();
    QCOMPARE(outcome.status, TrainStatus::Finished);
    QVERIFY2(outcome.saveError.contains(QStringLiteral("Saving the checkpoint failed")) &&
                 outcome.saveError.contains(QStringLiteral("the previous one (epoch 1) is kept")),
             qPrintable(outcome.saveError));
    QVERIFY2(panel.lastError().contains(QStringLiteral("Saving the checkpoint failed")), qPrintable(panel.lastError()));
    QVERIFY2(statusText(panel).contains(QStringLiteral("color:#b00020")), qPrintable(statusText(panel)));

    const CheckpointState state = inspectCheckpoint(outcome.checkpointPath);
    QVERIFY2(state.loads, qPrintable(state.error));
    QVERIFY(state.finite);
    QCOMPARE(state.epoch, QStringLiteral("1"));
    const QStringList leftovers =
        QFileInfo(outcome.checkpointPath).dir().entryList({QStringLiteral("*.tmp-*")}, QDir::Files);
    QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(QLatin1Char(' '))));
  }
};

QTEST_MAIN(TestTrainingFailures)
#include "test_training_failures.moc"
