// The monkey test's actions on the other screens, the keys, the window and the widgets themselves
// (monkey_actions.h).
#include <QAbstractButton>
#include <QAbstractSlider>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFileInfo>
#include <QKeySequence>
#include <QTabWidget>
#include <QtTest>

#include "monkey_actions.h"
#include "ui/evaluate/evaluate_panel.h"
#include "ui/language.h"
#include "ui/language_menu.h"
#include "ui/model_catalog.h"
#include "ui/network/code_editor.h"
#include "ui/network/network_editor_panel.h"
#include "ui/network/network_presets.h"
#include "ui/shapes/shapes_panel.h"
#include "ui/training/training_panel.h"
#include "ui/training/training_request.h"

namespace alexnet::ui::monkey {
namespace {

// The menus' shortcuts (main_window.cpp) and a few keys a user hits anyway.
const QList<QKeySequence>& keys() {
  static const QList<QKeySequence> list{QKeySequence(Qt::Key_Right),
                                        QKeySequence(Qt::Key_Left),
                                        QKeySequence(Qt::Key_End),
                                        QKeySequence(Qt::Key_Home),
                                        QKeySequence(Qt::Key_Space),
                                        QKeySequence(Qt::CTRL | Qt::Key_1),
                                        QKeySequence(Qt::CTRL | Qt::Key_2),
                                        QKeySequence(Qt::CTRL | Qt::Key_3),
                                        QKeySequence(Qt::CTRL | Qt::Key_4),
                                        QKeySequence(Qt::CTRL | Qt::Key_5),
                                        QKeySequence(Qt::CTRL | Qt::Key_6),
                                        QKeySequence(Qt::CTRL | Qt::Key_0),
                                        QKeySequence(QKeySequence::ZoomIn),
                                        QKeySequence(QKeySequence::ZoomOut),
                                        QKeySequence(Qt::Key_Tab),
                                        QKeySequence(Qt::Key_Escape),
                                        QKeySequence(Qt::CTRL | Qt::Key_Right),
                                        QKeySequence(Qt::CTRL | Qt::Key_Left)};
  return list;
}

// Widgets of type W on the screen shown now, visible and enabled; the Training screen's own are left
// to the training actions, which keep runs small.
template <typename W>
QList<W*> visibleOnCurrentScreen(MonkeyContext& c) {
  QList<W*> out;
  QWidget* screen = c.window->tabs()->currentWidget();
  if (!screen || screen == c.window->trainingPanel()) return out;
  for (W* widget : screen->findChildren<W*>())
    if (widget->isVisible() && widget->isEnabled()) out.push_back(widget);
  return out;
}

QString describe(QWidget* widget, const QString& text) {
  const QString name =
      widget->objectName().isEmpty() ? QString::fromLatin1(widget->metaObject()->className()) : widget->objectName();
  return text.isEmpty() ? name : name + QStringLiteral(" \"") + text.left(40) + QStringLiteral("\"");
}

TrainingRequest smallLeNetRun(MonkeyContext& c) {
  ModelConfig model;
  model.kind = ModelKind::LeNet;
  TrainingRequest r = d2lDefaultRequest(model);
  r.limit = 64 * c.random->between(2, 12);
  r.epochs = c.random->between(1, 3);
  r.batchSize = 64;
  r.dataDirectory = c.dataDirectory;
  return r;
}

const QStringList& codeSnippets() {
  static const QStringList list{QStringLiteral("nn.ReLU(),\n"),
                                QStringLiteral("nn.Conv2d(6, 16, kernel_size=5), "),
                                QStringLiteral("nn.MaxPool2d(kernel_size=2, stride=2),"),
                                QStringLiteral("nn.Linear(120, 84)"),
                                QStringLiteral(")"),
                                QStringLiteral("(("),
                                QStringLiteral("# a comment\n"),
                                QStringLiteral("x"),
                                QStringLiteral("nn.Flatten(),\n"),
                                QStringLiteral("9999999999"),
                                QStringLiteral("nn.Dropout(p=0.5),"),
                                QStringLiteral("\n\n"),
                                QStringLiteral("nn.Conv2d(1, 96, kernel_size=11, stride=4, padding=1),")};
  return list;
}

}  // namespace

std::vector<MonkeyAction> widgetActions() {
  std::vector<MonkeyAction> a;
  a.push_back({QStringLiteral("click"), 6, [](MonkeyContext& c) {
                 const QList<QAbstractButton*> buttons = visibleOnCurrentScreen<QAbstractButton>(c);
                 if (buttons.isEmpty()) return QStringLiteral("(no button)");
                 QAbstractButton* button = c.random->pick(buttons);
                 const QString what = describe(button, button->text());
                 button->click();
                 return what;
               }});
  a.push_back({QStringLiteral("combo"), 4, [](MonkeyContext& c) {
                 const QList<QComboBox*> combos = visibleOnCurrentScreen<QComboBox>(c);
                 if (combos.isEmpty()) return QStringLiteral("(no combo box)");
                 QComboBox* combo = c.random->pick(combos);
                 if (combo->count() == 0) return describe(combo, QStringLiteral("(empty)"));
                 const int index = c.random->between(0, combo->count() - 1);
                 const QString what = describe(combo, combo->itemText(index));
                 combo->setCurrentIndex(index);
                 emit combo->activated(index);
                 return what;
               }});
  a.push_back({QStringLiteral("slider"), 2, [](MonkeyContext& c) {
                 const QList<QAbstractSlider*> sliders = visibleOnCurrentScreen<QAbstractSlider>(c);
                 if (sliders.isEmpty()) return QStringLiteral("(no slider)");
                 QAbstractSlider* slider = c.random->pick(sliders);
                 const int value = c.random->between(slider->minimum(), slider->maximum());
                 slider->setValue(value);
                 return describe(slider, QString::number(value));
               }});
  a.push_back({QStringLiteral("key"), 6, [](MonkeyContext& c) {
                 const QKeySequence key = c.random->pick(keys());
                 QWidget* focus = QApplication::focusWidget();
                 QWidget* target = focus && focus->window() == c.window.get() ? focus : c.window.get();
                 QTest::keySequence(target, key);
                 return key.toString() + QStringLiteral(" → ") + describe(target, QString());
               }});
  a.push_back({QStringLiteral("shortcut"), 5, [](MonkeyContext& c) {
                 // What the key would do with the focus anywhere: the menu action bound to it.
                 const QKeySequence key = c.random->pick(keys());
                 for (QAction* action : c.window->findChildren<QAction*>())
                   if (action->shortcuts().contains(key) && action->isEnabled()) {
                     action->trigger();
                     return key.toString() + QStringLiteral(" → ") + action->text().remove(QLatin1Char('&'));
                   }
                 return key.toString() + QStringLiteral(" (no action)");
               }});
  return a;
}

std::vector<MonkeyAction> otherScreenActions() {
  std::vector<MonkeyAction> a;
  a.push_back({QStringLiteral("tab"), 5, [](MonkeyContext& c) {
                 const QString name = c.random->pick(MainWindow::tabNames());
                 c.window->showTab(name);
                 return name;
               }});
  a.push_back({QStringLiteral("evaluate-page"), 2, [](MonkeyContext& c) {
                 QStringList pages = EvaluatePanel::pageNames();
                 pages.prepend(QStringLiteral("evaluate"));  // the screen itself, with or without pages
                 const QString name = c.random->pick(pages);
                 if (!c.window->showTab(name)) return name + QStringLiteral(" (unknown!)");
                 return name;
               }});
  a.push_back({QStringLiteral("train-start"), 2, [](MonkeyContext& c) {
                 TrainingPanel* t = c.window->trainingPanel();
                 if (t->isRunning()) return QStringLiteral("(running)");
                 const TrainingRequest r = smallLeNetRun(c);
                 t->setRequest(r);
                 t->start();
                 return QStringLiteral("LeNet %1 examples, %2 epochs%3")
                     .arg(r.limit)
                     .arg(r.epochs)
                     .arg(t->lastError().isEmpty() ? QString() : QStringLiteral(": ") + t->lastError());
               }});
  a.push_back({QStringLiteral("train-pause-resume"), 2, [](MonkeyContext& c) {
                 TrainingPanel* t = c.window->trainingPanel();
                 if (!t->isRunning()) return QStringLiteral("(idle)");
                 if (t->isPaused()) {
                   t->resume();
                   return QStringLiteral("resume");
                 }
                 t->pause();
                 return QStringLiteral("pause");
               }});
  a.push_back({QStringLiteral("train-stop"), 1, [](MonkeyContext& c) {
                 c.window->trainingPanel()->stop();
                 return QString();
               }});
  a.push_back({QStringLiteral("run-log"), 1, [](MonkeyContext& c) {
                 const QString path = c.random->pick(c.files.runLogs);
                 const bool ok = c.window->trainingPanel()->loadRunLog(path);
                 return QFileInfo(path).fileName() + (ok ? QString() : QStringLiteral(" (refused)"));
               }});
  a.push_back({QStringLiteral("network-preset"), 2, [](MonkeyContext& c) {
                 const auto presets = networkPresets();
                 const QString key = c.random->pick(presets).key;
                 c.window->networkPanel()->loadPreset(key);
                 return key;
               }});
  a.push_back({QStringLiteral("network-type"), 3, [](MonkeyContext& c) {
                 auto* editor = c.window->networkPanel()->findChild<CodeEditor*>();
                 if (!editor) return QStringLiteral("(no editor)");
                 QTextCursor cursor = editor->textCursor();
                 cursor.setPosition(c.random->between(0, static_cast<int>(editor->toPlainText().size())));
                 editor->setTextCursor(cursor);
                 if (c.random->chance(30)) {
                   const int count = c.random->between(1, 12);
                   for (int i = 0; i < count; ++i) QTest::keyClick(editor, Qt::Key_Backspace);
                   return QStringLiteral("%1 × Backspace").arg(count);
                 }
                 const QString snippet = c.random->pick(codeSnippets());
                 const QStringList lines = snippet.split(QLatin1Char('\n'));  // keyClicks knows no '\n'
                 for (qsizetype i = 0; i < lines.size(); ++i) {
                   if (i > 0) QTest::keyClick(editor, Qt::Key_Return);
                   QTest::keyClicks(editor, lines[i]);
                 }
                 return QString(snippet).replace(QLatin1Char('\n'), QStringLiteral("⏎"));
               }});
  a.push_back({QStringLiteral("network-inspect-or-train"), 1, [](MonkeyContext& c) {
                 if (c.random->chance(50)) {
                   c.window->networkPanel()->requestInspect();
                   return QStringLiteral("inspect");
                 }
                 c.window->networkPanel()->requestTrain();
                 return QStringLiteral("train");
               }});
  a.push_back({QStringLiteral("shapes"), 2, [](MonkeyContext& c) {
                 const QStringList keys = modelKeys(true);
                 const QString key = c.random->pick(keys);
                 if (c.random->chance(50)) {
                   c.window->shapesPanel()->setModelKey(key);
                   return QStringLiteral("model ") + key;
                 }
                 c.window->shapesPanel()->setCompareKey(key);
                 return QStringLiteral("compare ") + key;
               }});
  a.push_back({QStringLiteral("resize"), 2, [](MonkeyContext& c) {
                 const QSize size = c.random->chance(30)
                                        ? QSize(MainWindow::kMinimumWidth, MainWindow::kMinimumHeight)
                                        : QSize(c.random->between(900, 1900), c.random->between(600, 1200));
                 c.window->resize(size);
                 return QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
               }});
  a.push_back({QStringLiteral("language-menu"), 1, [](MonkeyContext& c) {
                 const QStringList codes{QStringLiteral("system"), QStringLiteral("en"), QStringLiteral("zh_CN")};
                 const QString code = c.random->pick(codes);
                 c.window->languageMenu()->choose(code);  // the question is answered in monkey_main.cpp
                 return code;
               }});
  a.push_back({QStringLiteral("relaunch-in-language"), 1,
               [](MonkeyContext& c) {
                 // What "Restart now" leads to: the translators of that language, then a new window.
                 const QString code = c.random->chance(50) ? QStringLiteral("zh_CN") : QStringLiteral("en");
                 installTranslators(*qApp, code);
                 c.rebuildWindow();
                 return code;
               },
               true});
  return a;
}

std::vector<MonkeyAction> monkeyActions() {
  std::vector<MonkeyAction> all = inspectActions();
  for (auto list : {widgetActions(), otherScreenActions()}) all.insert(all.end(), list.begin(), list.end());
  all.push_back({QStringLiteral("wait"), 3, [](MonkeyContext& c) {
                   const int ms = c.random->between(50, 1500);
                   QTest::qWait(ms);
                   return QStringLiteral("%1 ms").arg(ms);
                 }});
  return all;
}

}  // namespace alexnet::ui::monkey
