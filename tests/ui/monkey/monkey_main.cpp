// The monkey test (issue 18): a seeded random walk over every screen's actions of the real
// MainWindow (monkey_actions.h) — clicks, keys, model and weights switches, good and bad files,
// training, explainers, side by side, the Network editor, Shapes, Evaluate, language, window sizes.
// It fails on a crash, a fatal Qt message (monkey_watch.h), a GUI-thread stall longer than
// --stall-ms (GUI-thread CPU time in one event-loop gap), or a stuck state: every --settle-every
// steps (and at the end) training is stopped and the window must become idle (monkey_idle.h) within
// --stuck-seconds. On failure it prints the seed, the step and the actions so far; the same
// `--seed S --steps N` replays the same actions in the same order (each step draws from its own
// generator seeded by (seed, step), so the choice of action never depends on the window's state;
// results of background work may still land at other moments than in the first run).
//   ui_monkey [--seed S] [--steps N] [--max-seconds T] [--stall-ms M] [--stuck-seconds S]
//             [--settle-every K] [--log FILE] [--verbose]
#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <map>
#include <unistd.h>

#include "monkey_actions.h"
#include "monkey_idle.h"
#include "monkey_watch.h"
#include "ui/inspect/input_panel.h"
#include "ui/inspect/inspect_panel.h"
#include "ui/language_menu.h"
#include "ui/training/training_panel.h"
#include "ui/training/training_request.h"

using namespace alexnet::ui;
using namespace alexnet::ui::monkey;

namespace {

struct WalkOptions {
  std::uint64_t seed = 0;
  int steps = 2000;
  double maxSeconds = 0;     // 0 = no time limit: stop after `steps`
  double stallMs = 200;      // GUI-thread CPU in one event-loop gap
  double stuckSeconds = 30;  // to become idle once nothing should run
  int settleEvery = 75;      // steps between stuck-state checks
  QString logPath;
  bool verbose = false;
};

// The line a crash prints (a signal handler may only write(2) what is ready).
char g_crashLine[512] = "";

void onCrash(int signal) {
  const ssize_t ignored = write(STDERR_FILENO, g_crashLine, std::strlen(g_crashLine));
  (void)ignored;
  std::signal(signal, SIG_DFL);
  std::raise(signal);
}

bool parse(const QStringList& arguments, WalkOptions* options) {
  QCommandLineParser parser;
  parser.addOptions(
      {{QStringLiteral("seed"), QStringLiteral("Random seed (default: from the clock)."), QStringLiteral("S")},
       {QStringLiteral("steps"), QStringLiteral("Actions to take."), QStringLiteral("N")},
       {QStringLiteral("max-seconds"), QStringLiteral("Stop earlier after this long."), QStringLiteral("T")},
       {QStringLiteral("stall-ms"), QStringLiteral("Longest GUI-thread stall allowed."), QStringLiteral("M")},
       {QStringLiteral("stuck-seconds"), QStringLiteral("Time to become idle."), QStringLiteral("S")},
       {QStringLiteral("settle-every"), QStringLiteral("Steps between idle checks."), QStringLiteral("K")},
       {QStringLiteral("log"), QStringLiteral("Write every step to FILE."), QStringLiteral("FILE")},
       {QStringLiteral("verbose"), QStringLiteral("Print every step.")}});
  if (!parser.parse(arguments)) {
    std::fprintf(stderr, "ui_monkey: %s\n", qPrintable(parser.errorText()));
    return false;
  }
  options->seed = parser.isSet(QStringLiteral("seed"))
                      ? parser.value(QStringLiteral("seed")).toULongLong()
                      : static_cast<std::uint64_t>(QDateTime::currentMSecsSinceEpoch()) % 1000000007ULL;
  if (parser.isSet(QStringLiteral("steps"))) options->steps = parser.value(QStringLiteral("steps")).toInt();
  if (parser.isSet(QStringLiteral("max-seconds")))
    options->maxSeconds = parser.value(QStringLiteral("max-seconds")).toDouble();
  if (parser.isSet(QStringLiteral("stall-ms"))) options->stallMs = parser.value(QStringLiteral("stall-ms")).toDouble();
  if (parser.isSet(QStringLiteral("stuck-seconds")))
    options->stuckSeconds = parser.value(QStringLiteral("stuck-seconds")).toDouble();
  if (parser.isSet(QStringLiteral("settle-every")))
    options->settleEvery = std::max(1, parser.value(QStringLiteral("settle-every")).toInt());
  options->logPath = parser.value(QStringLiteral("log"));
  options->verbose = parser.isSet(QStringLiteral("verbose"));
  return true;
}

class Walk {
 public:
  Walk(const WalkOptions& options, MonkeyContext& context) : m_options(options), m_context(context) {
    for (const MonkeyAction& action : monkeyActions()) {
      m_actions.push_back(action);
      m_totalWeight += action.weight;
    }
    if (!options.logPath.isEmpty()) {
      m_log.setFileName(options.logPath);
      if (!m_log.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        std::fprintf(stderr, "ui_monkey: cannot write %s\n", qPrintable(options.logPath));
    }
  }

  // 0 when the walk ended clean, 1 on a failure (printed).
  int run() {
    QElapsedTimer clock;
    clock.start();
    m_watch.restartStallProbe();
    int step = 0;
    for (; step < m_options.steps; ++step) {
      if (m_options.maxSeconds > 0 && clock.elapsed() > m_options.maxSeconds * 1000.0) break;
      if (const QString problem = check(step); !problem.isEmpty()) return fail(step, problem);
      MonkeyRandom random(m_options.seed * 1000003ULL + static_cast<std::uint64_t>(step));
      m_context.random = &random;
      const MonkeyAction& action = pick(random);
      note(QStringLiteral("%1 %2").arg(step).arg(action.name));
      const double cpuBefore = alexnet::ui::test::threadCpuMs();
      const QString detail = action.run(m_context);
      const double cpuMs = alexnet::ui::test::threadCpuMs() - cpuBefore;  // the action's own GUI-thread time
      if (!detail.isEmpty() || cpuMs >= 50)
        note(QStringLiteral("    %1%2")
                 .arg(detail,
                      cpuMs >= 50 ? QStringLiteral(" [%1 ms on the GUI thread]").arg(cpuMs, 0, 'f', 0) : QString()),
             false);
      ++m_counts[action.name];
      if (action.blocksOnPurpose) m_watch.restartStallProbe();
      QTest::qWait(random.between(0, 40));
      m_context.random = nullptr;
    }
    if (const QString problem = check(step, true); !problem.isEmpty()) return fail(step, problem);
    summary(step, clock.elapsed() / 1000.0);
    return 0;
  }

 private:
  const MonkeyAction& pick(MonkeyRandom& random) {
    int ticket = random.between(0, m_totalWeight - 1);
    for (const MonkeyAction& action : m_actions) {
      if (ticket < action.weight) return action;
      ticket -= action.weight;
    }
    return m_actions.back();
  }

  QString check(int step, bool last = false) {
    if (!m_watch.fatalMessage().isEmpty()) return QStringLiteral("Qt message: ") + m_watch.fatalMessage();
    m_worstBusyGap = std::max(m_worstBusyGap, m_watch.worstBusyGapMs());
    m_worstGap = std::max(m_worstGap, m_watch.worstGapMs());
    if (m_watch.worstBusyGapMs() > m_options.stallMs)
      return QStringLiteral("the GUI thread was busy for %1 ms in one go (limit %2 ms; wall gap %3 ms)")
          .arg(m_watch.worstBusyGapMs(), 0, 'f', 0)
          .arg(m_options.stallMs)
          .arg(m_watch.worstGapMs());
    if (last || (step > 0 && step % m_options.settleEvery == 0)) {
      note(QStringLiteral("%1 settle (stop training, wait until idle)").arg(step));
      const QString reason = settle(*m_context.window, m_options.stuckSeconds);
      ++m_settles;
      if (!reason.isEmpty())
        return QStringLiteral("stuck: after %1 s with nothing to do, %2").arg(m_options.stuckSeconds).arg(reason);
      if (!m_watch.fatalMessage().isEmpty()) return QStringLiteral("Qt message: ") + m_watch.fatalMessage();
    }
    m_watch.restartStallProbe();
    return {};
  }

  void note(const QString& line, bool isStep = true) {
    m_history.push_back(line);
    if (isStep)
      std::snprintf(g_crashLine, sizeof g_crashLine,
                    "\nui_monkey: CRASH at %s (seed %llu); replay: ui_monkey --seed %llu --steps %d\n",
                    qPrintable(line), static_cast<unsigned long long>(m_options.seed),
                    static_cast<unsigned long long>(m_options.seed),
                    static_cast<int>(line.section(QLatin1Char(' '), 0, 0).toInt() + 1));
    if (m_log.isOpen()) {
      m_log.write(line.toUtf8() + '\n');
      m_log.flush();
    }
    if (m_options.verbose) {
      std::printf("%s\n", qPrintable(line));
      std::fflush(stdout);
    }
  }

  int fail(int step, const QString& problem) {
    std::printf("ui_monkey: actions so far (seed %llu):\n", static_cast<unsigned long long>(m_options.seed));
    for (const QString& line : m_history) std::printf("  %s\n", qPrintable(line));
    std::printf("\nui_monkey: FAILED at step %d (seed %llu): %s\n", step,
                static_cast<unsigned long long>(m_options.seed), qPrintable(problem));
    std::printf("ui_monkey: replay with: ui_monkey --seed %llu --steps %d\n",
                static_cast<unsigned long long>(m_options.seed), step + 1);
    std::fflush(stdout);
    return 1;
  }

  void summary(int steps, double seconds) {
    std::printf("ui_monkey: clean: %d steps in %.0f s (seed %llu), %d idle checks, %d dialogs closed\n", steps, seconds,
                static_cast<unsigned long long>(m_options.seed), m_settles, m_watch.dialogsClosed());
    std::printf("ui_monkey: worst GUI-thread busy gap %.0f ms (limit %.0f), worst wall gap %lld ms\n", m_worstBusyGap,
                m_options.stallMs, static_cast<long long>(m_worstGap));
    QStringList counts;
    for (const auto& [name, count] : m_counts) counts << QStringLiteral("%1 %2").arg(name).arg(count);
    std::printf("ui_monkey: actions: %s\n", qPrintable(counts.join(QStringLiteral(", "))));
    const auto warnings = m_watch.warnings();
    for (auto it = warnings.begin(); it != warnings.end(); ++it)
      std::printf("ui_monkey: warning ×%d: %s\n", it.value(), qPrintable(it.key()));
    std::fflush(stdout);
  }

  const WalkOptions& m_options;
  MonkeyContext& m_context;
  MonkeyWatch m_watch;
  std::vector<MonkeyAction> m_actions;
  int m_totalWeight = 0;
  QStringList m_history;
  QFile m_log;
  std::map<QString, int> m_counts;
  double m_worstBusyGap = 0;
  qint64 m_worstGap = 0;
  int m_settles = 0;
};

}  // namespace

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  QStandardPaths::setTestModeEnabled(true);
  QCoreApplication::setOrganizationName(QStringLiteral("AlexNetLabTest"));
  QCoreApplication::setApplicationName(QStringLiteral("ui_monkey"));
  QSettings().clear();
  WalkOptions options;
  if (!parse(app.arguments(), &options)) return 2;
#if !defined(__SANITIZE_ADDRESS__)
  for (int signal : {SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL}) std::signal(signal, onCrash);  // ASan reports its own
#endif
  std::printf("ui_monkey: seed %llu, %d steps%s, stall limit %.0f ms, idle within %.0f s every %d steps\n",
              static_cast<unsigned long long>(options.seed), options.steps,
              options.maxSeconds > 0 ? qPrintable(QStringLiteral(" (at most %1 s)").arg(options.maxSeconds)) : "",
              options.stallMs, options.stuckSeconds, options.settleEvery);
  std::fflush(stdout);

  QTemporaryDir folder;
  MonkeyContext context;
  QString error;
  if (!folder.isValid() || !makeMonkeyFiles(folder.path(), &context.files, &error)) {
    std::fprintf(stderr, "ui_monkey: %s\n", qPrintable(error));
    return 2;
  }
  context.runsDirectory = folder.filePath(QStringLiteral("runs"));
  context.dataDirectory = defaultDataDirectory();
  MonkeyRandom answers(options.seed ^ 0x5eedULL);  // how the language question is answered
  context.rebuildWindow = [&] {
    context.window.reset();  // its workers stop and join here
    context.window = std::make_unique<MainWindow>(MainWindowOptions{.persistSettings = false, .restart = [] {}});
    MainWindow* window = context.window.get();
    QObject::connect(window->languageMenu(), &LanguageMenu::restartOffered, window, [&answers](QMessageBox* question) {
      const auto buttons = question->buttons();
      if (!buttons.isEmpty()) answers.pick(buttons)->click();  // Restart now (does nothing) or Later
    });
    window->trainingPanel()->setRunsDirectory(context.runsDirectory);
    window->trainingPanel()->setDataDirectory(context.dataDirectory);
    window->inspectPanel()->setModelKey(QStringLiteral("lenet"));
    window->inspectPanel()->inputPanel()->useSample(0);
    window->show();
  };
  context.rebuildWindow();
  Walk walk(options, context);
  const int result = walk.run();
  context.window.reset();
  return result;
}
