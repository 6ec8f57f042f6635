#pragma once
// MainWindow — wiring only: the six tabs (Architecture, Inspect, Shapes, Training, Network, Evaluate), menus,
// toolbar, shortcuts, status bar and persisted settings. Each screen is its own panel class; the
// panels talk through the shared LayerSelection, never through this window.
#include <QMainWindow>
#include <functional>

class QActionGroup;
class QLabel;
class QMenu;
class QTabWidget;

namespace alexnet::ui {

class ArchitecturePanel;
class EvaluatePanel;
class InspectPanel;
class LanguageMenu;
class LayerSelection;
class NetworkEditorPanel;
class ShapesPanel;
class TrainingPanel;

struct MainWindowOptions {
  bool persistSettings = true;         // false in screenshot mode: read nothing, write nothing
  std::function<void()> restart = {};  // the Language menu's "Restart now"; empty: restartApplication (language_menu.h)
};

class MainWindow : public QMainWindow {
  Q_OBJECT
 public:
  // The window's minimum size (bounded by the screen): no widget may need more (issue 18, Layout).
  static constexpr int kMinimumWidth = 1024;
  static constexpr int kMinimumHeight = 700;

  explicit MainWindow(const MainWindowOptions& options = {}, QWidget* parent = nullptr);
  ~MainWindow() override;

  LayerSelection* selection() const { return m_selection; }
  ArchitecturePanel* architecturePanel() const { return m_architecture; }
  InspectPanel* inspectPanel() const { return m_inspect; }
  ShapesPanel* shapesPanel() const { return m_shapes; }
  TrainingPanel* trainingPanel() const { return m_training; }
  NetworkEditorPanel* networkPanel() const { return m_network; }
  EvaluatePanel* evaluatePanel() const { return m_evaluate; }
  QTabWidget* tabs() const { return m_tabs; }
  LanguageMenu* languageMenu() const { return m_languageMenu; }
  QStringList recentFiles() const { return m_recentFiles; }
  QMenu* recentMenu() const { return m_recentMenu; }

  // "architecture", "inspect", "shapes", "training", "network", "evaluate", or an Evaluate page
  // ("confusion", …: EvaluatePanel::pageNames()); false if unknown.
  bool showTab(const QString& name);
  QString currentTabName() const;
  bool isBusy() const;  // a worker is computing or code is being read (screenshot mode waits for this)

  static QStringList tabNames();

 public slots:
  void addRecentFile(const QString& path);

 protected:
  void closeEvent(QCloseEvent* event) override;

 private:
  void createActions();
  void rebuildRecentMenu();
  void openRecent(const QString& path);  // a file that is gone leaves the list
  void saveSettings();
  void restoreSettings();

  MainWindowOptions m_options;
  LayerSelection* m_selection;
  QTabWidget* m_tabs;
  ArchitecturePanel* m_architecture;
  InspectPanel* m_inspect;
  ShapesPanel* m_shapes;
  TrainingPanel* m_training;
  NetworkEditorPanel* m_network;
  EvaluatePanel* m_evaluate;
  QMenu* m_recentMenu = nullptr;
  LanguageMenu* m_languageMenu = nullptr;
  QStringList m_recentFiles;
  QLabel* m_busyLabel;
};

}  // namespace alexnet::ui
