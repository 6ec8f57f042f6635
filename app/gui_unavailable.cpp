// Linked instead of the Qt GUI when configured with -DALEXNET_BUILD_UI=OFF.
#include <cstdio>

#include "ui/gui_main.h"

namespace alexnet {
int runGui(int, char**) {
  std::fputs("alexnet-lab: this build has no GUI (configured with ALEXNET_BUILD_UI=OFF)\n", stderr);
  return 1;
}
}  // namespace alexnet
