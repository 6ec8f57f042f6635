#include "ui/language_menu.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QWidget>
#include <utility>

#include "ui/language.h"

namespace alexnet::ui {

LanguageMenu::LanguageMenu(QMenu* menu, QWidget* window, LanguageMenuOptions options)
    : QObject(menu), m_window(window), m_options(std::move(options)) {
  auto* group = new QActionGroup(this);
  const QString current = configuredLanguage();
  // The languages' own names, as every language menu writes them: a reader finds their own.
  const std::pair<QString, QString> languages[] = {{QStringLiteral("system"), tr("System default")},
                                                   {QStringLiteral("en"), QStringLiteral("English")},
                                                   {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
  for (const auto& [code, name] : languages) {
    QAction* action = menu->addAction(name);
    action->setObjectName(QStringLiteral("language_") + code);
    action->setCheckable(true);
    action->setChecked(code == current);
    group->addAction(action);
    connect(action, &QAction::triggered, this, [this, code = code] { choose(code); });
  }
}

bool LanguageMenu::choose(const QString& code) {
  setConfiguredLanguage(code);
  if (resolveLanguage(code) == activeLanguage()) return false;  // already shown in that language
  QMessageBox question(QMessageBox::Question, tr("Language"),
                       tr("AlexNet Lab shows the new language after a restart. Restart now?"), QMessageBox::NoButton,
                       m_window);
  question.setObjectName(QStringLiteral("languageRestartQuestion"));
  QPushButton* restart = question.addButton(tr("Restart now"), QMessageBox::AcceptRole);
  question.addButton(tr("Later"), QMessageBox::RejectRole);
  question.setDefaultButton(restart);
  emit restartOffered(&question);
  if (question.clickedButton() == nullptr) question.exec();  // a test may have answered already
  if (question.clickedButton() != restart) return false;
  if (m_options.restart)
    m_options.restart();
  else
    restartApplication(m_window);
  return true;
}

void restartApplication(QWidget* window) {
  QStringList arguments = QCoreApplication::arguments().mid(1);
  if (const qsizetype at = arguments.indexOf(QStringLiteral("--lang")); at >= 0)
    arguments.remove(at, std::min<qsizetype>(2, arguments.size() - at));
  const QString program = QCoreApplication::applicationFilePath();
  if (!window->close()) return;  // the window said no (a run is training and the user keeps it)
  QProcess::startDetached(program, arguments);
}

}  // namespace alexnet::ui
