#pragma once
// Entry point of the graphical application (ui/gui_main.cpp; app/gui_unavailable.cpp when built without the UI).
namespace alexnet {
int runGui(int argc, char** argv);
}
