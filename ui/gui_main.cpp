// The GUI entry point (placeholder window until the main window lands).
#include <QApplication>
#include <QLabel>

#include "app/gui.h"

namespace alexnet {
int runGui(int argc, char** argv) {
  QApplication app(argc, argv);
  QLabel label("AlexNet Lab");
  label.show();
  return app.exec();
}
}  // namespace alexnet
