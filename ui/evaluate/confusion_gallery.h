#pragma once
// ConfusionGallery — the test images of one confusion-matrix cell ("Shirt taken for T-shirt/top"),
// most confident first: a thumbnail per image (the 28×28 picture, enlarged) captioned with the
// network's confidence. Clicking one asks for it on the Inspect screen (imageClicked).
#include <QListWidget>
#include <QWidget>
#include <memory>
#include <vector>

#include "alexnet/core/data/fashion_mnist.h"
#include "alexnet/core/train/test_predictions.h"

class QLabel;

namespace alexnet::ui {

class ConfusionGallery : public QWidget {
  Q_OBJECT
 public:
  explicit ConfusionGallery(QWidget* parent = nullptr);

  // The cell's images (most confident first, as core's cellPredictions orders them) from `images`.
  void showCell(const QString& heading, const std::vector<TestPrediction>& cell,
                const std::shared_ptr<const ImageSet>& images);
  void clear(const QString& hint);

  int count() const { return m_list->count(); }
  int testIndexAt(int row) const;  // the test-set index shown at `row`
  QString heading() const;
  QListWidget* list() const { return m_list; }

 signals:
  void imageClicked(int testIndex);

 private:
  QLabel* m_heading;
  QListWidget* m_list;
};

}  // namespace alexnet::ui
