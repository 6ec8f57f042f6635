#pragma once
// A process-wide choice, so the program makes it (app/main.cpp), never the library on its own:
// glibc serves every allocation above 32 MB (and, until its threshold adapts, above 128 KB) with a
// fresh mmap and unmaps it on free, so each training step page-faults its whole activation memory
// back in (AlexNet: ~850,000 faults per benchmark run; LeNet trained 2.7x slower). Keeping freed
// memory in the heap makes a step reuse the previous step's pages. The price: the process keeps its
// high-water mark instead of returning memory to the OS. ALEXNET_SYSTEM_MALLOC=1 opts out.
// One arena for all threads: a thread's own glibc arena does not keep its freed memory this way, so
// work on a fresh thread (the GUI's training-speed warm-up) ran at a third of the speed (slim AlexNet
// at 224: 256 against 695 examples/s on the main thread; 678 with one arena).
namespace alexnet {

// Returns whether the allocator was tuned (false with ALEXNET_SYSTEM_MALLOC set).
bool keepFreedTensorMemory();

}  // namespace alexnet
