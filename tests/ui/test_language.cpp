// Languages: the Simplified Chinese translation is compiled into the binary and loads; menus, tabs
// and the diagram's book labels (卷积层, 汇聚层, 全连接层) come out in Chinese. Choosing another
// language in the Language menu offers to restart now (the restart itself is injected here).
#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

#include "ui/architecture/diagram_layout.h"
#include "ui/inspect/probability_bars.h"
#include "ui/language.h"
#include "ui/language_menu.h"
#include "ui/main_window.h"

using namespace alexnet::ui;

class TestLanguage : public QObject {
  Q_OBJECT
 private slots:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_settingsDir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());  // never the user's settings
  }

  void englishIsTheSource() {
    QCOMPARE(resolveLanguage(QStringLiteral("en")), QStringLiteral("en"));
    QCOMPARE(localizedBookLabel("11×11 Conv (96), stride 4, pad 1"),
             QStringLiteral("11×11 Conv (96), stride 4, pad 1"));
    MainWindow window({.persistSettings = false});
    QCOMPARE(window.tabs()->tabText(0), QStringLiteral("Architecture"));
  }

  void chineseLoadsAndTranslates() {
    QVERIFY(installTranslators(*qApp, QStringLiteral("zh_CN")));
    QCOMPARE(localizedBookLabel("11×11 Conv (96), stride 4, pad 1"),
             QStringLiteral("11×11 卷积层 (96), 步幅 4, 填充 1"));
    QCOMPARE(localizedBookLabel("3×3 MaxPool, stride 2"), QStringLiteral("3×3 最大汇聚层, 步幅 2"));
    QCOMPARE(localizedBookLabel("Dense (4096)"), QStringLiteral("全连接层 (4096)"));
    QCOMPARE(fashionClassNames().at(9), QStringLiteral("短靴"));
    MainWindow window({.persistSettings = false});
    QCOMPARE(window.tabs()->tabText(0), QStringLiteral("网络结构"));
    QCOMPARE(window.tabs()->tabText(1), QStringLiteral("逐层观察"));
    QCOMPARE(window.windowTitle(), QStringLiteral("AlexNet 实验室"));
  }

  void theChoicePersists() {
    setConfiguredLanguage(QStringLiteral("zh_CN"));
    QCOMPARE(configuredLanguage(), QStringLiteral("zh_CN"));
    setConfiguredLanguage(QStringLiteral("system"));
    QCOMPARE(configuredLanguage(), QStringLiteral("system"));
  }

  void switchingOffersARestart() {
    QCOMPARE(activeLanguage(), QStringLiteral("zh_CN"));  // installed by chineseLoadsAndTranslates
    int restarts = 0;
    MainWindow window({.persistSettings = false, .restart = [&restarts] { ++restarts; }});
    QStringList offered;
    QString answer;
    connect(window.languageMenu(), &LanguageMenu::restartOffered, this, [&](QMessageBox* question) {
      for (QAbstractButton* button : question->buttons()) offered << button->text();
      for (QAbstractButton* button : question->buttons())
        if (button->text() == answer) button->click();
    });
    // The language in use: nothing to restart for.
    QVERIFY(!window.languageMenu()->choose(QStringLiteral("zh_CN")));
    QVERIFY(offered.isEmpty());
    // English, later: saved, no restart.
    answer = QStringLiteral("稍后");
    QVERIFY(!window.languageMenu()->choose(QStringLiteral("en")));
    QCOMPARE(offered, (QStringList{QStringLiteral("立即重新启动"), QStringLiteral("稍后")}));
    QCOMPARE(configuredLanguage(), QStringLiteral("en"));
    QCOMPARE(restarts, 0);
    // English, now: the restart runs once.
    answer = QStringLiteral("立即重新启动");
    QVERIFY(window.languageMenu()->choose(QStringLiteral("en")));
    QCOMPARE(restarts, 1);
  }

 private:
  QTemporaryDir m_settingsDir;
};

QTEST_MAIN(TestLanguage)
#include "test_language.moc"
