// Pooling, activation and dense explainers in the Inspect tab: a click on an enlarged AvgPool2d /
// MaxPool2d / Sigmoid / ReLU map or on a Linear strip opens a UnitExplainDialog whose value prints
// exactly like the activation the layer computed (6 significant digits), max-pool ties and
// Flatten → Linear origins are shown, and the top-activating-images search runs in the background
// with progress and Cancel. With ALEXNET_UI_GRAB_DIR set, the dialogs are saved as PNGs.
#include <QApplication>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QtTest>

#include "alexnet/core/data/fashion_mnist.h"
#include "alexnet/core/data/resize.h"
#include "ui/inspect/explain_launcher.h"
#include "ui/inspect/fashion_samples.h"
#include "ui/inspect/feature_map_view.h"
#include "ui/inspect/inspect_session.h"
#include "ui/inspect/run_view.h"
#include "ui/inspect/top_images_dialog.h"
#include "ui/inspect/unit_explain_dialog.h"

using namespace alexnet;
using namespace alexnet::ui;

namespace {

// A Fashion-MNIST test image (an ankle boot, sample 0) when installed, else a bright bar; (1, 1, S, S).
Tensor sampleInput(int side) {
  Tensor x(Shape{1, 1, 28, 28});
  const FashionSample sample = fashionTestSample(0, nullptr);
  for (int y = 0; y < 28; ++y)
    for (int c = 0; c < 28; ++c)
      x[y * 28 + c] = sample.image.isNull() ? (c > 9 && c < 19 ? 1.0f : 0.0f) : sample.image.pixelColor(c, y).redF();
  return side == 28 ? x : resizeBilinear(x, {.outHeight = side, .outWidth = side});
}

void grab(QWidget* widget, const QString& name) {
  if (!qEnvironmentVariableIsSet("ALEXNET_UI_GRAB_DIR")) return;
  widget->resize(widget->sizeHint().expandedTo(widget->minimumSizeHint()).expandedTo(widget->size()));
  QTest::qWait(50);
  widget->grab().save(qEnvironmentVariable("ALEXNET_UI_GRAB_DIR") + QLatin1Char('/') + name);
}

QPoint tileCenter(FeatureMapView* view, int position) {
  const QPoint origin((view->width() - view->grid().image().width()) / 2,
                      (view->height() - view->grid().image().height()) / 2);
  return origin + view->grid().tileRect(position).center();
}

// Where the dense strip draws `unit` (hit test scan; the strip wraps into rows).
QPoint densePoint(FeatureMapView* view, int unit) {
  const QPoint origin((view->width() - view->grid().image().width()) / 2,
                      (view->height() - view->grid().image().height()) / 2);
  const QImage& image = view->grid().image();
  for (int y = 0; y < image.height(); y += 2)
    for (int x = 0; x < image.width(); x += 2) {
      const FeatureGridHit hit = view->grid().hitTest(QPoint(x, y));
      if (hit.valid && hit.x == unit) return origin + QPoint(x, y);
    }
  return {-1, -1};
}

}  // namespace

class TestUnitExplainers : public QObject {
  Q_OBJECT

  std::unique_ptr<RunView> open(const ModelConfig& config, const QString& checkpoint = {}) {
    auto view = std::make_unique<RunView>();
    view->resize(1100, 700);
    view->show();
    QObject::connect(view.get(), &RunView::inputRequested, view.get(),
                     [v = view.get()] { v->session()->setInput(sampleInput(v->inputSide())); });
    view->loadModel(config, checkpoint);
    [&] {
      QTRY_VERIFY_WITH_TIMEOUT(
          view->session()->hasModel() && !view->isBusy() && view->session()->lastSnapshot().output->numel() > 0, 60000);
    }();
    return view;
  }

  void goTo(RunView* view, int cursor) {
    view->session()->goTo(cursor);
    QTRY_VERIFY_WITH_TIMEOUT(view->cursor() == cursor && !view->isBusy(), 60000);
  }

  // Enlarges `channel`, clicks map position `position`, returns the dialog that opens.
  UnitExplainDialog* clickMap(RunView* view, int channel, int position) {
    FeatureMapView* features = view->featureView();
    features->setEnlargedChannel(channel);
    features->renderNow();
    // Pixel `position` (row-major) of the enlarged tile.
    const QRect tile = features->grid().tileRect(0);
    const int w = features->grid().mapWidth(), h = features->grid().mapHeight();
    const int y = position / w, x = position % w;
    const QPoint origin = tileCenter(features, 0) - tile.center() + tile.topLeft();
    const QPoint at = origin + QPoint(int((x + 0.5) * tile.width() / w), int((y + 0.5) * tile.height() / h));
    QSignalSpy opened(view->explainLauncher(), &ExplainLauncher::dialogOpened);
    QTest::mouseClick(features, Qt::LeftButton, {}, at);
    if (!opened.wait(20000)) return nullptr;
    return view->explainLauncher()->lastDialog();
  }

  void checkValue(UnitExplainDialog* dialog, const Tensor& output) {
    const UnitIndex u = dialog->snapshot().unit;
    const float shown = output.rank() == 4 ? output.at(0, u.channel, u.y, u.x) : output[u.channel];
    QCOMPARE(dialog->layerText(), UnitExplainDialog::formatValue(shown));
    QCOMPARE(dialog->explainedText(), dialog->layerText());
  }

 private slots:
  void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

  void leNetPoolingSigmoidAndDense() {
    ModelConfig config;
    config.kind = ModelKind::LeNet;
    auto view = open(config, QStringLiteral(ALEXNET_TEST_DATA_DIR "/interop/lenet_pytorch.safetensors"));
    // Sigmoid (layer 1), AvgPool2d (layer 2), Sigmoid (layer 4).
    for (auto [cursor, type, channel, position] : {std::tuple{2, "Sigmoid", 3, 14 * 28 + 13},
                                                   {3, "AvgPool2d", 5, 7 * 14 + 6},
                                                   {5, "Sigmoid", 11, 5 * 10 + 4},
                                                   {6, "AvgPool2d", 2, 12}}) {
      goTo(view.get(), cursor);
      UnitExplainDialog* dialog = clickMap(view.get(), channel, position);
      QVERIFY2(dialog, type);
      QCOMPARE(dialog->snapshot().layerType, QString::fromLatin1(type));
      QCOMPARE(int(dialog->snapshot().unit.channel), channel);
      QCOMPARE(int(dialog->snapshot().unit.y * view->featureView()->grid().mapWidth() + dialog->snapshot().unit.x),
               position);
      checkValue(dialog, *view->session()->lastSnapshot().output);
      if (QString::fromLatin1(type) == QStringLiteral("AvgPool2d")) {
        const auto& pool = std::get<PoolExplanation>(*dialog->snapshot().explanation);
        QCOMPARE(pool.divisor, std::int64_t(4));
        QCOMPARE(pool.value, pool.sum / 4.0f);
        grab(dialog, QStringLiteral("explain_avgpool.png"));
      } else {
        grab(dialog, QStringLiteral("explain_sigmoid.png"));
      }
      dialog->close();
    }
    // Linear(400, 120) after Flatten of 16×5×5: click unit 37 of the strip.
    goTo(view.get(), 8);
    FeatureMapView* features = view->featureView();
    features->renderNow();
    QVERIFY(features->grid().isDense());
    const QPoint at = densePoint(features, 37);
    QVERIFY(at.x() >= 0);
    QSignalSpy units(features, &FeatureMapView::unitClicked);
    QSignalSpy opened(view->explainLauncher(), &ExplainLauncher::dialogOpened);
    QTest::mouseClick(features, Qt::LeftButton, {}, at);
    QCOMPARE(units.count(), 1);
    QCOMPARE(units.first().at(0).toInt(), 37);
    QVERIFY(opened.wait(20000));
    UnitExplainDialog* dialog = view->explainLauncher()->lastDialog();
    QCOMPARE(dialog->snapshot().layerType, QStringLiteral("Linear"));
    checkValue(dialog, *view->session()->lastSnapshot().output);
    const auto& dense = std::get<DenseExplanation>(*dialog->snapshot().explanation);
    QCOMPARE(dense.inFeatures, std::int64_t(400));
    QCOMPARE(dense.flattenedFrom, (Shape{1, 16, 5, 5}));
    QVERIFY(!dense.top.empty());
    QCOMPARE(dense.top.front().channel, dense.top.front().input / 25);
    auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("contributionTable"));
    QVERIFY(table);
    QCOMPARE(table->rowCount(), int(dense.top.size()));
    QCOMPARE(table->item(0, 1)->text(),
             QStringLiteral("(%1, %2, %3)").arg(dense.top[0].channel).arg(dense.top[0].y).arg(dense.top[0].xPos));
    grab(dialog, QStringLiteral("explain_dense_lenet.png"));
    dialog->close();
    // Flatten is not explained: a status message instead of a dialog.
    goTo(view.get(), 7);
    features->renderNow();
    QSignalSpy status(view.get(), &RunView::statusMessage);
    QTest::mouseClick(features, Qt::LeftButton, {}, densePoint(features, 3));
    QTRY_VERIFY_WITH_TIMEOUT(!status.isEmpty() && status.last().at(0).toString().contains(QStringLiteral("Flatten")),
                             20000);
  }

  void alexNetMaxPoolReluAndDense() {
    ModelConfig config;
    config.kind = ModelKind::AlexNet;
    config.seed = 1;
    auto view = open(config);
    goTo(view.get(), 2);  // ReLU after conv1: (1, 96, 54, 54)
    UnitExplainDialog* relu = clickMap(view.get(), 10, 27 * 54 + 20);
    QVERIFY(relu);
    QCOMPARE(relu->snapshot().layerType, QStringLiteral("ReLU"));
    checkValue(relu, *view->session()->lastSnapshot().output);
    relu->close();
    goTo(view.get(), 3);  // MaxPool2d(3, 2): (1, 96, 26, 26)
    const Tensor& pooled = *view->session()->lastSnapshot().output;
    int strongest = 0;  // channel 10's largest value: a window with a clear winner
    for (int i = 1; i < 26 * 26; ++i)
      if (pooled[10 * 26 * 26 + i] > pooled[10 * 26 * 26 + strongest]) strongest = i;
    UnitExplainDialog* pool = clickMap(view.get(), 10, strongest);
    QVERIFY(pool);
    QCOMPARE(pool->snapshot().layerType, QStringLiteral("MaxPool2d"));
    checkValue(pool, *view->session()->lastSnapshot().output);
    const auto& e = std::get<PoolExplanation>(*pool->snapshot().explanation);
    QCOMPARE(e.window.size(), std::size_t(9));
    QVERIFY(e.winner >= 0 && !e.ties.empty() && e.ties.front() == e.winner);
    QCOMPARE(e.value, e.window[std::size_t(e.winner)]);
    grab(pool, QStringLiteral("explain_maxpool.png"));
    pool->close();
    // A window of zeros (ReLU switched every cell off) is a 9-way tie: the first cell wins.
    const Tensor& out = *view->session()->lastSnapshot().output;
    for (std::int64_t c = 0; c < 96; ++c) {
      for (std::int64_t i = 0; i < 26 * 26; ++i) {
        if (out[c * 26 * 26 + i] != 0.0f) continue;
        UnitExplainDialog* tie = clickMap(view.get(), int(c), int(i));
        QVERIFY(tie);
        const auto& t = std::get<PoolExplanation>(*tie->snapshot().explanation);
        QCOMPARE(t.value, 0.0f);
        QCOMPARE(t.winner, t.ties.front());
        QVERIFY(t.ties.size() >= 2);
        grab(tie, QStringLiteral("explain_maxpool_tie.png"));
        tie->close();
        c = 96;
        break;
      }
    }
    // fc1: Linear(6400, 4096) after Flatten of 256×5×5.
    goTo(view.get(), 15);
    FeatureMapView* features = view->featureView();
    features->renderNow();
    QSignalSpy opened(view->explainLauncher(), &ExplainLauncher::dialogOpened);
    QTest::mouseClick(features, Qt::LeftButton, {}, densePoint(features, 1000));
    QVERIFY(opened.wait(20000));
    UnitExplainDialog* dense = view->explainLauncher()->lastDialog();
    QCOMPARE(dense->snapshot().layerType, QStringLiteral("Linear"));
    checkValue(dense, *view->session()->lastSnapshot().output);
    const auto& d = std::get<DenseExplanation>(*dense->snapshot().explanation);
    QCOMPARE(d.inFeatures, std::int64_t(6400));
    QCOMPARE(d.flattenedFrom, (Shape{1, 256, 5, 5}));
    grab(dense, QStringLiteral("explain_dense.png"));
    dense->close();
  }

  void topImagesRunInTheBackgroundAndCancel() {
    if (fashionTestCount() == 0) QSKIP("Fashion-MNIST is not installed");
    ModelConfig config;
    config.kind = ModelKind::LeNet;
    auto view = open(config, QStringLiteral(ALEXNET_TEST_DATA_DIR "/interop/lenet_pytorch.safetensors"));
    goTo(view.get(), 4);
    // The button under the maps, for conv2 (layer 3) with channel 6 enlarged.
    view->featureView()->setEnlargedChannel(6);
    QPushButton* button = view->explainLauncher()->topImagesButton();
    QVERIFY(button->isVisible() && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    TopImagesDialog* dialog = view->explainLauncher()->lastTopImages();
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Top activating test images — layer 3: Conv2d"));
    // The first search (auto-started, whole test set) is cancelled at once.
    QSignalSpy finished(dialog->search(), &TopImagesSearch::finished);
    dialog->cancel();
    QVERIFY(finished.wait(60000));
    QVERIFY(dialog->outcome().error.isEmpty());
    QVERIFY(dialog->outcome().cancelled);
    QVERIFY(dialog->outcome().examined < 10000);
    // A small slice runs to the end with progress; its top images are ordered.
    TopImagesSearch search;
    QSignalSpy progress(&search, &TopImagesSearch::progress);
    QSignalSpy done(&search, &TopImagesSearch::finished);
    TopImagesRequest request;
    request.config = view->modelInfo().config;
    request.checkpointPath = QStringLiteral(ALEXNET_TEST_DATA_DIR "/interop/lenet_pytorch.safetensors");
    request.layer = 3;
    request.channel = 6;
    request.topN = 9;
    request.limit = 300;
    request.batch = 50;
    search.start(request);
    QVERIFY(search.isRunning());
    QVERIFY(done.wait(60000));
    QCOMPARE(progress.count(), 6);
    QCOMPARE(progress.last().at(0).toLongLong(), 300);
    const TopImagesOutcome outcome = done.first().at(0).value<TopImagesOutcome>();
    QVERIFY(outcome.error.isEmpty());
    QCOMPARE(outcome.items.size(), 9);
    QCOMPARE(outcome.examined, 300);
    qInfo("top images, LeNet layer 3 channel 6: %lld images in %.2f s (batch 50)", outcome.examined, outcome.seconds);
    for (int i = 1; i < outcome.items.size(); ++i)
      QVERIFY(outcome.items[i - 1].activation >= outcome.items[i].activation);
    for (const TopImagesItem& item : outcome.items) {
      QVERIFY(item.index < 300);
      QCOMPARE(item.image.size(), QSize(28, 28));
      QCOMPARE(item.label, fashionTestSample(item.index, nullptr).label);
    }
    // Cancel a slow search (batch 4) after its first progress report.
    request.limit = 4000;
    request.batch = 4;
    QSignalSpy cancelled(&search, &TopImagesSearch::finished);
    connect(&search, &TopImagesSearch::progress, &search, [&search] { search.cancel(); });
    search.start(request);
    QVERIFY(cancelled.wait(60000));
    const TopImagesOutcome partial = cancelled.first().at(0).value<TopImagesOutcome>();
    QVERIFY(partial.cancelled);
    QVERIFY(partial.examined < 4000);
    // The dialog's own search over the whole test set, for the screenshot.
    QSignalSpy shown(dialog->search(), &TopImagesSearch::finished);
    dialog->start();
    QVERIFY(shown.wait(120000));
    QCOMPARE(dialog->outcome().items.size(), 9);
    qInfo("top images, LeNet layer 3 channel 6: %lld images in %.2f s (dialog, batch 200)", dialog->outcome().examined,
          dialog->outcome().seconds);
    QCOMPARE(dialog->progressBar()->value(), int(dialog->outcome().examined));
    grab(dialog, QStringLiteral("top_images.png"));
  }
};

QTEST_MAIN(TestUnitExplainers)
#include "test_unit_explainers.moc"
