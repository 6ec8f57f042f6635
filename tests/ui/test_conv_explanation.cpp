// Explaining a Conv2d value: bias + Σ (patch × kernel) reproduces the layer's real output, and a
// click on an enlarged feature map opens the explanation for that pixel, with core's receptive field.
#include <QApplication>
#include <QPainter>
#include <QStandardPaths>
#include <QtTest>

#include "alexnet/core/exec/stepper.h"
#include "alexnet/core/layers/conv2d.h"
#include "alexnet/core/models/model_config.h"
#include "alexnet/core/models/receptive_field.h"
#include "ui/inspect/conv_explain_dialog.h"
#include "ui/inspect/conv_explanation.h"
#include "ui/inspect/feature_map_view.h"
#include "ui/inspect/input_panel.h"
#include "ui/inspect/inspect_panel.h"
#include "ui/inspect/inspect_session.h"
#include "ui/inspect/run_view.h"
#include "ui/main_window.h"

using namespace alexnet;
using namespace alexnet::ui;

class TestConvExplanation : public QObject {
  Q_OBJECT
 private slots:
  void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

  void sumOfProductsPlusBiasIsTheLayerOutput() {
    ModelConfig config;
    config.kind = ModelKind::LeNet;
    config.seed = 3;
    auto model = buildModel(config);
    Stepper stepper(*model);
    Tensor input(Shape{1, 1, 28, 28});  // (1, 1, 28, 28)
    for (std::int64_t i = 0; i < input.numel(); ++i) input[i] = float((i * 37) % 101) / 100.0f;
    stepper.setInput(input);
    for (int i = 0; i < 4; ++i) stepper.step();  // through layer 3: Conv2d(6, 16, 5)
    const auto& conv = dynamic_cast<const Conv2d&>(model->layer(3));
    const Tensor& out = stepper.output(3);  // (1, 16, 10, 10)
    for (auto [o, y, x] : {std::tuple{0, 0, 0}, std::tuple{7, 4, 9}, std::tuple{15, 9, 3}}) {
      const ConvExplanation e =
          explainConvPixel(stepper.output(2), conv.weight().value, conv.bias().value, 1, 0, o, y, x);
      QCOMPARE(e.channelSums.size(), std::size_t(6));
      QVERIFY(std::abs(e.value - out.at(0, o, y, x)) < 1e-4f);
      float sum = e.bias;
      for (float s : e.channelSums) sum += s;
      QVERIFY(std::abs(sum - e.value) < 1e-5f);
    }
    // Padding: conv 0 has padding 2, so the corner patch holds zeros outside the image.
    const auto& conv0 = dynamic_cast<const Conv2d&>(model->layer(0));
    const ConvExplanation corner = explainConvPixel(input, conv0.weight().value, conv0.bias().value, 1, 2, 1, 0, 0);
    QCOMPARE(corner.patches[0], 0.0f);
    QCOMPARE(corner.patches[2 * 5 + 2], input[0]);
    QVERIFY(std::abs(corner.value - stepper.output(0).at(0, 1, 0, 0)) < 1e-4f);
  }

  void clickOnAnEnlargedMapOpensTheExplanation() {
    MainWindow window({.persistSettings = false});
    InspectPanel* inspect = window.inspectPanel();
    inspect->setModelKey(QStringLiteral("lenet"));
    QImage image(40, 40, QImage::Format_RGB32);
    image.fill(Qt::black);
    QPainter(&image).fillRect(10, 5, 20, 30, Qt::white);
    inspect->inputPanel()->setSourceImage(image, QStringLiteral("bar"));
    window.resize(1400, 900);
    window.show();
    window.showTab(QStringLiteral("inspect"));
    RunView* run = inspect->primaryView();
    QTRY_VERIFY_WITH_TIMEOUT(!inspect->isBusy() && run->session()->hasModel(), 30000);
    inspect->step();
    inspect->step();
    inspect->step();
    inspect->step();
    QTRY_COMPARE_WITH_TIMEOUT(run->cursor(), 4, 10000);
    FeatureMapView* view = run->featureView();
    view->setEnlargedChannel(4);
    view->renderNow();
    const QRect tile = view->grid().tileRect(0);
    const QPoint origin((view->width() - view->grid().image().width()) / 2,
                        (view->height() - view->grid().image().height()) / 2);
    QSignalSpy clicks(view, &FeatureMapView::pixelClicked);
    QTest::mouseClick(view, Qt::LeftButton, {}, origin + tile.center());
    QCOMPARE(clicks.count(), 1);
    QCOMPARE(clicks.first().at(0).toInt(), 4);
    auto* dialog = run->findChild<ConvExplainDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->answered(), 30000);  // the worker computes the arithmetic
    QVERIFY2(dialog->hasExplanation(), qPrintable(dialog->error()));
    QVERIFY(std::abs(dialog->explanation().value - dialog->layerValue()) < 1e-4f);
    QCOMPARE(dialog->explanation().outChannel, 4);
    // Its receptive field is core's: LeNet up to conv2 (layer 3), 14×14 with jump 2 on the 28×28 input.
    ModelConfig config;
    config.kind = ModelKind::LeNet;
    const auto lenet = buildModel(config);
    const ConvExplanation& e = dialog->explanation();
    const UnitReceptiveField core = unitReceptiveField(*lenet, 3, e.y, e.x);
    QVERIFY(dialog->field().valid);
    QVERIFY(dialog->field().unit.clipped == core.clipped);
    QVERIFY(dialog->field().unit.unclipped == core.unclipped);
    QCOMPARE(dialog->field().unit.field.size, 14);
    QVERIFY(dialog->field().hasOriginal);  // the 40×40 source image
    QCOMPARE(dialog->field().geometry.originalWidth, 40);
    if (qEnvironmentVariableIsSet("ALEXNET_UI_GRAB_DIR"))  // for looking at the dialog
      dialog->grab().save(qEnvironmentVariable("ALEXNET_UI_GRAB_DIR") + QStringLiteral("/conv_explain.png"));
    dialog->close();
    // Right-click returns to the grid of all channels.
    QTest::mouseClick(view, Qt::RightButton, {}, origin + tile.center());
    view->renderNow();
    QCOMPARE(view->enlargedChannel(), -1);
  }
};

QTEST_MAIN(TestConvExplanation)
#include "test_conv_explanation.moc"
