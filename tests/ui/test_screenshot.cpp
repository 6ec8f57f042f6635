// `alexnet-lab --screenshot FILE …` (PRODUCT.md §3) writes a PNG of the main window under the
// offscreen platform and exits 0; bad arguments print one line and exit 2; a missing file exits 1.
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class TestScreenshot : public QObject {
  Q_OBJECT
 private:
  struct Result {
    int exitCode = -1;
    QByteArray stderrText;
  };
  Result runApp(const QStringList& args) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(ALEXNET_APP_PATH), args);
    if (!process.waitForFinished(240000)) {
      process.kill();
      return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardError()};
  }
  QTemporaryDir m_dir;

 private slots:
  void writesAPngForEveryTab_data() {
    QTest::addColumn<QStringList>("args");
    QTest::newRow("architecture") << QStringList{QStringLiteral("--tab"), QStringLiteral("architecture")};
    QTest::newRow("shapes") << QStringList{QStringLiteral("--tab"), QStringLiteral("shapes"), QStringLiteral("--model"),
                                           QStringLiteral("alexnet")};
    QTest::newRow("shapes-compare") << QStringList{QStringLiteral("--tab"),     QStringLiteral("shapes"),
                                                   QStringLiteral("--model"),   QStringLiteral("lenet"),
                                                   QStringLiteral("--compare"), QStringLiteral("alexnet")};
    QTest::newRow("inspect") << QStringList{QStringLiteral("--tab"),   QStringLiteral("inspect"),
                                            QStringLiteral("--model"), QStringLiteral("lenet"),
                                            QStringLiteral("--step"),  QStringLiteral("2")};
    QTest::newRow("training") << QStringList{QStringLiteral("--tab"), QStringLiteral("training")};
    QTest::newRow("network") << QStringList{QStringLiteral("--tab"), QStringLiteral("network")};
    // The explainers (issue 8): the window with the explainer of the centre unit of the layer shown at --step.
    QTest::newRow("conv-arithmetic") << QStringList{QStringLiteral("--tab"),   QStringLiteral("conv-arithmetic"),
                                                    QStringLiteral("--model"), QStringLiteral("lenet"),
                                                    QStringLiteral("--step"),  QStringLiteral("4")};
    QTest::newRow("receptive-field") << QStringList{QStringLiteral("--tab"),   QStringLiteral("receptive-field"),
                                                    QStringLiteral("--model"), QStringLiteral("alexnet"),
                                                    QStringLiteral("--step"),  QStringLiteral("13")};
    QTest::newRow("saliency") << QStringList{QStringLiteral("--tab"), QStringLiteral("saliency"),
                                             QStringLiteral("--model"), QStringLiteral("lenet")};
  }

  void writesAPngForEveryTab() {
    QFETCH(QStringList, args);
    const QString png = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".png"));
    const Result result = runApp(QStringList{QStringLiteral("--screenshot"), png} + args);
    QVERIFY2(result.exitCode == 0, result.stderrText.constData());
    const QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(1400, 900));
    // Not a blank window: more than a handful of distinct colours.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
      for (int x = 0; x < image.width(); x += 7) colours.insert(image.pixel(x, y));
    QVERIFY(colours.size() > 20);
  }

  // --size WxH: the window at that size (here the smallest the layout is made for).
  void sizeOption() {
    const QString png = m_dir.filePath(QStringLiteral("small.png"));
    const Result result = runApp({QStringLiteral("--screenshot"), png, QStringLiteral("--tab"),
                                  QStringLiteral("inspect"), QStringLiteral("--size"), QStringLiteral("1024x700")});
    QVERIFY2(result.exitCode == 0, result.stderrText.constData());
    QCOMPARE(QImage(png).size(), QSize(1024, 700));
  }

  void inspectAnImageFile() {
    QImage source(64, 48, QImage::Format_RGB32);
    source.fill(Qt::white);
    const QString input = m_dir.filePath(QStringLiteral("input.png"));
    QVERIFY(source.save(input));
    const QString png = m_dir.filePath(QStringLiteral("inspect-image.png"));
    const Result result =
        runApp({QStringLiteral("--screenshot"), png, QStringLiteral("--tab"), QStringLiteral("inspect"),
                QStringLiteral("--image"), input, QStringLiteral("--step"), QStringLiteral("12")});
    QVERIFY2(result.exitCode == 0, result.stderrText.constData());
    QVERIFY(!QImage(png).isNull());
  }

  // An explainer that does not apply to the layer at --step: one line naming the reason, exit 1, no PNG.
  void explainerThatDoesNotApplyExitsWithStatus1() {
    const QString png = m_dir.filePath(QStringLiteral("not-conv.png"));
    const Result result =
        runApp({QStringLiteral("--screenshot"), png, QStringLiteral("--tab"), QStringLiteral("conv-arithmetic"),
                QStringLiteral("--model"), QStringLiteral("lenet"), QStringLiteral("--step"), QStringLiteral("2")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.stderrText.contains("alexnet-lab: --tab conv-arithmetic: Layer 1 is a Sigmoid"));
    QVERIFY(!QFile::exists(png));
  }

  void badArgumentsExitWithStatus2() {
    const QString png = m_dir.filePath(QStringLiteral("bad.png"));
    for (const QStringList& args :
         {QStringList{QStringLiteral("--screenshot"), png, QStringLiteral("--tab"), QStringLiteral("nope")},
          QStringList{QStringLiteral("--screenshot"), png, QStringLiteral("--step"), QStringLiteral("-3")},
          QStringList{QStringLiteral("--screenshot"), png, QStringLiteral("--model"), QStringLiteral("vgg")},
          QStringList{QStringLiteral("--screenshot"), png, QStringLiteral("--tab"), QStringLiteral("saliency"),
                      QStringLiteral("--model"), QStringLiteral("alexnet2012")},
          // --compare MODEL is the Shapes screen's second network: needs --tab shapes.
          QStringList{QStringLiteral("--screenshot"), png, QStringLiteral("--tab"), QStringLiteral("inspect"),
                      QStringLiteral("--compare"), QStringLiteral("alexnet")},
          QStringList{QStringLiteral("--screenshot"), png, QStringLiteral("--tab"), QStringLiteral("shapes"),
                      QStringLiteral("--compare"), QStringLiteral("vgg")},
          QStringList{QStringLiteral("--screenshot"), png, QStringLiteral("--size"), QStringLiteral("1024")},
          QStringList{QStringLiteral("--screenshot"), png, QStringLiteral("--size"), QStringLiteral("100x100")},
          QStringList{QStringLiteral("--screenshot")}, QStringList{QStringLiteral("--bogus"), QStringLiteral("1")}}) {
      const Result result = runApp(args);
      QCOMPARE(result.exitCode, 2);
      QCOMPARE(result.stderrText.count('\n'), 1);
      QVERIFY(result.stderrText.startsWith("alexnet-lab: "));
    }
    QVERIFY(!QFile::exists(png));
  }

  void missingOrBrokenFilesExitWithStatus1() {
    const QString png = m_dir.filePath(QStringLiteral("missing.png"));
    Result result = runApp({QStringLiteral("--screenshot"), png, QStringLiteral("--image"),
                            m_dir.filePath(QStringLiteral("nothing.jpg"))});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.stderrText.contains("nothing.jpg"));
    const QString broken = m_dir.filePath(QStringLiteral("broken.safetensors"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a checkpoint");
    file.close();
    result = runApp({QStringLiteral("--screenshot"), png, QStringLiteral("--weights"), broken});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.stderrText.contains("broken.safetensors"));
    QVERIFY(!QFile::exists(png));
  }
};

QTEST_MAIN(TestScreenshot)
#include "test_screenshot.moc"
