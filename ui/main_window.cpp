#include "ui/main_window.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>

#include "alexnet/core/exec/isa.h"
#include "ui/architecture/architecture_panel.h"
#include "ui/architecture/architecture_view.h"
#include "ui/evaluate/evaluate_panel.h"
#include "ui/inspect/input_panel.h"
#include "ui/inspect/inspect_panel.h"
#include "ui/file_locations.h"
#include "ui/language_menu.h"
#include "ui/layer_selection.h"
#include "ui/network/network_editor_panel.h"
#include "ui/shapes/shapes_panel.h"
#include "ui/training/training_panel.h"

namespace alexnet::ui {
namespace {
constexpr int kMaxRecentFiles = 8;
bool isCheckpointPath(const QString& path) {
  return path.endsWith(QStringLiteral(".safetensors"), Qt::CaseInsensitive);
}
}  // namespace

QStringList MainWindow::tabNames() {
  return {QStringLiteral("architecture"), QStringLiteral("inspect"), QStringLiteral("shapes"),
          QStringLiteral("training"), QStringLiteral("network"), QStringLiteral("evaluate")};
}

MainWindow::MainWindow(const MainWindowOptions& options, QWidget* parent)
    : QMainWindow(parent),
      m_options(options),
      m_selection(new LayerSelection(this)),
      m_tabs(new QTabWidget(this)),
      m_architecture(new ArchitecturePanel(m_selection, this)),
      m_inspect(new InspectPanel(m_selection, this)),
      m_shapes(new ShapesPanel(m_selection, this)),
      m_training(new TrainingPanel(this)),
      m_network(new NetworkEditorPanel(this)),
      m_evaluate(new EvaluatePanel(this)),
      m_busyLabel(new QLabel(this)) {
  setWindowTitle(tr("AlexNet Lab"));
  setObjectName(QStringLiteral("mainWindow"));
  m_tabs->addTab(m_architecture, tr("Architecture"));
  m_tabs->addTab(m_inspect, tr("Inspect"));
  m_tabs->addTab(m_shapes, tr("Shapes"));
  m_tabs->addTab(m_training, tr("Training"));
  m_tabs->addTab(m_network, tr("Network"));
  m_tabs->addTab(m_evaluate, tr("Evaluate"));
  m_tabs->setDocumentMode(true);
  setCentralWidget(m_tabs);

  statusBar()->addPermanentWidget(m_busyLabel);
  connect(m_inspect, &InspectPanel::busyChanged, this,
          [this](bool busy) { m_busyLabel->setText(busy ? tr("Computing…") : QString()); });
  connect(m_inspect, &InspectPanel::statusMessage, this,
          [this](const QString& text) { statusBar()->showMessage(text, 5000); });
  connect(m_inspect, &InspectPanel::errorOccurred, this,
          [this](const QString& text) { statusBar()->showMessage(text, 10000); });
  connect(m_inspect, &InspectPanel::recentFileUsed, this, &MainWindow::addRecentFile);
  connect(m_inspect, &InspectPanel::recentFileUsed, this, [this](const QString& path) {
    if (m_options.persistSettings && !isCheckpointPath(path)) rememberImageFolder(path);
  });
  connect(m_training, &TrainingPanel::openCheckpointRequested, this, [this](const QString& path) {
    m_inspect->loadCheckpoint(path);
    showTab(QStringLiteral("inspect"));
  });
  // The Network screen's code goes to Inspect (untrained) or to the Training form.
  connect(m_network, &NetworkEditorPanel::inspectRequested, this, [this](const ModelConfig& config) {
    m_inspect->showCodeModel(config);
    showTab(QStringLiteral("inspect"));
  });
  connect(m_network, &NetworkEditorPanel::trainRequested, this, [this](const ModelConfig& config) {
    m_training->setCodeModel(config);
    showTab(QStringLiteral("training"));
  });
  connect(m_network, &NetworkEditorPanel::statusMessage, this,
          [this](const QString& text) { statusBar()->showMessage(text, 5000); });
  connect(m_evaluate, &EvaluatePanel::statusMessage, this,
          [this](const QString& text) { statusBar()->showMessage(text, 5000); });
  connect(m_evaluate, &EvaluatePanel::openInInspectRequested, this, [this](int sample, const QString& weights) {
    if (!weights.isEmpty() && weights != m_inspect->weightsPath()) m_inspect->loadCheckpoint(weights);
    m_inspect->inputPanel()->useSample(sample);
    showTab(QStringLiteral("inspect"));
  });
  connect(m_architecture, &ArchitecturePanel::statusMessage, this,
          [this](const QString& text) { statusBar()->showMessage(text, 5000); });
  connect(m_selection, &LayerSelection::selectionChanged, this, [this](const QString& family, int layer) {
    statusBar()->showMessage(
        layer < 0 ? tr("Selected: %1 input image").arg(family) : tr("Selected: %1 layer %2").arg(family).arg(layer),
        4000);
  });

  createActions();
  // The smallest size the screens are laid out for (every control keeps its size; bigger feature
  // grids scroll), unless the screen itself is smaller.
  const QSize smallest(kMinimumWidth, kMinimumHeight);
  setMinimumSize(screen() ? smallest.boundedTo(screen()->availableGeometry().size()) : smallest);
  if (m_options.persistSettings) {
    m_inspect->setPersistentChoices(true);
    m_network->setPersistent(true);
    restoreSettings();
  }
  if (!m_options.persistSettings) resize(1400, 900);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions() {
  auto* fileMenu = menuBar()->addMenu(tr("&File"));
  QAction* openImage = fileMenu->addAction(tr("Open &image…"), this, [this] {
    showTab(QStringLiteral("inspect"));
    m_inspect->inputPanel()->openImageDialog();
  });
  openImage->setShortcut(QKeySequence::Open);
  QAction* openCheckpoint = fileMenu->addAction(tr("Open &checkpoint…"), m_inspect, [this] {
    showTab(QStringLiteral("inspect"));
    m_inspect->openCheckpointDialog();
  });
  openCheckpoint->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
  m_recentMenu = fileMenu->addMenu(tr("&Recent files"));
  QAction* paste = fileMenu->addAction(tr("&Paste image"), m_inspect, [this] {
    showTab(QStringLiteral("inspect"));
    m_inspect->pasteImage();
  });
  paste->setShortcut(QKeySequence::Paste);
  fileMenu->addAction(tr("Fashion-MNIST &folder…"), this, [this] {
    QSettings settings;
    const QString current = settings.value(QStringLiteral("data/directory"), defaultDataDirectory()).toString();
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Fashion-MNIST folder"), current);
    if (dir.isEmpty()) return;
    settings.setValue(QStringLiteral("data/directory"), dir);
    QMessageBox::information(this, tr("Fashion-MNIST folder"),
                             tr("The test samples are read from %1 the next time AlexNet Lab starts.").arg(dir));
  });
  fileMenu->addAction(tr("Open &run log…"), this, [this] {
    showTab(QStringLiteral("training"));
    m_training->openRunLogDialog();
  });
  fileMenu->addSeparator();
  QAction* exportDiagram =
      fileMenu->addAction(tr("&Export diagram…"), m_architecture, &ArchitecturePanel::exportDiagram);
  exportDiagram->setShortcut(QKeySequence(tr("Ctrl+E")));
  fileMenu->addSeparator();
  QAction* quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
  quit->setShortcut(QKeySequence::Quit);

  auto* viewMenu = menuBar()->addMenu(tr("&View"));
  const QStringList tabTitles{tr("&Architecture"), tr("&Inspect"), tr("&Shapes"), tr("&Training"), tr("&Network"),
                                  tr("&Evaluate")};
  for (int i = 0; i < tabTitles.size(); ++i) {
    QAction* action = viewMenu->addAction(tabTitles[i], this, [this, i] { m_tabs->setCurrentIndex(i); });
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
  }
  viewMenu->addSeparator();
  ArchitectureView* diagram = m_architecture->view();
  viewMenu->addAction(tr("Zoom &in"), diagram, &ArchitectureView::zoomIn)->setShortcut(QKeySequence::ZoomIn);
  viewMenu->addAction(tr("Zoom &out"), diagram, &ArchitectureView::zoomOut)->setShortcut(QKeySequence::ZoomOut);
  viewMenu->addAction(tr("&Fit diagram"), diagram, &ArchitectureView::fitAll)->setShortcut(QKeySequence(tr("Ctrl+0")));
  viewMenu->addSeparator();
  QAction* sideBySide = viewMenu->addAction(tr("LeNet and AlexNet side &by side"));
  sideBySide->setCheckable(true);
  connect(sideBySide, &QAction::toggled, m_inspect, &InspectPanel::setCompare);

  auto* runMenu = menuBar()->addMenu(tr("&Run"));
  QAction* step = runMenu->addAction(tr("&Step"), m_inspect, &InspectPanel::step);
  step->setShortcuts({QKeySequence(Qt::Key_Right), QKeySequence(tr("Ctrl+Right"))});
  QAction* back = runMenu->addAction(tr("&Back"), m_inspect, &InspectPanel::back);
  back->setShortcuts({QKeySequence(Qt::Key_Left), QKeySequence(tr("Ctrl+Left"))});
  QAction* runAll = runMenu->addAction(tr("Run to &end"), m_inspect, &InspectPanel::runToEnd);
  runAll->setShortcut(QKeySequence(Qt::Key_End));
  QAction* reset = runMenu->addAction(tr("&Reset"), m_inspect, &InspectPanel::reset);
  reset->setShortcut(QKeySequence(Qt::Key_Home));
  QAction* play = runMenu->addAction(tr("&Auto-play"));
  play->setShortcut(QKeySequence(Qt::Key_Space));
  connect(play, &QAction::triggered, m_inspect, [this] { m_inspect->setAutoPlay(!m_inspect->isAutoPlaying()); });

  m_languageMenu = new LanguageMenu(menuBar()->addMenu(tr("&Language")), this, {.restart = m_options.restart});

  auto* helpMenu = menuBar()->addMenu(tr("&Help"));
  helpMenu->addAction(tr("&Trained and untrained weights"), this, [this] {
    QMessageBox::information(
        this, tr("Trained and untrained weights"),
        tr("<p>AlexNet Lab starts with <b>trained</b> networks that ship with it: LeNet trained with d2l's recipe "
           "and an AlexNet with d2l's layer sequence (narrower, so it trains on a CPU), both made by "
           "<tt>alexnet-lab train</tt>.</p><p>The <b>Weights</b> list on the Inspect screen also offers your own "
           "runs (with their accuracy and date), <b>untrained</b> weights (random Xavier values: the maps are noise "
           "and every class is near 10 %) and any checkpoint file. <b>Untrained vs trained</b> shows both on the "
           "same image.</p><p>Runs from the Training screen or <tt>alexnet-lab train</tt> are saved in the runs "
           "folder under a readable name; <b>Continue…</b> picks a stopped run up where it stopped. "
           "<tt>alexnet-lab weights</tt> lists everything.</p>"));
  });
  helpMenu->addAction(tr("&About AlexNet Lab"), this, [this] {
    QMessageBox::about(this, tr("About AlexNet Lab"),
                       tr("<h3>AlexNet Lab</h3><p>Watch LeNet and AlexNet (the networks of the d2l AlexNet chapter) "
                          "work layer by layer on your own image.</p><p>Keys: → step, ← back, End run to end, "
                          "Home reset, Space auto-play, Ctrl+1…6 switch screens.</p>") +
                           tr("<p>Kernels: %1 (chosen for this CPU; ALEXNET_ISA=avx2 or generic picks a lower "
                              "path).</p>")
                               .arg(QString::fromUtf8(std::string(isaName(activeIsa())).c_str())));
  });
  helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

  QToolBar* toolbar = addToolBar(tr("Main"));
  toolbar->setObjectName(QStringLiteral("mainToolbar"));
  toolbar->setMovable(false);
  toolbar->addAction(openImage);
  toolbar->addAction(openCheckpoint);
  toolbar->addSeparator();
  toolbar->addAction(reset);
  toolbar->addAction(back);
  toolbar->addAction(step);
  toolbar->addAction(runAll);
  toolbar->addSeparator();
  toolbar->addAction(exportDiagram);
  viewMenu->addSeparator();
  viewMenu->addAction(toolbar->toggleViewAction());
  rebuildRecentMenu();
}

bool MainWindow::showTab(const QString& name) {
  if (m_evaluate->page(name)) {  // an Evaluate page: that screen, at that page
    m_evaluate->showPage(name);
    m_tabs->setCurrentWidget(m_evaluate);
    return true;
  }
  const qsizetype index = tabNames().indexOf(name);
  if (index < 0) return false;
  m_tabs->setCurrentIndex(static_cast<int>(index));
  return true;
}

QString MainWindow::currentTabName() const { return tabNames().value(m_tabs->currentIndex()); }

bool MainWindow::isBusy() const {
  return m_inspect->isBusy() || m_network->isBusy() || m_evaluate->isBusy() || m_shapes->isBusy() ||
         m_architecture->isBusy();
}

void MainWindow::addRecentFile(const QString& path) {
  m_recentFiles.removeAll(path);
  m_recentFiles.prepend(path);
  while (m_recentFiles.size() > kMaxRecentFiles) m_recentFiles.removeLast();
  rebuildRecentMenu();
  if (m_options.persistSettings) QSettings().setValue(QStringLiteral("recentFiles"), m_recentFiles);
}

void MainWindow::rebuildRecentMenu() {
  m_recentMenu->clear();
  for (const QString& path : m_recentFiles)
    m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openRecent(path); })->setToolTip(path);
  m_recentMenu->setEnabled(!m_recentFiles.isEmpty());
}

void MainWindow::openRecent(const QString& path) {
  showTab(QStringLiteral("inspect"));
  if (!QFileInfo(path).isFile()) {  // moved or deleted since: say so and forget it
    m_recentFiles.removeAll(path);
    rebuildRecentMenu();
    if (m_options.persistSettings) QSettings().setValue(QStringLiteral("recentFiles"), m_recentFiles);
    statusBar()->showMessage(tr("%1 is no longer there.").arg(QFileInfo(path).fileName()), 10000);
    return;
  }
  if (isCheckpointPath(path))
    m_inspect->loadCheckpoint(path);
  else
    m_inspect->openImage(path);
}

void MainWindow::restoreSettings() {
  QSettings settings;
  if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) resize(1400, 900);
  restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
  m_recentFiles = settings.value(QStringLiteral("recentFiles")).toStringList();
  rebuildRecentMenu();
  const QString model = settings.value(QStringLiteral("inspect/model")).toString();
  if (!model.isEmpty())
    m_inspect->setModelKey(model);  // and that model's weights (WeightsChooser keeps them per model)
  // The input: the image file last shown if it is still there, else the Fashion-MNIST sample.
  const QString image = settings.value(QStringLiteral("inspect/image")).toString();
  const int sample = settings.value(QStringLiteral("inspect/sample"), -1).toInt();
  if (!image.isEmpty() && QFileInfo(image).isFile())
    m_inspect->openImage(image);
  else if (sample >= 0)
    m_inspect->inputPanel()->useSample(sample);
  showTab(settings.value(QStringLiteral("window/tab"), QStringLiteral("architecture")).toString());
}

void MainWindow::saveSettings() {
  if (!m_options.persistSettings) return;
  QSettings settings;
  settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
  settings.setValue(QStringLiteral("window/state"), saveState());
  settings.setValue(QStringLiteral("window/tab"), currentTabName());
  settings.setValue(QStringLiteral("inspect/model"), m_inspect->modelKey());
  settings.setValue(QStringLiteral("inspect/image"), m_inspect->inputPanel()->imagePath());
  settings.setValue(QStringLiteral("inspect/sample"), m_inspect->inputPanel()->sampleIndex());
  settings.setValue(QStringLiteral("recentFiles"), m_recentFiles);
}

void MainWindow::closeEvent(QCloseEvent* event) {
  if (!m_training->confirmClose()) {
    event->ignore();
    return;
  }
  saveSettings();
  event->accept();
}

}  // namespace alexnet::ui
