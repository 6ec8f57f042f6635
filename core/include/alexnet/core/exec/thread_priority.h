#pragma once
// Background priority for compute threads, so a window stays responsive while a network trains.
//
// On Linux a nice value belongs to one thread, and a thread inherits its creator's: a GUI runs its
// workers a few steps nicer than the GUI thread, so the scheduler hands the GUI thread a core as
// soon as it wakes instead of after the workers' time slices. The kernels' pool threads are shared
// by every caller, so they take the priority the program asks for when they start. Only lowering is
// possible (raising needs privileges), and elsewhere than Linux both calls do nothing.
namespace alexnet {

// Makes the calling thread `niceIncrement` steps nicer than it is now.
void lowerCurrentThreadPriority(int niceIncrement = 5);

// Kernel pool threads started after this call run `niceIncrement` steps nicer than the thread that
// starts them. A program-wide choice (the GUI makes it before any compute runs; the CLI does not).
void lowerKernelWorkerPriority(int niceIncrement = 5);

}  // namespace alexnet
