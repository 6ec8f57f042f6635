// GUI training that resumes: a run stopped with Stop, and a run whose app was killed (its last
// checkpoint says "running", taken mid-epoch), are continued from the Training screen (Continue)
// to the end of the run: the epochs add up, the log goes on without duplicated rows and the final
// parameters equal those of one uninterrupted run with the same recipe.
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include "alexnet/core/data/fashion_mnist.h"
#include "alexnet/core/io/safetensors.h"
#include "alexnet/core/train/run_log.h"
#include "alexnet/core/train/training_run.h"
#include "ui/training/training_panel.h"
#include "ui/training/training_request.h"

using namespace alexnet;
using namespace alexnet::ui;

namespace {

const QString kDataDir = defaultDataDirectory();
bool haveDataset() { return QFileInfo::exists(kDataDir + QStringLiteral("/train-images-idx3-ubyte.gz")); }

TrainingRecipe recipe() { return {.epochs = 3, .batchSize = 64, .sgd = {.learningRate = 0.9f, .momentum = 0.5f}}; }

// What one uninterrupted run of the recipe on the first 512 images ends with.
std::map<std::string, std::vector<float>> uninterruptedParameters(const QString& dir) {
  TrainingRunOptions o;
  o.model.kind = ModelKind::LeNet;
  o.recipe = recipe();
  o.checkpointPath = (dir + QStringLiteral("/straight.safetensors")).toStdString();
  TrainingRun run(o);
  const ImageSet train = loadFashionMnist(Split::Train, {.directory = kDataDir.toStdString(), .limit = 512});
  const ImageSet test = loadFashionMnist(Split::Test, {.directory = kDataDir.toStdString(), .limit = 512});
  run.run(train, test, nullptr);
  std::map<std::string, std::vector<float>> values;
  for (const NamedParameter& p : run.model().namedParameters()) values[p.key] = p.parameter->value.toVector();
  return values;
}

std::map<std::string, std::vector<float>> fileParameters(const QString& path) {
  std::map<std::string, std::vector<float>> values;
  for (const auto& [key, tensor] : readSafeTensors(path.toStdString()).floats) values[key] = tensor.toVector();
  return values;
}

}  // namespace

class TestTrainingContinue : public QObject {
  Q_OBJECT
 private:
  QTemporaryDir m_dir;

 private slots:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
  }

  void aStoppedRunContinuesToTheSameEnd() {
    if (!haveDataset()) QSKIP("Fashion-MNIST is not installed (apt-get install dataset-fashion-mnist)");
    TrainingPanel panel;
    panel.setRunsDirectory(m_dir.filePath(QStringLiteral("stopped")));
    TrainingRequest r = panel.request();
    r.model.kind = ModelKind::LeNet;
    r.epochs = recipe().epochs;
    r.batchSize = recipe().batchSize;
    r.sgd = recipe().sgd;
    r.limit = 512;
    r.dataDirectory = kDataDir;
    panel.setRequest(r);
    QSignalSpy finished(&panel, &TrainingPanel::runFinished);
    panel.start();
    QTRY_VERIFY_WITH_TIMEOUT(panel.epochsCompleted() >= 1 || !finished.isEmpty(), 60000);
    panel.stop();
    QVERIFY(finished.wait(60000) || finished.count() == 1);
    const auto stopped = finished.takeFirst().first().value<TrainingOutcome>();
    if (stopped.status == TrainStatus::Finished) QSKIP("the run finished before Stop landed (machine too fast)");
    QCOMPARE(stopped.status, TrainStatus::Cancelled);
    QVERIFY(QFileInfo::exists(stopped.checkpointPath));
    QCOMPARE(QString::fromStdString(readSafeTensorsMetadata(stopped.checkpointPath.toStdString()).at("status")),
             QStringLiteral("cancelled"));

    QVERIFY(panel.continueRun(stopped.checkpointPath));
    QVERIFY(finished.wait(120000));
    const auto done = finished.takeFirst().first().value<TrainingOutcome>();
    QVERIFY2(!done.failed, qPrintable(done.message));
    QCOMPARE(done.status, TrainStatus::Finished);
    QCOMPARE(done.checkpointPath, stopped.checkpointPath);  // the same run, the same file
    const auto metadata = readSafeTensorsMetadata(done.checkpointPath.toStdString());
    QCOMPARE(QString::fromStdString(metadata.at("epoch")), QStringLiteral("3"));
    QCOMPARE(QString::fromStdString(metadata.at("status")), QStringLiteral("finished"));
    QVERIFY(fileParameters(done.checkpointPath) == uninterruptedParameters(m_dir.path()));
    const RunLog log = readRunLog(done.logPath.toStdString());  // refuses rows that go back
    QCOMPARE(std::count_if(log.rows.begin(), log.rows.end(),
                           [](const RunLogRow& row) { return row.testAccuracy.has_value(); }),
             3);
  }

  void aKilledRunContinuesFromItsMidEpochCheckpoint() {
    if (!haveDataset()) QSKIP("Fashion-MNIST is not installed (apt-get install dataset-fashion-mnist)");
    // The app was killed in epoch 2, after a time-based checkpoint at a chart point: the file says
    // "running", epoch 1, batch 4; the log has rows after that point (written before the kill).
    const QString path = m_dir.filePath(QStringLiteral("killed/lenet_run.safetensors"));
    QDir().mkpath(m_dir.filePath(QStringLiteral("killed")));
    {
      TrainingRunOptions o;
      o.model.kind = ModelKind::LeNet;
      o.recipe = recipe();
      o.checkpointPath = path.toStdString();
      o.logPath = m_dir.filePath(QStringLiteral("killed/lenet_run.csv")).toStdString();
      o.checkpointEverySeconds = 1e-9;  // every chart point
      TrainingRun run(o);
      const ImageSet train = loadFashionMnist(Split::Train, {.directory = kDataDir.toStdString(), .limit = 512});
      const ImageSet test = loadFashionMnist(Split::Test, {.directory = kDataDir.toStdString(), .limit = 512});
      // Ends at the chart point of batch 4 in epoch 2, just after that point's time-based checkpoint.
      run.run(train, test,
              [](const TrainProgress& p) { return !(p.epoch == 1 && p.kind == ProgressKind::Report && p.batch >= 4); });
    }
    // A kill leaves the last time-based checkpoint as it was: status "running" (a Stop would have
    // written "cancelled" at the same position).
    SafeTensors file = readSafeTensors(path.toStdString());
    QCOMPARE(QString::fromStdString(file.metadata.at("epoch")), QStringLiteral("1"));
    file.metadata["status"] = "running";
    writeSafeTensors(path.toStdString(), file);

    TrainingPanel panel;
    panel.setRunsDirectory(m_dir.filePath(QStringLiteral("killed")));
    TrainingRequest base = panel.request();
    base.dataDirectory = kDataDir;
    base.limit = 512;
    panel.setRequest(base);
    QSignalSpy finished(&panel, &TrainingPanel::runFinished);
    QVERIFY(panel.continueRun(path));
    QVERIFY(finished.wait(120000));
    const auto done = finished.takeFirst().first().value<TrainingOutcome>();
    QVERIFY2(!done.failed, qPrintable(done.message));
    QCOMPARE(done.status, TrainStatus::Finished);
    QCOMPARE(QString::fromStdString(readSafeTensorsMetadata(path.toStdString()).at("epoch")), QStringLiteral("3"));
    QVERIFY(fileParameters(path) == uninterruptedParameters(m_dir.path()));
    const RunLog log = readRunLog(done.logPath.toStdString());
    QCOMPARE(std::count_if(log.rows.begin(), log.rows.end(),
                           [](const RunLogRow& row) { return row.testAccuracy.has_value(); }),
             3);
  }

  void aFileThatIsNotARunIsRefusedWithItsName() {
    const QString path = m_dir.filePath(QStringLiteral("garbage.safetensors"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not a checkpoint");
    f.close();
    TrainingPanel panel;
    QVERIFY(!panel.continueRun(path));
    QVERIFY2(panel.lastError().contains(QStringLiteral("garbage.safetensors")), qPrintable(panel.lastError()));
    QVERIFY(!panel.isRunning());
  }
};

QTEST_MAIN(TestTrainingContinue)
#include "test_training_continue.moc"
