// Chinese everywhere (issue 15): the zh_CN .ts has no unfinished, obsolete or vanished entry, and
// with the zh_CN translator installed no screen (every tab, the explainers, the lessons) shows an English
// sentence in a label, button, group box, tab, header or tooltip. A "sentence" is a run of two or
// more ASCII words of letters; proper names and symbols on a short list do not count as words.
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStatusBar>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTextDocument>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

#include "alexnet/core/data/preprocess.h"
#include "ui/inspect/conv_explain_dialog.h"
#include "ui/inspect/explain_launcher.h"
#include "ui/inspect/explainers.h"
#include "ui/inspect/image_preprocessor.h"
#include "ui/inspect/inspect_panel.h"
#include "ui/inspect/inspect_session.h"
#include "ui/inspect/run_view.h"
#include "ui/inspect/unit_explain_dialog.h"
#include "ui/language.h"
#include "ui/lessons/lesson_dialog.h"
#include "ui/lessons/lesson_registry.h"
#include "ui/localized_text.h"
#include "ui/main_window.h"
#include "ui/network/network_presets.h"

using namespace alexnet;
using namespace alexnet::ui;

namespace {

// Names and symbols that stay as they are in the Chinese text, because the book (d2l, zh edition)
// and PyTorch write them so: network and layer names, frameworks and data sets, and the tokens of
// formulas. Everything else made of ASCII letters is English to be translated.
const QSet<QString>& allowedWords() {
  static const QSet<QString> words{
      QStringLiteral("LeNet"),  QStringLiteral("AlexNet"), QStringLiteral("ReLU"),    QStringLiteral("Sigmoid"),
      QStringLiteral("Linear"), QStringLiteral("Flatten"), QStringLiteral("Dropout"), QStringLiteral("PyTorch"),
      QStringLiteral("Xavier"), QStringLiteral("SGD"),     QStringLiteral("RGB"),     QStringLiteral("CPU"),
      QStringLiteral("PNG"),    QStringLiteral("SVG"),     QStringLiteral("CSV"),     QStringLiteral("FLOPs"),
      QStringLiteral("MNIST"),  QStringLiteral("Fashion"), QStringLiteral("Lab"),     QStringLiteral("d"),
      QStringLiteral("x"),      QStringLiteral("y"),       QStringLiteral("c"),       QStringLiteral("b"),
      QStringLiteral("w"),      QStringLiteral("max"),     QStringLiteral("min"),     QStringLiteral("KiB"),
      QStringLiteral("MiB"),    QStringLiteral("GiB"),     QStringLiteral("MB"),      QStringLiteral("GB"),
      QStringLiteral("epoch")};  // "epoch" is kept in d2l's Chinese edition too
  return words;
}

// Plain text of a label or tooltip that may be rich text; file names (a word with a dot and an
// extension) and identifiers with digits or underscores are symbols, not words.
QString plainText(const QString& text) {
  if (!Qt::mightBeRichText(text)) return text;
  QTextDocument document;
  document.setHtml(text);
  return document.toPlainText();
}

// The first run of ≥ 2 English words in `text`, or an empty string.
QString englishSentence(const QString& text) {
  static const QRegularExpression token(QStringLiteral("[A-Za-z0-9_.\\-/]+|[^A-Za-z0-9_.\\-/\\s]"));
  static const QRegularExpression word(QStringLiteral("^[A-Za-z]+$"));
  QStringList run;
  QString firstRun;
  auto flush = [&] {
    if (run.size() >= 2 && firstRun.isEmpty()) firstRun = run.join(QLatin1Char(' '));
    run.clear();
  };
  for (auto it = token.globalMatch(plainText(text)); it.hasNext();) {
    QString t = it.next().captured(0);
    while (t.endsWith(QLatin1Char('.'))) t.chop(1);  // a sentence's full stop
    if (word.match(t).hasMatch() && !allowedWords().contains(t)) {
      run << t;
    } else if (t == QStringLiteral(",") || t == QStringLiteral("'")) {
      // punctuation inside an English sentence does not break it
    } else {
      flush();
    }
  }
  flush();
  return firstRun;
}

struct Finding {
  QString where;
  QString text;
};

int g_textsChecked = 0;  // how many texts the last walk looked at (a walk that sees nothing proves nothing)

void check(const QString& where, const QString& text, QList<Finding>* findings) {
  if (text.isEmpty()) return;
  ++g_textsChecked;
  if (qEnvironmentVariableIsSet("ZH_DUMP"))  // ZH_DUMP=1 lists every text the walk checks
    qInfo().noquote() << where << "|" << text.left(120);
  const QString sentence = englishSentence(text);
  if (!sentence.isEmpty()) findings->append({where, sentence + QStringLiteral("  ⟵  ") + text.left(160)});
}

QString nameOf(const QObject* object) {
  return QString::fromLatin1(object->metaObject()->className()) + QLatin1Char('#') + object->objectName();
}

// Every visible text of `root`'s visible widgets.
QList<Finding> englishIn(QWidget* root) {
  QList<Finding> findings;
  g_textsChecked = 0;
  const QList<QWidget*> widgets = root->findChildren<QWidget*>() << root;
  for (QWidget* w : widgets) {
    if (!w->isVisible()) continue;
    const QString where = nameOf(w);
    check(where + QStringLiteral(" tooltip"), w->toolTip(), &findings);
    if (auto* label = qobject_cast<QLabel*>(w)) check(where, label->text(), &findings);
    if (auto* button = qobject_cast<QAbstractButton*>(w)) check(where, button->text(), &findings);
    if (auto* box = qobject_cast<QGroupBox*>(w)) check(where, box->title(), &findings);
    if (auto* combo = qobject_cast<QComboBox*>(w))
      for (int i = 0; i < combo->count(); ++i) check(where, combo->itemText(i), &findings);
    if (auto* chartView = qobject_cast<QChartView*>(w)) {  // axis titles, series names, the chart title
      QChart* chart = chartView->chart();
      check(where + QStringLiteral(" chart"), chart->title(), &findings);
      for (QAbstractAxis* axis : chart->axes()) check(where + QStringLiteral(" axis"), axis->titleText(), &findings);
      for (QAbstractSeries* series : chart->series())
        check(where + QStringLiteral(" series"), series->name(), &findings);
    }
    if (auto* bar = qobject_cast<QStatusBar*>(w)) check(where, bar->currentMessage(), &findings);
    if (auto* dialog = qobject_cast<QDialog*>(w))
      check(where + QStringLiteral(" title"), dialog->windowTitle(), &findings);
    if (auto* bar = qobject_cast<QTabBar*>(w))
      for (int i = 0; i < bar->count(); ++i) {
        check(where, bar->tabText(i), &findings);
        check(where + QStringLiteral(" tooltip"), bar->tabToolTip(i), &findings);
      }
    if (auto* header = qobject_cast<QHeaderView*>(w); header && header->model())
      for (int i = 0; i < header->count(); ++i) {
        check(where, header->model()->headerData(i, header->orientation(), Qt::DisplayRole).toString(), &findings);
        check(where + QStringLiteral(" tooltip"),
              header->model()->headerData(i, header->orientation(), Qt::ToolTipRole).toString(), &findings);
      }
  }
  return findings;
}

// The menu bar's menus and their actions (text and tooltip), submenus included.
void checkMenus(const QList<QAction*>& actions, const QString& where, QList<Finding>* findings) {
  for (QAction* action : actions) {
    check(where + QStringLiteral(" › ") + action->text(), action->text(), findings);
    if (action->toolTip() != action->text()) check(where + QStringLiteral(" tooltip"), action->toolTip(), findings);
    if (action->menu()) checkMenus(action->menu()->actions(), where + QStringLiteral(" › ") + action->text(), findings);
  }
}

QString report(const QList<Finding>& findings) {
  QStringList lines;
  for (const Finding& f : findings) lines << f.where + QStringLiteral(": ") + f.text;
  return lines.join(QLatin1Char('\n'));
}

void settle(MainWindow& window) {
  QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 120000);
  for (int i = 0; i < 10; ++i) QTest::qWait(10);
}

}  // namespace

class TestChineseEverywhere : public QObject {
  Q_OBJECT
 private slots:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(installTranslators(*qApp, QStringLiteral("zh_CN")));
  }

  // The detector itself: it must catch English and let the book's names through.
  void theDetectorFindsEnglish() {
    QCOMPARE(englishSentence(QStringLiteral("already gray")), QStringLiteral("already gray"));
    QCOMPARE(englishSentence(QStringLiteral("<b>Resize</b><br>28x28 -> 224x224 bilinear, then scale")),
             QStringLiteral("bilinear then scale"));
    QCOMPARE(englishSentence(QStringLiteral("约 29 s remaining")), QStringLiteral("s remaining"));
    QVERIFY(englishSentence(QStringLiteral("LeNet 与 AlexNet：ReLU 之后 MaxPool2d(2)")).isEmpty());
    QVERIFY(englishSentence(QStringLiteral("Fashion-MNIST 测试集 lenet_20261206_1949.safetensors")).isEmpty());
    QVERIFY(englishSentence(QStringLiteral("1×28×28 → 6×28×28 (Conv2d, 156 个参数)")).isEmpty());
  }

  void theTranslationIsComplete() {
    QFile file(QStringLiteral(ALEXNET_TEST_DATA_DIR "/../../resources/translations/alexnet_lab_zh_CN.ts"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QXmlStreamReader xml(&file);
    QString source;
    QStringList problems;
    int messages = 0;
    while (!xml.atEnd()) {
      if (xml.readNext() != QXmlStreamReader::StartElement) continue;
      if (xml.name() == QLatin1String("source")) source = xml.readElementText();
      if (xml.name() == QLatin1String("translation")) {
        ++messages;
        const QString type = xml.attributes().value(QLatin1String("type")).toString();
        const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);  // numerus forms
        if (!type.isEmpty() && type != QLatin1String("finished"))
          problems << type + QStringLiteral(": ") + source;
        else if (text.isEmpty() && !source.isEmpty())
          problems << QStringLiteral("empty: ") + source;
      }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages > 400);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
  }

  // Core's preprocessing notes, durations and error bodies come out in Chinese.
  void coreTextsAreTranslated() {
    Image photo;
    photo.width = 40;
    photo.height = 30;
    photo.channels = 3;
    photo.u8.assign(std::size_t(40 * 30 * 3), 230);  // light background: inverted
    const PreprocessOutcome outcome = ImagePreprocessor::run(photo, 28, {});
    QCOMPARE(outcome.stages.size(), std::size_t(6));
    for (const PreprocessStageView& stage : outcome.stages)
      QVERIFY2(englishSentence(stage.note).isEmpty(), qPrintable(stage.note));
    QVERIFY2(outcome.stages[3].note.contains(QStringLiteral("双线性")), qPrintable(outcome.stages[3].note));
    QVERIFY2(outcome.stages[5].note.contains(QStringLiteral("浅色背景")), qPrintable(outcome.stages[5].note));
    QCOMPARE(localizedDuration(29), QStringLiteral("29 秒"));
    QCOMPARE(localizedDuration(125), QStringLiteral("2 分 05 秒"));
    QCOMPARE(localizedDuration(3 * 3600 + 7 * 60), QStringLiteral("3 小时 07 分"));
    const QString error = withDetail(QStringLiteral("无法读取检查点。"), QStringLiteral("checkpoint: no such file"));
    QVERIFY(error.startsWith(QStringLiteral("无法读取检查点。")));
    QVERIFY(error.contains(QStringLiteral("checkpoint: no such file")));
  }

  // The Network screen's preset code keeps its code and speaks Chinese in its comments.
  void presetCommentsAreChinese() {
    for (const NetworkPreset& preset : networkPresets()) {
      const QString code = networkPresetCode(preset.key);
      QVERIFY(code.contains(QStringLiteral("nn.Sequential(")));
      for (const QString& line : code.split(QLatin1Char('\n'))) {
        const qsizetype hash = line.indexOf(QStringLiteral("# "));
        if (hash >= 0)
          QVERIFY2(englishSentence(line.mid(hash + 2)).isEmpty(),
                   qPrintable(preset.fileName + QStringLiteral(": ") + line));
      }
    }
  }

  void everyTabIsChinese_data() {
    QTest::addColumn<QString>("tab");
    for (const QString& tab : MainWindow::tabNames()) QTest::newRow(qPrintable(tab)) << tab;
  }

  void everyTabIsChinese() {
    QFETCH(QString, tab);
    MainWindow window({.persistSettings = false});
    window.resize(1400, 900);
    window.inspectPanel()->setModelKey(QStringLiteral("lenet"));
    window.inspectPanel()->useDefaultInput();
    window.inspectPanel()->goToStep(2);
    window.show();
    QVERIFY(window.showTab(tab));
    settle(window);
    QList<Finding> findings = englishIn(&window);
    checkMenus(window.menuBar()->actions(), QStringLiteral("menu"), &findings);
    QVERIFY2(g_textsChecked > 20, qPrintable(QString::number(g_textsChecked)));
    QVERIFY2(findings.isEmpty(), qPrintable(QStringLiteral("\n") + report(findings)));
  }

  // Without the translator the same walk finds English on every screen: the check can fail.
  void theWalkFindsTheEnglishSource() {
    const QList<QTranslator*> translators = qApp->findChildren<QTranslator*>();
    QVERIFY(!translators.isEmpty());
    for (QTranslator* t : translators) QCoreApplication::removeTranslator(t);
    {
      MainWindow window({.persistSettings = false});
      window.resize(1400, 900);
      window.show();
      for (const QString& tab : MainWindow::tabNames()) {
        window.showTab(tab);
        settle(window);
        QVERIFY2(!englishIn(&window).isEmpty(), qPrintable(tab));
      }
    }
    for (QTranslator* t : translators) QCoreApplication::installTranslator(t);
  }

  void everyExplainerIsChinese_data() {
    QTest::addColumn<QString>("explainer");
    QTest::addColumn<int>("step");
    QTest::newRow("conv-arithmetic") << QStringLiteral("conv-arithmetic") << 1;
    QTest::newRow("receptive-field") << QStringLiteral("receptive-field") << 4;
    QTest::newRow("saliency") << QStringLiteral("saliency") << 1000;
    QTest::newRow("unit-pool") << QStringLiteral("unit") << 3;
    QTest::newRow("unit-dense") << QStringLiteral("unit") << 1000;
  }

  void everyExplainerIsChinese() {
    QFETCH(QString, explainer);
    QFETCH(int, step);
    MainWindow window({.persistSettings = false});
    window.resize(1400, 900);
    window.inspectPanel()->setModelKey(QStringLiteral("lenet"));
    window.inspectPanel()->useDefaultInput();
    window.inspectPanel()->goToStep(step);
    window.show();
    window.showTab(QStringLiteral("inspect"));
    settle(window);
    RunView* view = window.inspectPanel()->primaryView();
    const UnitChoice unit = centreUnit(view->session()->lastSnapshot().output);
    QDialog* dialog = nullptr;
    if (explainer == QLatin1String("unit")) {
      view->explainLauncher()->explain(unit.channel, unit.y, unit.x);
      QTRY_VERIFY_WITH_TIMEOUT(view->explainLauncher()->lastDialog() != nullptr, 60000);
      dialog = view->explainLauncher()->lastDialog();
    } else {
      QString error;
      dialog = openExplainer(view, *explainerFromName(explainer), unit, &error);
      QVERIFY2(dialog, qPrintable(error));
      if (auto* conv = qobject_cast<ConvExplainDialog*>(dialog))  // filled in by the worker
        QTRY_VERIFY_WITH_TIMEOUT(conv->hasExplanation(), 60000);
    }
    dialog->show();
    settle(window);
    QTest::qWait(300);  // a worker-computed explainer (saliency) fills in
    settle(window);
    const QList<Finding> findings = englishIn(dialog);
    QVERIFY2(g_textsChecked > 3, qPrintable(QString::number(g_textsChecked)));
    QVERIFY2(findings.isEmpty(), qPrintable(QStringLiteral("\n") + report(findings)));
  }

  // The explainers' refusals (explainers.cpp) come out in Chinese too: their translation context once
  // differed from the one lupdate files them under, and they stayed English.
  void explainerRefusalsAreChinese() {
    MainWindow window({.persistSettings = false});
    window.inspectPanel()->setModelKey(QStringLiteral("lenet"));
    window.inspectPanel()->useDefaultInput();
    window.inspectPanel()->goToStep(0);
    window.show();
    window.showTab(QStringLiteral("inspect"));
    settle(window);
    RunView* view = window.inspectPanel()->primaryView();
    QCOMPARE(view->session()->lastSnapshot().layer, -1);  // the input image
    QString error;
    QVERIFY(!openExplainer(view, ExplainerKind::ReceptiveField, UnitChoice{}, &error));
    QVERIFY2(error.contains(QStringLiteral("感受野")), qPrintable(error));
    QVERIFY2(englishSentence(error).isEmpty(), qPrintable(error));
  }

  void everyLessonIsChinese_data() {
    QTest::addColumn<QString>("lesson");
    for (const QString& name : lessonNames()) QTest::newRow(qPrintable(name)) << name;
  }

  // Each lesson page (issue 17), its worker-computed figures included, in Chinese; in English the
  // same walk finds English (the check can fail).
  void everyLessonIsChinese() {
    QFETCH(QString, lesson);
    LessonDialog dialog(*lessonFromName(lesson), nullptr);
    dialog.resize(900, 2400);  // every paragraph visible at once
    dialog.show();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 120000);
    QTest::qWait(50);
    const QList<Finding> findings = englishIn(&dialog);
    QVERIFY2(g_textsChecked > 4, qPrintable(QString::number(g_textsChecked)));
    QVERIFY2(findings.isEmpty(), qPrintable(QStringLiteral("\n") + report(findings)));
    const QList<QTranslator*> translators = qApp->findChildren<QTranslator*>();
    for (QTranslator* t : translators) QCoreApplication::removeTranslator(t);
    {
      LessonDialog english(*lessonFromName(lesson), nullptr);
      english.show();
      QTRY_VERIFY_WITH_TIMEOUT(!english.isBusy(), 120000);
      QVERIFY(!englishIn(&english).isEmpty());
    }
    for (QTranslator* t : translators) QCoreApplication::installTranslator(t);
  }
};

QTEST_MAIN(TestChineseEverywhere)
#include "test_chinese_everywhere.moc"
