#pragma once
// What "nothing runs" looks like on the real window, for the monkey test's stuck-state check: no
// worker busy (Inspect, Network, Evaluate), no image being decoded, no training run, every Inspect
// column holding a model with its header naming the weights in use (not "Loading …"), and the
// weights line not "Loading…". busyReason() says which of these is not so ("" = idle).
#include <QString>

namespace alexnet::ui {
class MainWindow;
}

namespace alexnet::ui::monkey {

QString busyReason(MainWindow& window);

// Stops what the user may have left running (training, auto-play), then waits up to `seconds` for
// busyReason() to become "": returns "" once idle, else the reason it is still not.
QString settle(MainWindow& window, double seconds);

}  // namespace alexnet::ui::monkey
