// FeatureGrid: one QImage for all channels; hit tests report channel/position/value; dead
// channels, sorting and the colour-map choice (its render time: test_feature_grid_timing.cpp).
#include <QtTest>

#include "ui/inspect/feature_grid.h"

using namespace alexnet;
using namespace alexnet::ui;

class TestFeatureGrid : public QObject {
  Q_OBJECT
 private slots:
  void hitTestFindsChannelPositionAndValue() {
    Tensor t(Shape{1, 3, 4, 5});  // (1, C, H, W)
    for (std::int64_t i = 0; i < t.numel(); ++i) t[i] = static_cast<float>(i);
    FeatureGridOptions options;
    options.available = QSize(300, 100);
    const FeatureGrid grid = FeatureGrid::render(t, options);
    QCOMPARE(grid.channels(), 3);
    QCOMPARE(grid.colorMap(), ColorMapKind::Sequential);  // non-negative
    for (int c = 0; c < 3; ++c) {
      const QRect tile = grid.tileRect(c);
      // The pixel at the tile's bottom-right maps to the map's last row and column.
      const FeatureGridHit hit = grid.hitTest(tile.bottomRight());
      QVERIFY(hit.valid);
      QCOMPARE(hit.channel, c);
      QCOMPARE(hit.y, 3);
      QCOMPARE(hit.x, 4);
      QCOMPARE(hit.value, t.at(0, c, 3, 4));
    }
    QVERIFY(!grid.hitTest(QPoint(-1, 5)).valid);
  }

  void signedValuesUseTheDivergingMapAndDeadChannelsAreMarked() {
    Tensor t(Shape{1, 4, 3, 3}, 0.0f);
    t.at(0, 0, 1, 1) = -2.0f;
    t.at(0, 1, 0, 0) = 1.0f;
    t.at(0, 3, 2, 2) = 5.0f;  // channel 2 stays all zero: dead
    FeatureGridOptions options;
    options.sortByMean = true;
    const FeatureGrid grid = FeatureGrid::render(t, options);
    QCOMPARE(grid.colorMap(), ColorMapKind::Diverging);
    QCOMPARE(grid.minValue(), -5.0f);  // symmetric around zero
    QCOMPARE(grid.maxValue(), 5.0f);
    QCOMPARE(grid.deadCount(), 1);
    QVERIFY(grid.dead()[2]);
    QCOMPARE(grid.order().front(), 3);  // highest mean first
    QCOMPARE(grid.order().back(), 0);
    // Zero is white-ish in the middle of the diverging map; a dead tile has a red frame.
    const QRect deadTile = grid.tileRect(2);  // order: 3, 1, 2, 0
    QCOMPARE(grid.order()[2], 2);
    const QColor frame = grid.image().pixelColor(deadTile.topLeft());
    QVERIFY(frame.red() > 150 && frame.green() < 100);
  }

  void denseLayersAreStrips() {
    Tensor t(Shape{1, 10});
    for (int i = 0; i < 10; ++i) t[i] = static_cast<float>(i) - 4.5f;
    const FeatureGrid grid = FeatureGrid::render(t, {});
    QVERIFY(grid.isDense());
    QCOMPARE(grid.mapWidth(), 10);
    QCOMPARE(grid.mapHeight(), 1);
    const FeatureGridHit hit = grid.hitTest(grid.tileRect(0).topLeft() + QPoint(grid.tileRect(0).width() - 1, 0));
    QVERIFY(hit.valid);
    QCOMPARE(hit.x, 9);
    QCOMPARE(hit.value, 4.5f);
  }
};

QTEST_MAIN(TestFeatureGrid)
#include "test_feature_grid.moc"
