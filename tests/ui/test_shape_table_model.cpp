// ShapeTableModel over core's ShapeReport: passes QAbstractItemModelTester, shows the d2l table,
// sums the totals, and the Shapes panel follows the shared selection both ways.
#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTableView>
#include <QtTest>

#include "alexnet/core/models/model_config.h"
#include "ui/layer_selection.h"
#include "ui/model_catalog.h"
#include "ui/shapes/shape_table_model.h"
#include "ui/shapes/shapes_panel.h"

using namespace alexnet;
using namespace alexnet::ui;

class TestShapeTableModel : public QObject {
  Q_OBJECT
 private slots:
  void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

  void passesModelTester() {
    ShapeTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ModelConfig config;
    config.kind = ModelKind::AlexNet;
    model.setReport(cachedShapeReport(config));
    config.kind = ModelKind::LeNet;
    model.setReport(cachedShapeReport(config));
    QCOMPARE(model.rowCount(), 12 + 1);  // LeNet's 12 layers + totals
  }

  void showsTheD2lAlexNetTable() {
    ShapeTableModel model;
    ModelConfig config;
    config.kind = ModelKind::AlexNet;
    const ShapeReport& report = cachedShapeReport(config);
    model.setReport(report);
    QCOMPARE(model.rowCount(), static_cast<int>(report.rows.size()) + 1);
    QCOMPARE(model.rowCount(), 21 + 1);
    QCOMPARE(model.columnCount(), int(ShapeTableModel::ColumnCount));
    QCOMPARE(model.index(0, ShapeTableModel::TypeColumn).data().toString(), QStringLiteral("Conv2d"));
    QCOMPARE(model.index(0, ShapeTableModel::ShapeColumn).data().toString(), QStringLiteral("[1, 96, 54, 54]"));
    QCOMPARE(model.index(12, ShapeTableModel::ShapeColumn).data().toString(), QStringLiteral("[1, 256, 5, 5]"));
    QCOMPARE(model.index(20, ShapeTableModel::ShapeColumn).data().toString(), QStringLiteral("[1, 10]"));
    QVERIFY(model.index(0, ShapeTableModel::HyperColumn)
                .data()
                .toString()
                .contains(QStringLiteral("kernel_size=(11, 11)")));
    // conv1: 96·(1·11·11) + 96 parameters
    QCOMPARE(model.index(0, ShapeTableModel::ParamsColumn).data(Qt::UserRole).toLongLong(), 96LL * 121 + 96);
    // Totals row: sums of the columns.
    const int totals = model.rowCount() - 1;
    qlonglong params = 0, flops = 0, bytes = 0;
    for (int row = 0; row < totals; ++row) {
      params += model.index(row, ShapeTableModel::ParamsColumn).data(Qt::UserRole).toLongLong();
      flops += model.index(row, ShapeTableModel::FlopsColumn).data(Qt::UserRole).toLongLong();
      bytes += model.index(row, ShapeTableModel::MemoryColumn).data(Qt::UserRole).toLongLong();
    }
    QCOMPARE(model.index(totals, ShapeTableModel::ParamsColumn).data(Qt::UserRole).toLongLong(), params);
    QCOMPARE(model.index(totals, ShapeTableModel::FlopsColumn).data(Qt::UserRole).toLongLong(), flops);
    QCOMPARE(model.index(totals, ShapeTableModel::MemoryColumn).data(Qt::UserRole).toLongLong(), bytes);
    QCOMPARE(params, static_cast<qlonglong>(report.totalParams));
    QCOMPARE(model.layerForRow(totals), -1);
    QCOMPARE(model.rowForLayer(14), 14);
  }

  void showsTheReceptiveFieldColumn() {
    ShapeTableModel model;
    ModelConfig config;
    config.kind = ModelKind::AlexNet;
    model.setReport(cachedShapeReport(config), cachedReceptiveFields(config));
    auto field = [&](int row) { return model.index(row, ShapeTableModel::FieldColumn).data().toString(); };
    auto side = [&](int row) { return model.index(row, ShapeTableModel::FieldColumn).data(Qt::UserRole).toLongLong(); };
    QCOMPARE(model.headerData(ShapeTableModel::FieldColumn, Qt::Horizontal).toString(),
             QStringLiteral("Receptive field"));
    QCOMPARE(field(0), QStringLiteral("11×11, jump 4"));      // conv1
    QCOMPARE(field(2), QStringLiteral("19×19, jump 8"));      // pool1
    QCOMPARE(field(5), QStringLiteral("67×67, jump 16"));     // pool2
    QCOMPARE(field(12), QStringLiteral("195×195, jump 32"));  // pool5
    const qlonglong expected[] = {11, 11, 19, 51, 51, 67, 99, 99, 131, 131, 163, 163, 195};
    for (int row = 0; row < 13; ++row) QCOMPARE(side(row), expected[row]);
    QCOMPARE(field(14), QStringLiteral("whole input"));  // fc6
    QCOMPARE(side(14), 0LL);
    QVERIFY(model.index(0, ShapeTableModel::FieldColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("(-1, -1)")));
    QVERIFY(!model.index(model.rowCount() - 1, ShapeTableModel::FieldColumn).data().isValid());  // totals row
    // LeNet: 5, 5, 6, 14, 14, 16, then dense.
    config.kind = ModelKind::LeNet;
    model.setReport(cachedShapeReport(config), cachedReceptiveFields(config));
    QCOMPARE(field(3), QStringLiteral("14×14, jump 2"));
    QCOMPARE(field(5), QStringLiteral("16×16, jump 4"));
    QCOMPARE(field(7), QStringLiteral("whole input"));
    // Without fields the column is blank rather than wrong.
    model.setReport(cachedShapeReport(config));
    QVERIFY(!model.index(0, ShapeTableModel::FieldColumn).data().isValid());
  }

  void panelShowsTheReceptiveField() {
    LayerSelection selection;
    ShapesPanel panel(&selection);
    panel.setModelKey(QStringLiteral("alexnet"));
    QCOMPARE(panel.tableModel()->index(10, ShapeTableModel::FieldColumn).data().toString(),
             QStringLiteral("163×163, jump 16"));
  }

  void formatsShapes() {
    QCOMPARE(ShapeTableModel::formatShape({1, 96, 54, 54}), QStringLiteral("96×54×54"));
    QCOMPARE(ShapeTableModel::formatShape({1, 10}), QStringLiteral("10"));
  }

  void panelFollowsSelection() {
    LayerSelection selection;
    ShapesPanel panel(&selection);
    panel.setModelKey(QStringLiteral("lenet"));
    selection.select(QStringLiteral("alexnet"), 6);  // another family: the panel switches model
    QCOMPARE(panel.modelKey(), QStringLiteral("alexnet"));
    QCOMPARE(panel.tableView()->currentIndex().row(), 6);
    // Clicking a row selects that layer everywhere.
    panel.tableView()->setCurrentIndex(panel.tableModel()->index(3, 0));
    QCOMPARE(selection.family(), QStringLiteral("alexnet"));
    QCOMPARE(selection.layer(), 3);
  }
};

QTEST_MAIN(TestShapeTableModel)
#include "test_shape_table_model.moc"
