// Issue 16: a StepSnapshot's tensors are made once on the worker and shared from there on (queued
// signal → session → view → feature grid copy no values), and the Conv2d arithmetic is asked of the
// worker like every other explainer, with the numbers core's data gives.
#include <QMutex>
#include <QStandardPaths>
#include <QtTest>

#include "alexnet/core/exec/stepper.h"
#include "alexnet/core/models/model_config.h"
#include "ui/inspect/conv_explain_dialog.h"
#include "ui/inspect/explainers.h"
#include "ui/inspect/feature_map_view.h"
#include "ui/inspect/inspect_session.h"
#include "ui/inspect/inspect_worker.h"
#include "ui/inspect/run_view.h"

using namespace alexnet;
using namespace alexnet::ui;

namespace {

ModelConfig lenet() {
  ModelConfig config;
  config.kind = ModelKind::LeNet;
  config.seed = 5;
  return config;
}

Tensor testInput() {
  Tensor input(Shape{1, 1, 28, 28});  // (1, 1, 28, 28)
  for (std::int64_t i = 0; i < input.numel(); ++i) input[i] = float((i * 37) % 101) / 100.0f;
  return input;
}

// What the worker thread emitted, recorded on that thread (a direct connection).
struct Produced {
  QMutex mutex;
  std::vector<const float*> outputs, kernels, modelInputs;
};

// Loads LeNet into the view, gives it the test input when it asks, and waits for the first snapshot.
bool loadLeNet(RunView& view) {
  InspectSession* session = view.session();
  QObject::connect(&view, &RunView::inputRequested, &view, [session] { session->setInput(testInput()); });
  view.loadModel(lenet(), {});
  return QTest::qWaitFor(
      [session] { return session->hasModel() && !session->isBusy() && !session->lastSnapshot().output.empty(); },
      30000);
}

}  // namespace

class TestInspectSnapshotSharing : public QObject {
  Q_OBJECT
 private slots:
  void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

  void theGridRendersTheTensorTheWorkerMade() {
    RunView view;
    view.resize(900, 600);
    InspectSession* session = view.session();
    Produced produced;
    connect(
        session->worker(), &InspectWorker::snapshotReady, session->worker(),
        [&produced](const StepSnapshot& snapshot) {
          const QMutexLocker lock(&produced.mutex);
          produced.outputs.push_back(snapshot.output.data());
          produced.kernels.push_back(snapshot.kernels.data());
          produced.modelInputs.push_back(snapshot.modelInput.data());
        },
        Qt::DirectConnection);
    QVERIFY(loadLeNet(view));
    session->step();  // layer 0: Conv2d(1, 6, 5, padding 2)
    QTRY_VERIFY_WITH_TIMEOUT(view.cursor() == 1 && !session->isBusy(), 30000);
    view.featureView()->renderNow();

    const StepSnapshot& shown = session->lastSnapshot();
    QVERIFY(shown.isConv());
    const QMutexLocker lock(&produced.mutex);
    QCOMPARE(produced.outputs.size(), std::size_t(2));  // the input, then conv1
    const float* made = produced.outputs.back();
    QVERIFY(made != nullptr);
    QCOMPARE(shown.output.data(), made);                         // session: the worker's values
    QCOMPARE(view.featureView()->tensor().data(), made);         // view
    QCOMPARE(view.featureView()->grid().values().data(), made);  // grid
    QCOMPARE(shown.kernels.data(), produced.kernels.back());     // kernels: shared too
    QCOMPARE(shown.modelInput.data(), produced.modelInputs.back());
    // Step 0 showed the input itself: the same values every later snapshot carries as modelInput.
    QCOMPARE(produced.outputs.front(), produced.modelInputs.back());
  }

  void kernelsAreSharedOncePerModel() {
    RunView view;
    InspectSession* session = view.session();
    QVERIFY(loadLeNet(view));
    session->step();
    QTRY_VERIFY_WITH_TIMEOUT(view.cursor() == 1 && !session->isBusy(), 30000);
    const float* first = session->lastSnapshot().kernels.data();
    session->back();
    QTRY_VERIFY_WITH_TIMEOUT(view.cursor() == 0 && !session->isBusy(), 30000);
    QVERIFY(session->lastSnapshot().kernels.empty());  // the input has none
    session->step();
    QTRY_VERIFY_WITH_TIMEOUT(view.cursor() == 1 && !session->isBusy(), 30000);
    QCOMPARE(session->lastSnapshot().kernels.data(), first);  // not copied again
  }

  void convArithmeticIsAskedOfTheWorker() {
    RunView view;
    InspectSession* session = view.session();
    QVERIFY(loadLeNet(view));
    session->goTo(4);  // through layer 3: Conv2d(6, 16, 5)
    QTRY_VERIFY_WITH_TIMEOUT(view.cursor() == 4 && !session->isBusy(), 30000);
    QVERIFY(session->lastSnapshot().isConv());

    QSignalSpy answers(session, &InspectSession::unitExplained);
    QString error;
    auto* dialog =
        qobject_cast<ConvExplainDialog*>(openExplainer(&view, ExplainerKind::ConvArithmetic, {7, 4, 9}, &error));
    QVERIFY2(dialog, qPrintable(error));
    QVERIFY(!dialog->answered());  // nothing computed on the GUI thread
    QTRY_VERIFY_WITH_TIMEOUT(dialog->answered(), 30000);
    QVERIFY2(dialog->hasExplanation(), qPrintable(dialog->error()));
    QCOMPARE(answers.count(), 1);
    QVERIFY(answers.first().at(0).value<UnitExplanationSnapshot>().conv.has_value());

    // The same numbers as explaining from the layer's input and weights directly.
    auto model = buildModel(lenet());
    Stepper stepper(*model);
    stepper.setInput(testInput());
    for (int i = 0; i < 4; ++i) stepper.step();
    const ConvLayerView conv = *stepper.convLayer(3);
    const ConvExplanation expected =
        explainConvPixel(stepper.output(2), *conv.weight, *conv.bias, static_cast<int>(conv.stride),
                         static_cast<int>(conv.padding), 7, 4, 9);
    const ConvExplanation& e = dialog->explanation();
    QCOMPARE(e.value, expected.value);
    QCOMPARE(e.bias, expected.bias);
    QVERIFY(e.channelSums == expected.channelSums);
    QVERIFY(e.products.toVector() == expected.products.toVector());
    QCOMPARE(dialog->layerValue(), stepper.output(3).at(0, 7, 4, 9));
    dialog->close();
  }
};

QTEST_MAIN(TestInspectSnapshotSharing)
#include "test_inspect_snapshot_sharing.moc"
