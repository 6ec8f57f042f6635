// One colour map on screen and in files: the Inspect screen's sequential map is core's viridis
// (display/viridis.h), and the colour bar of a PNG written by `alexnet-lab inspect --png` shows the
// same colours at the same positions.
#include <QDir>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <cstdlib>

#include "alexnet/core/display/viridis.h"
#include "ui/inspect/color_map.h"

using namespace alexnet;
using namespace alexnet::ui;

namespace {
int channelDistance(QRgb a, QRgb b) {
  return std::max({std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)), std::abs(qBlue(a) - qBlue(b))});
}
}  // namespace

class TestColorMap : public QObject {
  Q_OBJECT
 private slots:
  void screenSequentialMapIsCoresViridis() {
    const ColorMap screen(ColorMapKind::Sequential);
    for (int i = 0; i < 256; ++i) {
      const float t = static_cast<float>(i) / 255.0f;
      const Rgb8 c = viridis(t);
      QCOMPARE(screen.at(t), qRgb(c.red, c.green, c.blue));
    }
    // The ends are matplotlib's: #440154 at 0, #fde724 at 1 (0.993·255 = 253.2, 0.906·255 = 231.0).
    QCOMPARE(screen.at(0.0f), qRgb(68, 1, 84));
    QCOMPARE(screen.at(1.0f), qRgb(253, 231, 37));
  }

  // The PNG's colour bar (its last 8 rows but one: a 1-pixel gap follows) runs t = 0 … 1 from the
  // left edge to the right; the screen's table is the same map sampled at 256 steps, so the two
  // may differ by the rounding of t to 1/255 (at most 2 levels where viridis is steepest).
  void exportedColourBarMatchesTheScreen() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString pngs = dir.filePath(QStringLiteral("png"));
    QProcess app;
    app.start(QStringLiteral(ALEXNET_APP_PATH),
              {QStringLiteral("inspect"), QStringLiteral("--model"), QStringLiteral("lenet"), QStringLiteral("--image"),
               QStringLiteral(ALEXNET_TEST_DATA_DIR "/images/rgb8.png"), QStringLiteral("--png"), pngs});
    QVERIFY(app.waitForFinished(120000));
    QCOMPARE(app.exitCode(), 0);
    const QImage exported(QDir(pngs).filePath(QStringLiteral("00_Conv2d.png")));
    QVERIFY(!exported.isNull());
    const ColorMap screen(ColorMapKind::Sequential);
    const int row = exported.height() - 2;
    int worst = 0;
    for (int x = 0; x < exported.width(); ++x) {
      const float t = static_cast<float>(x) / static_cast<float>(exported.width() - 1);
      worst = std::max(worst, channelDistance(exported.pixel(x, row), screen.at(t)));
    }
    QVERIFY2(worst <= 2, qPrintable(QStringLiteral("screen and PNG differ by %1 levels").arg(worst)));
    QCOMPARE(exported.pixel(0, row), screen.at(0.0f));
    QCOMPARE(exported.pixel(exported.width() - 1, row), screen.at(1.0f));
  }
};

QTEST_MAIN(TestColorMap)
#include "test_color_map.moc"
