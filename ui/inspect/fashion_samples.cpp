#include "ui/inspect/fashion_samples.h"

#include <QSettings>
#include <memory>
#include <mutex>

#include "alexnet/core/data/fashion_mnist.h"

namespace alexnet::ui {
namespace {

struct TestSetCache {
  std::once_flag once;
  std::unique_ptr<ImageSet> set;
  QString error;
};

TestSetCache& cache() {
  static TestSetCache instance;
  std::call_once(instance.once, [] {
    DatasetOptions options;
    const QString dir = QSettings().value(QStringLiteral("data/directory")).toString();
    if (!dir.isEmpty()) options.directory = dir.toStdString();
    try {
      instance.set = std::make_unique<ImageSet>(loadFashionMnist(Split::Test, options));
    } catch (const std::exception& error) {
      instance.error = QString::fromStdString(error.what());
    }
  });
  return instance;
}

}  // namespace

int fashionTestCount() {
  const TestSetCache& c = cache();
  return c.set ? static_cast<int>(c.set->count) : 0;
}

FashionSample fashionTestSample(int index, QString* error) {
  const TestSetCache& c = cache();
  if (!c.set) {
    if (error) *error = c.error;
    return {};
  }
  if (index < 0 || index >= c.set->count) {
    if (error) *error = QStringLiteral("sample %1 is out of range 0..%2").arg(index).arg(c.set->count - 1);
    return {};
  }
  const int rows = static_cast<int>(c.set->rows), cols = static_cast<int>(c.set->cols);
  QImage image(cols, rows, QImage::Format_Grayscale8);
  const std::uint8_t* pixels = c.set->pixels.data() + static_cast<std::size_t>(index) * rows * cols;
  for (int y = 0; y < rows; ++y) std::copy(pixels + y * cols, pixels + (y + 1) * cols, image.scanLine(y));
  return {image, c.set->labels[static_cast<std::size_t>(index)]};
}

}  // namespace alexnet::ui
