// Files and settings as people expect (issue 15): the window's geometry, tab, model, weights and
// input come back at the next start; File › Recent lists only files that opened, by file name with
// the full path as tooltip, and forgets a file that has gone; the image dialog starts in the folder
// of the last image. Settings live in a temporary folder, never the user's.
#include <QAction>
#include <QImage>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

#include "alexnet/core/io/checkpoint.h"
#include "alexnet/core/models/model_config.h"
#include "ui/file_locations.h"
#include "ui/inspect/input_panel.h"
#include "ui/inspect/inspect_panel.h"
#include "ui/main_window.h"

using namespace alexnet;
using namespace alexnet::ui;

class TestSettingsRestore : public QObject {
  Q_OBJECT
 private:
  QTemporaryDir m_settingsDir;
  QTemporaryDir m_files;

  QString writeImage(const QString& name) {
    QImage image(40, 30, QImage::Format_RGB32);
    image.fill(Qt::white);
    const QString path = m_files.filePath(name);
    return image.save(path) ? path : QString();
  }

  static void waitIdle(MainWindow& window) { QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 60000); }
  // Opens an image as a user would (it decodes on a pool thread) and waits for the outcome.
  static bool openAndWait(MainWindow& window, const QString& path) {
    QSignalSpy finished(window.inspectPanel()->inputPanel(), &InputPanel::loadFinished);
    window.inspectPanel()->openImage(path);
    if (finished.isEmpty() && !finished.wait(20000)) return false;
    return finished.first().at(0).toBool();
  }

 private slots:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_settingsDir.isValid() && m_files.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("AlexNetLabTest"));
    QCoreApplication::setApplicationName(QStringLiteral("settings-restore"));
    QSettings().clear();
    QVERIFY2(QSettings().fileName().startsWith(m_settingsDir.path()), qPrintable(QSettings().fileName()));
  }

  void windowStateComesBack() {
    const QString checkpoint = m_files.filePath(QStringLiteral("lenet_20261206_2001.safetensors"));
    ModelConfig config;
    config.kind = ModelKind::LeNet;
    config.seed = 11;
    saveCheckpoint(checkpoint.toStdString(), *buildModel(config), config);
    const QString image = writeImage(QStringLiteral("boot.png"));
    QVERIFY(!image.isEmpty());
    QRect geometry;
    {
      MainWindow window;
      window.show();
      window.setGeometry(QRect(40, 50, 1111, 777));
      geometry = window.geometry();
      window.inspectPanel()->setModelKey(QStringLiteral("lenet"));
      window.inspectPanel()->loadCheckpoint(checkpoint);
      waitIdle(window);
      QCOMPARE(window.inspectPanel()->weightsPath(), checkpoint);
      QVERIFY(openAndWait(window, image));
      QVERIFY(window.showTab(QStringLiteral("shapes")));
      waitIdle(window);
      QVERIFY(window.close());
    }
    QCOMPARE(QSettings().value(QStringLiteral("inspect/image")).toString(), image);
    {
      MainWindow window;
      window.show();
      waitIdle(window);
      QCOMPARE(window.currentTabName(), QStringLiteral("shapes"));
      QCOMPARE(window.size(), geometry.size());
      QCOMPARE(window.inspectPanel()->modelKey(), QStringLiteral("lenet"));
      QCOMPARE(window.inspectPanel()->weightsPath(), checkpoint);
      QCOMPARE(window.inspectPanel()->inputPanel()->imagePath(), image);
      // A sample instead of a file: its index comes back.
      if (!window.inspectPanel()->inputPanel()->useSample(7)) QSKIP("no Fashion-MNIST test set on this machine");
      QVERIFY(window.close());
    }
    {
      MainWindow window;
      waitIdle(window);
      QCOMPARE(window.inspectPanel()->inputPanel()->sampleIndex(), 7);
      QVERIFY(window.inspectPanel()->inputPanel()->imagePath().isEmpty());
    }
  }

  void recentFilesAreFilesThatOpened() {
    QSettings().remove(QStringLiteral("recentFiles"));
    MainWindow window;
    const QString good = writeImage(QStringLiteral("shirt.png"));
    const QString bad = m_files.filePath(QStringLiteral("not-an-image.png"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("this is not a PNG");
    file.close();
    QVERIFY(!openAndWait(window, bad));
    QVERIFY(openAndWait(window, good));
    QCOMPARE(window.recentFiles(), QStringList{good});
    const QList<QAction*> actions = window.recentMenu()->actions();
    QCOMPARE(actions.size(), 1);
    QCOMPARE(actions.first()->text(), QStringLiteral("shirt.png"));
    QCOMPARE(actions.first()->toolTip(), good);
    // The image dialog starts where that image was.
    QCOMPARE(lastImageFolder(), m_files.path());
    // A file that has gone since leaves the list when chosen.
    QVERIFY(QFile::remove(good));
    actions.first()->trigger();
    QVERIFY(window.recentFiles().isEmpty());
    QVERIFY(!window.recentMenu()->isEnabled());
    QVERIFY(QSettings().value(QStringLiteral("recentFiles")).toStringList().isEmpty());
  }
};

QTEST_MAIN(TestSettingsRestore)
#include "test_settings_restore.moc"
