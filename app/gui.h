#pragma once
// Entry point of the graphical application (implemented in ui/, or a message when built without it).
namespace alexnet {
int runGui(int argc, char** argv);
}
