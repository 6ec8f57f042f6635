// Opening image files off the GUI thread (issue 18): the reduced-size rule of alexnet_image
// (a photo much larger than needed decodes at 1/2, 1/4 or 1/8), the decoded pixels against a full
// decode, InputPanel's busy row, Cancel and stale results, and the receptive field reported in the
// file's own pixels when the photo was decoded reduced.
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QtTest>

#include "alexnet/image/image_input.h"
#include "ui/inspect/explainers.h"
#include "ui/inspect/input_panel.h"
#include "ui/inspect/inspect_panel.h"
#include "ui/inspect/receptive_field_dialog.h"
#include "ui/inspect/run_view.h"
#include "ui/main_window.h"

using namespace alexnet;
using namespace alexnet::ui;

namespace {

// A smooth photo-like picture: a horizontal and a vertical ramp, and a dark disc off centre.
QImage gradientPhoto(int width, int height) {
  QImage image(width, height, QImage::Format_RGB32);
  for (int y = 0; y < height; ++y) {
    auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
    for (int x = 0; x < width; ++x) line[x] = qRgb(255 * x / width, 255 * y / height, 128);
  }
  QPainter painter(&image);
  painter.setBrush(QColor(20, 20, 20));
  painter.setPen(Qt::NoPen);
  painter.drawEllipse(QPoint(width / 3, height / 2), width / 8, width / 8);
  return image;
}

QString saveJpeg(const QTemporaryDir& dir, const QString& name, int width, int height) {
  const QString path = dir.filePath(name);
  if (!gradientPhoto(width, height).save(path, "JPEG", 92)) return {};
  return path;
}

// Mean of channel c over the decoded image's block [x0, x1) × [y0, y1) given in file pixels.
double blockMean(const Image& image, double scale, int c, int x0, int y0, int x1, int y1) {
  double sum = 0.0;
  int count = 0;
  for (auto y = std::int64_t(y0 / scale); y < std::int64_t(y1 / scale); ++y)
    for (auto x = std::int64_t(x0 / scale); x < std::int64_t(x1 / scale); ++x) {
      sum += image.u8[std::size_t((y * image.width + x) * image.channels + c)];
      ++count;
    }
  return sum / count;
}

}  // namespace

class TestImageLoading : public QObject {
  Q_OBJECT
 private slots:
  void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

  void anEightThousandPixelPhotoDecodesAtOneEighth() {
    // What the GUI and the CLI ask for: 8000 / 8 = 1000 is still above kDisplayShortSide.
    const auto size = image::reducedDecodeSize(8000, 8000, image::kDisplayShortSide);
    QCOMPARE(size.width, 1000);
    QCOMPARE(size.height, 1000);
  }

  void reducedSizes_data() {
    QTest::addColumn<int>("w");
    QTest::addColumn<int>("h");
    QTest::addColumn<int>("side");
    QTest::addColumn<int>("ew");
    QTest::addColumn<int>("eh");
    QTest::newRow("16000 square: 1/8") << 16000 << 16000 << 1024 << 2000 << 2000;
    QTest::newRow("4000x3000: 1/2") << 4000 << 3000 << 1024 << 2000 << 1500;
    QTest::newRow("8192x4096: 1/4") << 8192 << 4096 << 1024 << 2048 << 1024;
    QTest::newRow("2047 short side: full") << 3000 << 2047 << 1024 << 3000 << 2047;
    QTest::newRow("small: full") << 48 << 40 << 1024 << 48 << 40;
    QTest::newRow("0 asks for full") << 8000 << 8000 << 0 << 8000 << 8000;
    QTest::newRow("odd sizes round down") << 8001 << 6001 << 1024 << 2000 << 1500;
  }
  void reducedSizes() {
    QFETCH(int, w);
    QFETCH(int, h);
    QFETCH(int, side);
    QFETCH(int, ew);
    QFETCH(int, eh);
    const auto size = image::reducedDecodeSize(w, h, side);
    QCOMPARE(size.width, std::int64_t(ew));
    QCOMPARE(size.height, std::int64_t(eh));
  }

  void aLargeJpegDecodesReducedWithTheSamePicture() {
    QTemporaryDir dir;
    const QString path = saveJpeg(dir, QStringLiteral("large.jpg"), 4096, 2304);
    QVERIFY(!path.isEmpty());
    const image::DecodedImage reduced = image::decodeImageFile(path.toStdString(), {.decodeShortSide = 1024});
    QCOMPARE(reduced.fileWidth, 4096);
    QCOMPARE(reduced.fileHeight, 2304);
    QCOMPARE(reduced.image.width, 2048);  // 2304 / 2 = 1152 >= 1024; / 4 = 576 is too small
    QCOMPARE(reduced.image.height, 1152);
    QCOMPARE(reduced.image.channels, 3);
    QCOMPARE(reduced.scaleX(), 2.0);
    const image::DecodedImage full = image::decodeImageFile(path.toStdString());
    QCOMPARE(full.image.width, 4096);
    QCOMPARE(full.fileWidth, 4096);
    QCOMPARE(full.scaleX(), 1.0);
    // The same picture: block means over the same file region agree within JPEG's error.
    for (const QRect block : {QRect(0, 0, 256, 256), QRect(2048, 1024, 512, 256), QRect(1300, 1100, 128, 128)})
      for (int c = 0; c < 3; ++c) {
        const double a =
            blockMean(reduced.image, 2.0, c, block.left(), block.top(), block.right() + 1, block.bottom() + 1);
        const double b =
            blockMean(full.image, 1.0, c, block.left(), block.top(), block.right() + 1, block.bottom() + 1);
        QVERIFY2(std::abs(a - b) < 3.0, qPrintable(QStringLiteral("block %1,%2 channel %3: %4 vs %5")
                                                       .arg(block.left())
                                                       .arg(block.top())
                                                       .arg(c)
                                                       .arg(a)
                                                       .arg(b)));
      }
  }

  void thePanelDecodesOffTheGuiThreadAndShowsItIsBusy() {
    QTemporaryDir dir;
    const QString path = saveJpeg(dir, QStringLiteral("photo.jpg"), 3200, 2400);
    InputPanel panel;
    panel.setSourceImage(gradientPhoto(64, 48), QStringLiteral("before"));
    QSignalSpy finished(&panel, &InputPanel::loadFinished);
    QSignalSpy opened(&panel, &InputPanel::fileOpened);
    panel.loadImageFile(path);
    // loadImageFile returned before decoding: the busy row is up and the old image still in use.
    QVERIFY(panel.isLoading());
    QVERIFY(panel.findChild<QWidget*>(QStringLiteral("imageLoading"))->isVisibleTo(&panel));
    QCOMPARE(panel.description(), QStringLiteral("before"));
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.takeFirst().at(0).toBool(), true);
    QVERIFY(!panel.isLoading());
    QVERIFY(!panel.findChild<QWidget*>(QStringLiteral("imageLoading"))->isVisibleTo(&panel));
    QCOMPARE(panel.description(), QStringLiteral("photo.jpg"));
    QCOMPARE(panel.fileWidth(), 3200);  // decoded at 1600x1200
    QCOMPARE(panel.fileHeight(), 2400);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(panel.preprocess(28).stages.front().image.width(), 1600);
  }

  void cancelKeepsThePreviousImageAndDropsTheLateResult() {
    QTemporaryDir dir;
    const QString big = saveJpeg(dir, QStringLiteral("big.jpg"), 2400, 2400);
    const QString small = saveJpeg(dir, QStringLiteral("small.jpg"), 120, 90);
    InputPanel panel;
    panel.setSourceImage(gradientPhoto(64, 48), QStringLiteral("before"));
    QSignalSpy finished(&panel, &InputPanel::loadFinished);
    QSignalSpy opened(&panel, &InputPanel::fileOpened);
    panel.loadImageFile(big);
    panel.findChild<QPushButton*>(QStringLiteral("cancelImageLoad"))->click();
    QCOMPARE(finished.count(), 1);  // at once, not when the decoder ends
    QCOMPARE(finished.takeFirst().at(0).toBool(), false);
    QVERIFY(!panel.isLoading());
    QCOMPARE(panel.description(), QStringLiteral("before"));
    // The cancelled decode ends on its pool thread and posts its result; it must be dropped.
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::sendPostedEvents();
    QCOMPARE(panel.description(), QStringLiteral("before"));
    QCOMPARE(opened.count(), 0);
    // A second load replaces a running one: only the last file opens.
    panel.loadImageFile(big);
    panel.loadImageFile(small);
    QVERIFY(finished.wait(20000));
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::sendPostedEvents();
    QCOMPARE(panel.description(), QStringLiteral("small.jpg"));
    QCOMPARE(opened.count(), 1);
    QCOMPARE(panel.fileWidth(), 0);  // small: decoded at full size
  }

  void theReceptiveFieldIsGivenInTheFilesPixels() {
    QTemporaryDir dir;
    const QString path = saveJpeg(dir, QStringLiteral("wide.jpg"), 4800, 2400);  // decoded at 1/2: 2400x1200
    MainWindow window({.persistSettings = false});
    InspectPanel* inspect = window.inspectPanel();
    inspect->setModelKey(QStringLiteral("lenet"));
    QSignalSpy finished(inspect->inputPanel(), &InputPanel::loadFinished);
    inspect->openImage(path);
    QVERIFY(finished.wait(20000));
    QVERIFY(finished.takeFirst().at(0).toBool());
    inspect->goToStep(1);  // conv1
    RunView* run = inspect->primaryView();
    QTRY_VERIFY_WITH_TIMEOUT(!inspect->isBusy() && run->cursor() == 1, 60000);
    QCOMPARE(run->inputSource().original.width(), 2400);
    QString error;
    auto* dialog = qobject_cast<ReceptiveFieldDialog*>(
        openExplainer(run, ExplainerKind::ReceptiveField, UnitChoice{.channel = 0, .y = 14, .x = 14}, &error));
    QVERIFY2(dialog, qPrintable(error));
    const ReceptiveFieldExplanation& e = dialog->explanation();
    QVERIFY(e.hasOriginal);
    QCOMPARE(e.geometry.originalWidth, 2400);
    QCOMPARE(e.fileWidth, 4800);
    QCOMPARE(e.fileHeight, 2400);
    QCOMPARE(e.onFile.x, 2.0 * e.onOriginal.x);
    QCOMPARE(e.onFile.width, 2.0 * e.onOriginal.width);
    QCOMPARE(e.onFile.y, 2.0 * e.onOriginal.y);
    // The crop of the file is its centred 2400x2400 square: the unit lies inside it.
    QVERIFY(e.onFile.x >= 1200.0 && e.onFile.x + e.onFile.width <= 3600.0);
    QVERIFY(ReceptiveFieldDialog::describe(e).contains(QStringLiteral("4800×2400")));
    dialog->close();
  }
};

QTEST_MAIN(TestImageLoading)
#include "test_image_loading.moc"
