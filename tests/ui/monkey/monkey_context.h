#pragma once
// MonkeyContext — what a monkey action works on: the real MainWindow (rebuilt by some actions, so
// always read it from here), the test files, the seeded random source and the run folder.
#include <QString>
#include <QStringList>
#include <cstdint>
#include <functional>
#include <memory>
#include <random>

#include "monkey_files.h"
#include "ui/main_window.h"

namespace alexnet::ui::monkey {

class MonkeyRandom {
 public:
  explicit MonkeyRandom(std::uint64_t seed) : m_engine(seed) {}
  // Uniform in [low, high] (inclusive), the same sequence on every platform for a seed.
  int between(int low, int high) {
    if (high <= low) return low;
    return low + static_cast<int>(m_engine() % static_cast<std::uint64_t>(high - low + 1));
  }
  bool chance(int percent) { return between(1, 100) <= percent; }
  template <typename List>
  const auto& pick(const List& list) {
    return list[between(0, static_cast<int>(list.size()) - 1)];
  }
  std::uint64_t next() { return m_engine(); }

 private:
  std::mt19937_64 m_engine;
};

struct MonkeyContext {
  std::unique_ptr<MainWindow> window;
  MonkeyFiles files;
  QString runsDirectory;  // training runs go here (a temporary folder)
  QString dataDirectory;  // Fashion-MNIST, if installed
  MonkeyRandom* random = nullptr;
  // Replaces the window by a new one (the language switch's restart, a fresh start).
  std::function<void()> rebuildWindow;
};

}  // namespace alexnet::ui::monkey
