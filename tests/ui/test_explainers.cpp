// The explainers of issue 8 in the GUI: the receptive field shown for AlexNet's conv1 and pool5
// centre units is core's (unitReceptiveField + input geometry, on the original non-square image);
// the saliency map, computed on the worker thread for a trained LeNet, has the input's shape and
// is neither zero nor constant, and follows the class chooser; the conv arithmetic of the centre
// unit still equals the activation; explainers that do not apply say why.
#include <QComboBox>
#include <QPainter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include "alexnet/core/data/input_geometry.h"
#include "alexnet/core/io/checkpoint.h"
#include "alexnet/core/io/safetensors.h"
#include "alexnet/core/models/alexnet.h"
#include "alexnet/core/models/model_config.h"
#include "alexnet/core/models/receptive_field.h"
#include "ui/inspect/conv_explain_dialog.h"
#include "ui/inspect/explainers.h"
#include "ui/inspect/input_panel.h"
#include "ui/inspect/inspect_panel.h"
#include "ui/inspect/inspect_session.h"
#include "ui/inspect/receptive_field_dialog.h"
#include "ui/inspect/probability_bars.h"
#include "ui/inspect/run_view.h"
#include "ui/inspect/saliency_dialog.h"
#include "ui/main_window.h"

using namespace alexnet;
using namespace alexnet::ui;

namespace {

// A light "product photo": a dark boot-like shape on white, wider than tall (so the centre crop
// and the resize both move pixels).
QImage bootPhoto(int width, int height) {
  QImage image(width, height, QImage::Format_RGB32);
  image.fill(Qt::white);
  QPainter painter(&image);
  painter.setBrush(QColor(40, 40, 40));
  painter.setPen(Qt::NoPen);
  const int cx = width / 2, cy = height / 2, s = std::min(width, height);
  painter.drawRect(cx - s / 6, cy - s / 3, s / 5, s / 2);  // shaft
  painter.drawRect(cx - s / 6, cy + s / 8, s / 2, s / 6);  // foot
  return image;
}

void waitIdle(InspectPanel* inspect) { QTRY_VERIFY_WITH_TIMEOUT(!inspect->isBusy(), 60000); }

}  // namespace

class TestExplainers : public QObject {
  Q_OBJECT
 private slots:
  void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

  void centreUnitIsTheMostActiveChannelAtTheCentre() {
    Tensor t(Shape{1, 3, 5, 4});  // (1, C, H, W): centre (2, 2)
    t.at(0, 0, 2, 2) = 0.5f;
    t.at(0, 2, 2, 2) = 0.7f;
    t.at(0, 1, 0, 0) = 9.0f;  // elsewhere: ignored
    const UnitChoice unit = centreUnit(t);
    QCOMPARE(unit.y, 2);
    QCOMPARE(unit.x, 2);
    QCOMPARE(unit.channel, 2);
    QCOMPARE(explainerNames(), (QStringList{"conv-arithmetic", "receptive-field", "saliency", "guided-backprop"}));
    QVERIFY(!explainerFromName(QStringLiteral("inspect")).has_value());
  }

  void alexNetReceptiveFieldsAreCores() {
    MainWindow window({.persistSettings = false});
    InspectPanel* inspect = window.inspectPanel();
    inspect->setModelKey(QStringLiteral("alexnet"));
    const QImage photo = bootPhoto(300, 200);
    inspect->inputPanel()->setSourceImage(photo, QStringLiteral("boot"));
    window.resize(1400, 900);
    window.show();
    RunView* run = inspect->primaryView();
    QTRY_VERIFY_WITH_TIMEOUT(run->session()->hasModel(), 60000);
    waitIdle(inspect);
    QVERIFY(run->inputSource().isValid());

    // Core's numbers: the d2l AlexNet geometry (widths do not change receptive fields), and the
    // mapping of the 224×224 input back onto the 300×200 photo (centre crop 200×200 at x = 50).
    auto model = ::alexnet::alexnet({.widths = AlexNetWidths{{2, 2, 2, 2, 2, 4, 4}}});
    PreprocessOptions options;
    options.size = 224;
    const InputGeometry geometry = inputGeometry(300, 200, options);
    QCOMPARE(geometry.cropLeft, 50);

    struct Case {
      int step, layer, centre;
      InputRect clipped;
    };
    // conv1 (54×54): unit 27 starts at −1 + 27·4 = 107; pool5 (5×5): unit 2 at −65 + 2·32 = −1.
    for (const Case& c : {Case{1, 0, 27, {107, 107, 11, 11}}, Case{13, 12, 2, {0, 0, 194, 194}}}) {
      inspect->goToStep(c.step);
      QTRY_COMPARE_WITH_TIMEOUT(run->cursor(), c.step, 60000);
      waitIdle(inspect);
      const UnitChoice unit = centreUnit(run->session()->lastSnapshot().output);
      QCOMPARE(unit.y, c.centre);
      QCOMPARE(unit.x, c.centre);
      QString error;
      auto* dialog =
          qobject_cast<ReceptiveFieldDialog*>(openExplainer(run, ExplainerKind::ReceptiveField, unit, &error));
      QVERIFY2(dialog, qPrintable(error));
      const ReceptiveFieldExplanation& e = dialog->explanation();
      const UnitReceptiveField core = unitReceptiveField(*model, std::size_t(c.layer), unit.y, unit.x);
      QVERIFY(e.valid);
      QCOMPARE(e.layer, c.layer);
      QVERIFY(e.unit.clipped == core.clipped);
      QVERIFY(e.unit.unclipped == core.unclipped);
      QVERIFY(e.unit.field == core.field);
      QVERIFY(e.unit.clipped == c.clipped);
      QVERIFY(e.hasOriginal);
      const ImageRect original = toOriginalImage(core.clipped, geometry);
      QCOMPARE(e.onOriginal.x, original.x);
      QCOMPARE(e.onOriginal.y, original.y);
      QCOMPARE(e.onOriginal.width, original.width);
      QCOMPARE(e.onOriginal.height, original.height);
      QCOMPARE(e.rows.size(), std::size_t(c.layer + 1));
      QCOMPARE(e.rows.back().field.size, core.field.size);
      // The rectangle the text reports is the one drawn.
      QVERIFY(ReceptiveFieldDialog::describe(e).contains(QStringLiteral("%1×%1").arg(core.field.size)));
      if (qEnvironmentVariableIsSet("ALEXNET_UI_GRAB_DIR"))
        dialog->grab().save(qEnvironmentVariable("ALEXNET_UI_GRAB_DIR") + QStringLiteral("/rf_%1.png").arg(c.layer));
      dialog->close();
    }

    // conv1's arithmetic for the centre unit is the activation the layer computed.
    inspect->goToStep(1);
    QTRY_COMPARE_WITH_TIMEOUT(run->cursor(), 1, 60000);
    waitIdle(inspect);
    const UnitChoice unit = centreUnit(run->session()->lastSnapshot().output);
    QString error;
    auto* conv = qobject_cast<ConvExplainDialog*>(openExplainer(run, ExplainerKind::ConvArithmetic, unit, &error));
    QVERIFY2(conv, qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(conv->answered(), 60000);  // the worker computes the arithmetic
    QVERIFY2(conv->hasExplanation(), qPrintable(conv->error()));
    QCOMPARE(conv->explanation().outChannel, unit.channel);
    QVERIFY(std::abs(conv->explanation().value - conv->layerValue()) <=
            1e-4f * std::max(1.0f, std::abs(conv->layerValue())));
    // … to the last digit the dialog shows (5 significant digits, for the sum and the layer's value).
    QCOMPARE(QString::number(double(conv->explanation().value), 'g', 5),
             QString::number(double(conv->layerValue()), 'g', 5));
    QVERIFY(conv->field().unit.clipped == (InputRect{107, 107, 11, 11}));
    conv->close();

    // Not applicable: arithmetic of a ReLU, the receptive field of a dense layer.
    inspect->goToStep(2);  // layer 1: ReLU
    QTRY_COMPARE_WITH_TIMEOUT(run->cursor(), 2, 60000);
    waitIdle(inspect);
    error.clear();
    QVERIFY(!openExplainer(run, ExplainerKind::ConvArithmetic, unit, &error));
    QVERIFY(error.contains(QStringLiteral("ReLU")));
    inspect->goToStep(15);  // layer 14: Linear
    QTRY_COMPARE_WITH_TIMEOUT(run->cursor(), 15, 60000);
    waitIdle(inspect);
    error.clear();
    QVERIFY(!openExplainer(run, ExplainerKind::ReceptiveField, {}, &error));
    QVERIFY(error.contains(QStringLiteral("whole input")));
  }

  void saliencyOfATrainedLeNet() {
    // The PyTorch reference LeNet (tests/data/reference/lenet_e2e.safetensors), saved as a checkpoint.
    QTemporaryDir dir;
    ModelConfig config;
    config.kind = ModelKind::LeNet;
    auto model = buildModel(config);
    SafeTensors file =
        readSafeTensors(std::filesystem::path(ALEXNET_TEST_DATA_DIR) / "reference" / "lenet_e2e.safetensors");
    SafeTensors weights;
    for (auto& [key, p] : model->namedParameters()) weights.floats.emplace(key, file.tensor(key));
    loadStateDict(weights, *model, "lenet_e2e");
    const QString checkpoint = dir.filePath(QStringLiteral("lenet.safetensors"));
    saveCheckpoint(checkpoint.toStdString(), *model, config);

    MainWindow window({.persistSettings = false});
    InspectPanel* inspect = window.inspectPanel();
    inspect->loadCheckpoint(checkpoint);
    inspect->inputPanel()->setSourceImage(bootPhoto(120, 90), QStringLiteral("boot"));
    window.resize(1400, 900);
    window.show();
    RunView* run = inspect->primaryView();
    QTRY_VERIFY_WITH_TIMEOUT(run->session()->hasModel() && run->modelInfo().path == checkpoint, 60000);
    waitIdle(inspect);

    QString error;
    auto* dialog = qobject_cast<SaliencyDialog*>(openExplainer(run, ExplainerKind::Saliency, {}, &error));
    QVERIFY2(dialog, qPrintable(error));
    // Asynchronous: the request went to the worker thread; nothing is there yet.
    QVERIFY(dialog->isComputing());
    QVERIFY(!dialog->hasResult());
    QTRY_VERIFY_WITH_TIMEOUT(dialog->hasResult(), 30000);
    const SaliencySnapshot& s = dialog->saliency();
    QCOMPARE(s.map.shape(), (Shape{28, 28}));
    QCOMPARE(s.gradient.shape(), s.input.shape());
    QCOMPARE(s.input.shape(), (Shape{1, 1, 28, 28}));
    float low = s.map[0], high = s.map[0];
    for (std::int64_t i = 0; i < s.map.numel(); ++i) {
      low = std::min(low, s.map[i]);
      high = std::max(high, s.map[i]);
    }
    QVERIFY(high > 0.0f);
    QVERIFY(high > low);  // not constant
    QVERIFY(s.predicted);
    auto* chooser = dialog->findChild<QComboBox*>(QStringLiteral("saliencyClassChooser"));
    QVERIFY(chooser);
    QCOMPARE(chooser->currentText(), QStringLiteral("Predicted class (%1)").arg(fashionClassNames().at(s.classIndex)));
    const auto* p = s.probabilities.data();
    QCOMPARE(int(std::max_element(p, p + 10) - p), s.classIndex);
    const std::vector<float> predictedMap = s.map.toVector();

    const int other = (s.classIndex + 1) % 10;
    dialog->setClass(other);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->hasResult() && dialog->saliency().classIndex == other && !dialog->isComputing(),
                             30000);
    QVERIFY(!dialog->saliency().predicted);
    QVERIFY(dialog->saliency().map.toVector() != predictedMap);
    if (qEnvironmentVariableIsSet("ALEXNET_UI_GRAB_DIR"))
      dialog->grab().save(qEnvironmentVariable("ALEXNET_UI_GRAB_DIR") + QStringLiteral("/saliency.png"));
    dialog->close();
  }
};

QTEST_MAIN(TestExplainers)
#include "test_explainers.moc"
