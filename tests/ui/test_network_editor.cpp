// The Network screen (ui/network/): every preset parses and builds with the right parameter total; typing an
// unsupported module underlines it at the reader's line:column, names it under the editor and disables
// "Inspect this" / "Train this", and fixing it clears all that; a layer that does not fit is pointed at;
// the buttons hand on exactly the editor's code (and refuse networks Fashion-MNIST cannot feed); Open… of a
// binary or oversized file shows the reader's message; Save as… writes the code; MainWindow routes the
// buttons to Inspect and Training; `--screenshot --tab network` and `--model-file` work.
//
// With ALEXNET_NETWORK_SCREENSHOTS=DIR set, writesScreenshots also grabs the screen (1400×900, as
// --screenshot does, and 1024×700) with a valid and with a broken network into DIR.
#include <QComboBox>
#include <QFile>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QtTest>

#include "alexnet/core/io/checkpoint.h"
#include "alexnet/core/io/safetensors.h"
#include "alexnet/core/models/sequential_code.h"
#include "ui/architecture/architecture_scene.h"
#include "ui/inspect/inspect_panel.h"
#include "ui/inspect/inspect_session.h"
#include "ui/inspect/run_view.h"
#include "ui/main_window.h"
#include "ui/network/code_editor.h"
#include "ui/network/code_shapes.h"
#include "ui/network/network_diagram.h"
#include "ui/network/network_editor_panel.h"
#include "ui/network/network_presets.h"
#include "ui/network/network_report_view.h"
#include "ui/shapes/shape_table_model.h"
#include "ui/training/training_panel.h"

using namespace alexnet;
using namespace alexnet::ui;

namespace {

// The analysis of the text now in the editor has come in.
bool analysed(const NetworkEditorPanel& panel) {
  return !panel.isBusy() && panel.analysis().serial != 0 && panel.analysis().code == panel.code();
}

qlonglong totalParameters(const NetworkEditorPanel& panel) {
  const ShapeTableModel* model = panel.reportView()->tableModel();
  return model->index(model->rowCount() - 1, ShapeTableModel::ParamsColumn).data(Qt::UserRole).toLongLong();
}

// Selects `word` at its first occurrence after `after` and types `replacement` over it, key by key.
void typeOver(CodeEditor* editor, const QString& after, const QString& word, const QString& replacement) {
  const int at = static_cast<int>(editor->toPlainText().indexOf(word, editor->toPlainText().indexOf(after)));
  QVERIFY(at >= 0);
  QTextCursor cursor = editor->textCursor();
  cursor.setPosition(at);
  cursor.setPosition(at + static_cast<int>(word.size()), QTextCursor::KeepAnchor);
  editor->setTextCursor(cursor);
  editor->setFocus();
  QTest::keyClicks(editor, replacement);
}

QString readerMessage(const QString& path) {
  try {
    readSequentialCodeFile(path.toStdString());
  } catch (const SequentialCodeError& error) {
    return QString::fromStdString(error.what()).replace(path, QFileInfo(path).fileName());
  }
  return {};
}

}  // namespace

class TestNetworkEditor : public QObject {
  Q_OBJECT
 private:
  QTemporaryDir m_dir;

 private slots:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
  }

  void presetsBuildWithTheirTotals_data() {
    QTest::addColumn<QString>("key");
    QTest::addColumn<qlonglong>("parameters");
    QTest::addColumn<int>("layers");
    QTest::newRow("d2l LeNet") << QStringLiteral("d2l-lenet") << 61706LL << 12;
    QTest::newRow("d2l AlexNet") << QStringLiteral("d2l-alexnet") << 46764746LL << 21;
    QTest::newRow("modern LeNet") << QStringLiteral("modern-lenet") << 61706LL << 14;
    QTest::newRow("slim AlexNet") << QStringLiteral("slim-alexnet") << 713402LL << 21;
    QTest::newRow("AlexNet for 28x28") << QStringLiteral("alexnet-28") << 1312074LL << 15;
  }

  void presetsBuildWithTheirTotals() {
    QFETCH(QString, key);
    QFETCH(qlonglong, parameters);
    QFETCH(int, layers);
    NetworkEditorPanel panel;
    QVERIFY(panel.loadPreset(key));
    QTRY_VERIFY_WITH_TIMEOUT(analysed(panel), 30000);
    QVERIFY2(panel.analysis().ok(), qPrintable(panel.statusText()));
    QCOMPARE(panel.presetChooser()->currentData().toString(), key);
    QCOMPARE(panel.reportView()->tableModel()->rowCount(), layers + 1);  // + totals
    QCOMPARE(totalParameters(panel), parameters);
    QVERIFY(panel.reportView()->totalsText().contains(ShapeTableModel::formatCount(parameters)));
    QVERIFY(panel.inspectButton()->isEnabled());
    QVERIFY(panel.trainButton()->isEnabled());
    QVERIFY(panel.editor()->extraSelections().isEmpty());
    QVERIFY(!panel.diagram()->scene()->blocksOf(NetworkDiagram::kFamily).empty());
    QVERIFY(!panel.diagram()->scene()->blocksOf(QStringLiteral("lenet")).empty());
    for (const NetworkPreset& preset : networkPresets())
      if (preset.key == key) QCOMPARE(panel.codeName(), preset.fileName);
    QVERIFY(!panel.loadPreset(QStringLiteral("no-such-preset")));
  }

  // The first code shown is where undo stops (no Ctrl+Z back to an empty editor); switching presets is
  // one undoable step, so edits are never lost to a misclick in the chooser.
  void undoStopsAtTheFirstCodeAndTakesAPresetSwitchBack() {
    NetworkEditorPanel panel;
    const QString first = panel.editor()->toPlainText();
    QVERIFY(!first.isEmpty());
    QVERIFY(!panel.editor()->document()->isUndoAvailable());
    const QString other =
        panel.presetChooser()->itemData(panel.presetChooser()->currentIndex() == 0 ? 1 : 0).toString();
    QVERIFY(panel.loadPreset(other));
    QVERIFY(panel.editor()->toPlainText() != first);
    panel.editor()->undo();
    QCOMPARE(panel.editor()->toPlainText(), first);
  }

  // The table's shapes-only build (no initialisation) gives what core's buildFromCode gives, errors included.
  void shapesOnlyBuildMatchesBuildFromCode() {
    QStringList sources;
    for (const NetworkPreset& preset : networkPresets()) sources << networkPresetCode(preset.key);
    sources << QStringLiteral(
        "from torch import nn\nnet = nn.Sequential(nn.LazyConv2d(8, 3), nn.ReLU(), nn.Flatten(), "
        "nn.LazyLinear(10))\n");
    for (const QString& source : sources) {
      const NetworkCode code = parseSequentialCode(source.toStdString(), "net.py");
      const ShapeReport shapes = makeShapeReport(*buildCodeShapes(code));
      const ShapeReport built = makeShapeReport(*buildFromCode(code));
      QCOMPARE(shapes.inputShape, built.inputShape);
      QCOMPARE(shapes.rows.size(), built.rows.size());
      for (std::size_t i = 0; i < built.rows.size(); ++i) {
        QCOMPARE(shapes.rows[i].repr, built.rows[i].repr);
        QCOMPARE(shapes.rows[i].outputShape, built.rows[i].outputShape);
        QCOMPARE(shapes.rows[i].params, built.rows[i].params);
        QCOMPARE(shapes.rows[i].flops, built.rows[i].flops);
      }
    }
    QString lenet = networkPresetCode(QStringLiteral("modern-lenet"));
    lenet.replace(QStringLiteral("16 * 5 * 5"), QStringLiteral("16 * 4 * 5"));
    const NetworkCode misfit = parseSequentialCode(lenet.toStdString(), "net.py");
    QString shapesError, builtError;
    try {
      buildCodeShapes(misfit);
    } catch (const ShapeError& e) {
      shapesError = QString::fromUtf8(e.what());
    }
    try {
      buildFromCode(misfit);
    } catch (const ShapeError& e) {
      builtError = QString::fromUtf8(e.what());
    }
    QVERIFY(shapesError.startsWith(QStringLiteral("net.py:12:5: layer 7 (Linear)")));
    QCOMPARE(shapesError, builtError);
    const NetworkCode huge = parseSequentialCode(
        "from torch import nn\nnet = nn.Sequential(nn.Flatten(), nn.Linear(65536, 65536))\n", "huge.py");
    QVERIFY_THROWS_EXCEPTION(SequentialCodeError, buildCodeShapes(huge));  // refused before allocating 16 GiB
  }

  void unsupportedModuleIsUnderlinedUntilFixed() {
    NetworkEditorPanel panel;
    panel.loadPreset(QStringLiteral("modern-lenet"));
    QTRY_VERIFY_WITH_TIMEOUT(analysed(panel), 10000);
    CodeEditor* editor = panel.editor();
    typeOver(editor, QStringLiteral("padding=2), nn."), QStringLiteral("ReLU"), QStringLiteral("BatchNorm2d"));
    QVERIFY(!panel.inspectButton()->isEnabled());  // at once: the edit is not read yet
    QTRY_VERIFY_WITH_TIMEOUT(analysed(panel), 10000);
    QVERIFY(panel.hasError());
    // The reader's position: the module reference on line 7.
    const QTextBlock line7 = editor->document()->findBlockByNumber(6);
    const int column = static_cast<int>(line7.text().indexOf(QStringLiteral("nn.BatchNorm2d"))) + 1;
    QCOMPARE(panel.analysis().error->line, 7);
    QCOMPARE(panel.analysis().error->column, column);
    QVERIFY2(
        panel.statusText().startsWith(QStringLiteral("Line 7, column %1: BatchNorm2d is not supported").arg(column)),
        qPrintable(panel.statusText()));
    const QList<QTextEdit::ExtraSelection> marks = editor->extraSelections();
    QCOMPARE(marks.size(), 1);
    QCOMPARE(marks[0].cursor.selectionStart(), line7.position() + column - 1);
    QCOMPARE(marks[0].cursor.selectedText(), QStringLiteral("nn.BatchNorm2d"));
    QCOMPARE(marks[0].format.underlineStyle(), QTextCharFormat::WaveUnderline);
    QVERIFY(!panel.inspectButton()->isEnabled());
    QVERIFY(!panel.trainButton()->isEnabled());
    QCOMPARE(panel.codeName(), QStringLiteral("edited.py"));

    typeOver(editor, QStringLiteral("padding=2), nn."), QStringLiteral("BatchNorm2d"), QStringLiteral("ReLU"));
    QTRY_VERIFY_WITH_TIMEOUT(analysed(panel), 10000);
    QVERIFY(!panel.hasError());
    QVERIFY(editor->extraSelections().isEmpty());
    QVERIFY2(panel.statusText().contains(QStringLiteral("14 layer")), qPrintable(panel.statusText()));
    QVERIFY(panel.inspectButton()->isEnabled());
    QVERIFY(panel.trainButton()->isEnabled());
    QCOMPARE(panel.codeName(), QStringLiteral("modern_lenet.py"));  // the preset's code again
  }

  // A layer that does not fit the shape reaching it (core's ShapeError) is pointed at like a syntax error.
  void layerThatDoesNotFitIsPointedAt() {
    NetworkEditorPanel panel;
    panel.loadPreset(QStringLiteral("modern-lenet"));
    QTRY_VERIFY_WITH_TIMEOUT(analysed(panel), 10000);
    typeOver(panel.editor(), QStringLiteral("nn.Linear(16"), QStringLiteral("5 * 5"), QStringLiteral("4 * 5"));
    QTRY_VERIFY_WITH_TIMEOUT(analysed(panel) && panel.hasError(), 10000);
    QCOMPARE(panel.analysis().error->line, 12);
    QCOMPARE(panel.analysis().error->column, 5);
    QVERIFY2(panel.statusText().contains(QStringLiteral("expected 320 input features")),
             qPrintable(panel.statusText()));
    QCOMPARE(panel.editor()->extraSelections().value(0).cursor.selectedText(), QStringLiteral("nn.Linear"));
    QVERIFY(!panel.reportView()->isEnabled());  // the last network that built stays, greyed
    QCOMPARE(totalParameters(panel), 61706LL);
  }

  void buttonsHandOnTheEditorsCode() {
    NetworkEditorPanel panel;
    panel.loadPreset(QStringLiteral("modern-lenet"));
    QTRY_VERIFY_WITH_TIMEOUT(analysed(panel), 10000);
    QTextCursor end = panel.editor()->textCursor();
    end.movePosition(QTextCursor::End);
    panel.editor()->setTextCursor(end);
    QTest::keyClicks(panel.editor(), QStringLiteral("# my own LeNet"));
    QTest::keyClick(panel.editor(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(analysed(panel) && panel.trainButton()->isEnabled(), 10000);
    QSignalSpy train(&panel, &NetworkEditorPanel::trainRequested);
    QSignalSpy inspect(&panel, &NetworkEditorPanel::inspectRequested);
    QTest::mouseClick(panel.trainButton(), Qt::LeftButton);
    QTest::mouseClick(panel.inspectButton(), Qt::LeftButton);
    QCOMPARE(train.count(), 1);
    QCOMPARE(inspect.count(), 1);
    for (const QSignalSpy* spy : {&train, &inspect}) {
      const ModelConfig config = spy->at(0).at(0).value<ModelConfig>();
      QCOMPARE(config.kind, ModelKind::Code);
      QCOMPARE(QString::fromStdString(config.code), panel.editor()->toPlainText());
      QCOMPARE(config.codeName, std::string("edited.py"));
    }
  }

  void networksFashionMnistCannotFeedAreRefused() {
    NetworkEditorPanel panel;
    panel.loadPreset(QStringLiteral("alexnet-28"));
    QTRY_VERIFY_WITH_TIMEOUT(analysed(panel), 10000);
    typeOver(panel.editor(), QStringLiteral("nn.Linear(256"), QStringLiteral("10"), QStringLiteral("5"));
    QTRY_VERIFY_WITH_TIMEOUT(analysed(panel) && panel.trainButton()->isEnabled(), 10000);  // valid code
    QSignalSpy train(&panel, &NetworkEditorPanel::trainRequested);
    QSignalSpy inspect(&panel, &NetworkEditorPanel::inspectRequested);
    panel.requestTrain();
    QCOMPARE(train.count(), 0);
    QVERIFY2(panel.statusText().contains(QStringLiteral("10 classes")), qPrintable(panel.statusText()));
    panel.requestInspect();  // any number of classes can be inspected
    QCOMPARE(inspect.count(), 1);

    typeOver(panel.editor(), QStringLiteral("nn.Sequential"), QStringLiteral("Conv2d(1,"), QStringLiteral("Conv2d(3,"));
    typeOver(panel.editor(), QStringLiteral("X = "), QStringLiteral("1, 1,"), QStringLiteral("1, 3,"));
    QTRY_VERIFY_WITH_TIMEOUT(analysed(panel) && panel.inspectButton()->isEnabled(), 10000);
    QCOMPARE(panel.analysis().report.inputShape[1], 3);
    panel.requestInspect();
    QCOMPARE(inspect.count(), 1);
    QVERIFY2(panel.statusText().contains(QStringLiteral("1 input channel")), qPrintable(panel.statusText()));
  }

  void openRefusesBinaryAndOversizedFiles() {
    NetworkEditorPanel panel;
    QTRY_VERIFY_WITH_TIMEOUT(analysed(panel), 10000);
    const QString before = panel.code();
    const QString binary = m_dir.filePath(QStringLiteral("weights.py"));
    QFile file(binary);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("import torch\n") + QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 12));
    file.close();
    QVERIFY(!panel.openFile(binary));
    QCOMPARE(panel.lastError(), readerMessage(binary));
    QVERIFY2(panel.lastError().startsWith(QStringLiteral("weights.py:")), qPrintable(panel.lastError()));
    QCOMPARE(panel.statusText(), panel.lastError());
    QCOMPARE(panel.code(), before);

    const QString large = m_dir.filePath(QStringLiteral("large.py"));
    QFile big(large);
    QVERIFY(big.open(QIODevice::WriteOnly));
    big.write(QByteArray(static_cast<qsizetype>(kSequentialCodeMaxBytes) + 1, ' '));
    big.close();
    QVERIFY(!panel.openFile(large));
    QCOMPARE(panel.lastError(), readerMessage(large));
    QCOMPARE(panel.code(), before);
  }

  void saveAsThenOpenKeepsTheCodeAndItsName() {
    NetworkEditorPanel panel;
    panel.loadPreset(QStringLiteral("d2l-lenet"));
    QTRY_VERIFY_WITH_TIMEOUT(analysed(panel), 10000);
    const QString path = m_dir.filePath(QStringLiteral("my_lenet.py"));
    QVERIFY(panel.saveFile(path));
    QCOMPARE(panel.codeName(), QStringLiteral("my_lenet.py"));
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(saved.readAll()), panel.code());
    QVERIFY(panel.presetChooser()->currentText().contains(QStringLiteral("my_lenet.py")));

    // Code that does not parse is opened all the same, its error shown.
    const QString broken = m_dir.filePath(QStringLiteral("broken.py"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("from torch import nn\nnet = nn.Sequential(\n    nn.Conv2d(1, 6, 5)\n");
    file.close();
    QVERIFY(panel.openFile(broken));
    QTRY_VERIFY_WITH_TIMEOUT(analysed(panel), 10000);
    QVERIFY(panel.hasError());
    QCOMPARE(panel.codeName(), QStringLiteral("broken.py"));
    QVERIFY2(panel.statusText().startsWith(QStringLiteral("Line 2, column 20:")), qPrintable(panel.statusText()));
  }

  void mainWindowRoutesInspectAndTrain() {
    MainWindow window({.persistSettings = false});
    NetworkEditorPanel* panel = window.networkPanel();
    QVERIFY(window.showTab(QStringLiteral("network")));
    QCOMPARE(window.currentTabName(), QStringLiteral("network"));
    panel->loadPreset(QStringLiteral("alexnet-28"));
    QTRY_VERIFY_WITH_TIMEOUT(analysed(*panel) && panel->inspectButton()->isEnabled(), 10000);

    QTest::mouseClick(panel->inspectButton(), Qt::LeftButton);
    QCOMPARE(window.currentTabName(), QStringLiteral("inspect"));
    QCOMPARE(window.inspectPanel()->modelKey(), QStringLiteral("code"));
    QVERIFY(window.inspectPanel()->weightsPath().isEmpty());  // untrained
    RunView* run = window.inspectPanel()->primaryView();
    QTRY_VERIFY_WITH_TIMEOUT(run->session()->hasModel() && run->modelInfo().config.kind == ModelKind::Code, 30000);
    QCOMPARE(QString::fromStdString(run->modelInfo().config.code), panel->code());
    QCOMPARE(run->layerCount(), 15);

    window.showTab(QStringLiteral("network"));
    QTest::mouseClick(panel->trainButton(), Qt::LeftButton);
    QCOMPARE(window.currentTabName(), QStringLiteral("training"));
    const ModelConfig model = window.trainingPanel()->request().model;
    QCOMPARE(model.kind, ModelKind::Code);
    QCOMPARE(QString::fromStdString(model.code), panel->code());
    QCOMPARE(model.codeName, std::string("alexnet_28.py"));
    QCOMPARE(window.trainingPanel()->request().batchSize, 128);  // d2l's recipe for networks of one's own
    QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 30000);
  }

  // "Train this" on the Training screen: a short run of the code's network, whose checkpoint carries the code.
  void aRunOfCodeKeepsTheCodeInItsCheckpoint() {
    if (!QFileInfo::exists(QStringLiteral("/usr/share/datasets/fashion-mnist/train-images-idx3-ubyte.gz")))
      QSKIP("Fashion-MNIST is not installed");
    TrainingPanel panel;
    panel.setRunsDirectory(m_dir.filePath(QStringLiteral("runs")));
    ModelConfig config;
    config.kind = ModelKind::Code;
    config.code = networkPresetCode(QStringLiteral("modern-lenet")).toStdString();
    config.codeName = "modern_lenet.py";
    QVERIFY(panel.setCodeModel(config));
    TrainingRequest request = panel.request();
    request.limit = 256;
    request.epochs = 1;
    panel.setRequest(request);
    QCOMPARE(panel.request().model.code, config.code);
    QSignalSpy finished(&panel, &TrainingPanel::runFinished);
    panel.start();
    QVERIFY(panel.isRunning());
    QVERIFY(!panel.setCodeModel(config));  // not while a run is going
    QVERIFY(panel.lastError().startsWith(QStringLiteral("A run is going")));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
    const TrainingOutcome outcome = finished.at(0).at(0).value<TrainingOutcome>();
    QVERIFY2(!outcome.failed && outcome.status == TrainStatus::Finished, qPrintable(outcome.message));
    QVERIFY2(QFileInfo(panel.lastCheckpoint()).fileName().startsWith(QStringLiteral("modern_lenet_")),
             qPrintable(panel.lastCheckpoint()));
    SafeTensors header;
    header.metadata = readSafeTensorsMetadata(panel.lastCheckpoint().toStdString());
    const std::optional<ModelConfig> saved = checkpointModelConfig(header);
    QVERIFY(saved.has_value());
    QCOMPARE(saved->kind, ModelKind::Code);
    QCOMPARE(saved->code, config.code);
    QCOMPARE(saved->codeName, config.codeName);
  }

  void screenshotOfTheNetworkTab() {
    const QString bad = m_dir.filePath(QStringLiteral("bad.py"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("from torch import nn\nnet = nn.Sequential(nn.Conv2d(1, 6, 5), nn.GELU())\n");
    file.close();
    const QString png = m_dir.filePath(QStringLiteral("network.png"));
    for (const QStringList& args : {QStringList{QStringLiteral("--tab"), QStringLiteral("network")},
                                    QStringList{QStringLiteral("--model-file"), bad}}) {
      QFile::remove(png);
      QProcess app;
      QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
      env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
      env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
      app.setProcessEnvironment(env);
      app.start(QStringLiteral(ALEXNET_APP_PATH), QStringList{QStringLiteral("--screenshot"), png} + args);
      QVERIFY(app.waitForFinished(120000));
      QVERIFY2(app.exitCode() == 0, app.readAllStandardError().constData());
      QCOMPARE(QImage(png).size(), QSize(1400, 900));
    }
    // A binary file is refused: one line with the reader's message, exit status 1.
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(ALEXNET_APP_PATH),
              {QStringLiteral("--screenshot"), png, QStringLiteral("--model-file"), QStringLiteral(ALEXNET_APP_PATH)});
    QVERIFY(app.waitForFinished(120000));
    QCOMPARE(app.exitCode(), 1);
    const QByteArray error = app.readAllStandardError();
    QVERIFY2(error.contains("alexnet-lab: alexnet-lab:1:1: the code is"), error.constData());  // too big to be code
  }

  void writesScreenshots() {
    const QString dir = qEnvironmentVariable("ALEXNET_NETWORK_SCREENSHOTS");
    if (dir.isEmpty()) QSKIP("set ALEXNET_NETWORK_SCREENSHOTS=DIR to write the Network screen's screenshots");
    // The window as --screenshot takes it, then the panel alone as it sits in a 1024×700 window (the window
    // itself cannot be that small: the Inspect screen needs 1114 px).
    for (const QSize& size : {QSize(1400, 900), QSize(1024, 620)}) {
      MainWindow window({.persistSettings = false});
      NetworkEditorPanel* panel = window.networkPanel();
      QWidget* shown = &window;
      if (size.width() == 1400) {
        window.resize(size);
        window.show();
        window.showTab(QStringLiteral("network"));
      } else {
        panel->setParent(nullptr);
        panel->resize(size);
        panel->show();
        shown = panel;
      }
      QTRY_VERIFY_WITH_TIMEOUT(analysed(*panel), 10000);
      const QString suffix =
          size.width() == 1400 ? QString() : QStringLiteral("_panel_%1x%2").arg(size.width()).arg(size.height());
      QVERIFY(shown->grab().save(QDir(dir).filePath(QStringLiteral("network_editor%1.png").arg(suffix))));
      typeOver(panel->editor(), QStringLiteral("padding=2), nn."), QStringLiteral("ReLU"),
               QStringLiteral("BatchNorm2d"));
      QTRY_VERIFY_WITH_TIMEOUT(analysed(*panel) && panel->hasError(), 10000);
      QVERIFY(shown->grab().save(QDir(dir).filePath(QStringLiteral("network_editor_error%1.png").arg(suffix))));
      if (shown == panel) delete panel;
    }
  }
};

QTEST_MAIN(TestNetworkEditor)
#include "test_network_editor.moc"
