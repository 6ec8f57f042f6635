#pragma once
// The Fashion-MNIST test set for the sample picker, read once (from the directory in the settings
// or the Debian package's default) and kept for the session.
#include <QImage>
#include <QString>

namespace alexnet::ui {

struct FashionSample {
  QImage image;    // 28×28 gray, light object on black
  int label = -1;  // 0..9
};

// Sample `index` of the test split; on failure returns a null image and sets *error (one line).
FashionSample fashionTestSample(int index, QString* error);
int fashionTestCount();  // 0 if the set cannot be read

}  // namespace alexnet::ui
