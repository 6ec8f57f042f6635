// RunLogReader: the training CSV (PRODUCT.md §3) parses (core writes it: test_run_log.cpp there); a
// missing column, a garbage number, a short row or an empty file give an error naming the file, line and column.
#include <QtTest>

#include "ui/training/run_log.h"

using alexnet::ui::RunLogReader;

class TestRunLog : public QObject {
  Q_OBJECT
 private slots:
  void parsesReportAndEpochRows() {
    RunLogReader reader;
    const QByteArray text =
        "epoch,batch,epoch_fraction,train_loss,train_accuracy,test_accuracy,test_loss,examples_per_s,elapsed_s\n"
        "1,10,0.5,1.2,0.55,,,1000.0,1.5\n"
        "1,20,1,0.9,0.65,0.7,0.8,1100.0,3.0\n";
    QVERIFY2(reader.parse(text, QStringLiteral("a.csv")), qPrintable(reader.error()));
    QCOMPARE(reader.log().rows.size(), 2);
    QVERIFY(!reader.log().rows[0].testAccuracy.has_value());
    QCOMPARE(reader.log().rows[1].testAccuracy.value(), 0.7);
    QCOMPARE(reader.log().rows[0].epochFraction, 0.5);
    QCOMPARE(reader.log().rows[1].trainLoss, 0.9);
  }

  void missingColumnIsNamed() {
    RunLogReader reader;
    QVERIFY(!reader.parse("epoch,batch,epoch_fraction,train_accuracy\n1,1,1,0.5\n", QStringLiteral("b.csv")));
    QVERIFY2(reader.error().contains(QStringLiteral("b.csv")), qPrintable(reader.error()));
    QVERIFY2(reader.error().contains(QStringLiteral("missing column \"train_loss\"")), qPrintable(reader.error()));
  }

  void garbageNumberIsNamed() {
    RunLogReader reader;
    const QByteArray text =
        "epoch,batch,epoch_fraction,train_loss,train_accuracy,test_accuracy,test_loss,examples_per_s,elapsed_s\n"
        "1,10,0.5,1.2,0.55,,,1000.0,1.5\n"
        "1,20,1,banana,0.65,0.7,0.8,1100.0,3.0\n";
    QVERIFY(!reader.parse(text, QStringLiteral("c.csv")));
    QVERIFY2(reader.error().contains(QStringLiteral("line 3")), qPrintable(reader.error()));
    QVERIFY2(reader.error().contains(QStringLiteral("\"banana\" is not a number")), qPrintable(reader.error()));
    QVERIFY2(reader.error().contains(QStringLiteral("train_loss")), qPrintable(reader.error()));
  }

  void shortRowAndEmptyFile() {
    RunLogReader reader;
    QVERIFY(!reader.parse(QByteArray(alexnet::ui::kRunLogHeader) + "\n1,2,3\n", QStringLiteral("d.csv")));
    QVERIFY2(reader.error().contains(QStringLiteral("line 2")), qPrintable(reader.error()));
    QVERIFY(!reader.parse("", QStringLiteral("e.csv")));
    QVERIFY2(reader.error().contains(QStringLiteral("empty")), qPrintable(reader.error()));
    QVERIFY(!reader.read(QStringLiteral("/nonexistent/run.csv")));
    QVERIFY2(reader.error().contains(QStringLiteral("/nonexistent/run.csv")), qPrintable(reader.error()));
  }
};

QTEST_GUILESS_MAIN(TestRunLog)
#include "test_run_log.moc"
