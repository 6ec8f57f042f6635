#include "ui/evaluate/confusion_page.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

#include "ui/evaluate/class_accuracy_bars.h"
#include "ui/evaluate/confusion_gallery.h"
#include "ui/evaluate/confusion_matrix_view.h"
#include "ui/evaluate/evaluation_weights_box.h"
#include "ui/inspect/probability_bars.h"

namespace alexnet::ui {

namespace {

const char* const kDefaultWeights[ConfusionPage::kRuns] = {"lenet-d2l", "alexnet-224"};

}  // namespace

ConfusionPage::ConfusionPage(QWidget* parent)
    : QWidget(parent),
      m_compare(new QCheckBox(tr("Compare with"), this)),
      m_evaluate(new QPushButton(tr("Evaluate"), this)),
      m_cancel(new QPushButton(tr("Cancel"), this)),
      m_progress(new QProgressBar(this)),
      m_status(new QLabel(this)),
      m_bars(new ClassAccuracyBars(this)),
      m_gallery(new ConfusionGallery(this)),
      m_evaluator(new ConfusionEvaluator(this)) {
  for (int run = 0; run < kRuns; ++run) {
    m_boxes[run] = new EvaluationWeightsBox(this);
    m_boxes[run]->setObjectName(QStringLiteral("confusionWeights%1").arg(run));
    m_boxes[run]->choose(QString::fromLatin1(kDefaultWeights[run]));
    m_matrices[run] = new ConfusionMatrixView(this);
    m_matrices[run]->setObjectName(QStringLiteral("confusionMatrix%1").arg(run));
    m_matrices[run]->setAccent(ClassAccuracyBars::runColor(run));
    connect(m_boxes[run], &EvaluationWeightsBox::weightsChosen, this, &ConfusionPage::choicesChanged);
    connect(m_matrices[run], &ConfusionMatrixView::cellClicked, this,
            [this, run](int t, int p) { showCell(run, t, p); });
  }
  m_compare->setChecked(true);
  m_compare->setToolTip(tr("Evaluate a second network on the same test images, side by side"));
  m_evaluate->setToolTip(tr("Run the chosen networks over the Fashion-MNIST test images"));
  m_cancel->setEnabled(false);
  m_progress->setRange(0, 1);
  m_progress->setValue(0);
  m_progress->setTextVisible(true);
  m_progress->setMinimumWidth(160);
  m_status->setWordWrap(true);
  m_status->setObjectName(QStringLiteral("confusionStatus"));

  auto* controls = new QHBoxLayout;
  controls->addWidget(new QLabel(tr("Network:"), this));
  controls->addWidget(m_boxes[0], 1);
  controls->addWidget(m_compare);
  controls->addWidget(m_boxes[1], 1);
  controls->addWidget(m_evaluate);
  controls->addWidget(m_cancel);
  controls->addWidget(m_progress);

  auto* matrices = new QWidget(this);
  auto* matricesLayout = new QHBoxLayout(matrices);
  matricesLayout->setContentsMargins(0, 0, 0, 0);
  for (ConfusionMatrixView* view : m_matrices) matricesLayout->addWidget(view, 1);
  auto* top = new QSplitter(Qt::Horizontal, this);
  top->addWidget(matrices);
  top->addWidget(m_bars);
  top->setStretchFactor(0, 3);
  top->setStretchFactor(1, 1);
  top->setChildrenCollapsible(false);
  auto* vertical = new QSplitter(Qt::Vertical, this);
  vertical->addWidget(top);
  vertical->addWidget(m_gallery);
  vertical->setStretchFactor(0, 3);
  vertical->setStretchFactor(1, 1);
  vertical->setChildrenCollapsible(false);
  m_gallery->setMinimumHeight(120);

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);
  layout->addLayout(controls);
  layout->addWidget(m_status);
  layout->addWidget(vertical, 1);

  connect(m_compare, &QCheckBox::toggled, this, &ConfusionPage::choicesChanged);
  connect(m_evaluate, &QPushButton::clicked, this, &ConfusionPage::start);
  connect(m_cancel, &QPushButton::clicked, this, &ConfusionPage::cancel);
  connect(m_evaluator, &ConfusionEvaluator::progress, this, &ConfusionPage::onProgress);
  connect(m_evaluator, &ConfusionEvaluator::runFinished, this, &ConfusionPage::onRunFinished);
  connect(m_evaluator, &ConfusionEvaluator::runningChanged, this, &ConfusionPage::onRunningChanged);
  connect(m_gallery, &ConfusionGallery::imageClicked, this, [this](int testIndex) {
    if (m_galleryRun < 0) return;
    emit openInInspectRequested(testIndex, outcome(m_galleryRun).request.checkpointPath);
  });
  for (int run = 0; run < kRuns; ++run) showOutcome(run);
  m_gallery->clear(tr("Click a cell of a matrix to see its test images here."));
  m_status->setText(
      tr("Rows: the true class; columns: what the network predicted. A cell's colour is its share "
         "of the row, so bright cells off the diagonal are the classes the network confuses."));
}

bool ConfusionPage::setWeights(int run, const QString& idOrPath) {
  if (!m_boxes[run]->choose(idOrPath)) return false;
  choicesChanged();
  return true;
}

QString ConfusionPage::weightsPath(int run) const { return m_boxes[run]->currentPath(); }

void ConfusionPage::setCompare(bool compare) { m_compare->setChecked(compare); }

bool ConfusionPage::isCompare() const { return m_compare->isChecked(); }

void ConfusionPage::setLimit(int limit) { m_limit = std::max(0, limit); }

void ConfusionPage::setDataDirectory(const QString& dir) { m_dataDir = dir; }

bool ConfusionPage::isBusy() const { return m_evaluator->isRunning(); }

QString ConfusionPage::statusText() const { return m_status->text(); }

QString ConfusionPage::cacheKey(int run) const {
  return weightsPath(run) + QLatin1Char('|') + QString::number(m_limit) + QLatin1Char('|') + m_dataDir;
}

void ConfusionPage::showEvent(QShowEvent* event) {
  QWidget::showEvent(event);
  if (m_autoStart && !m_started) start();
}

void ConfusionPage::choicesChanged() {
  m_boxes[1]->setEnabled(isCompare() && !isBusy());
  if (m_started && !isBusy()) start();  // already looked at: show the new choice right away
}

void ConfusionPage::start() {
  if (isBusy()) return;
  m_started = true;
  m_cancelled = false;
  QVector<ConfusionRequest> requests;
  m_pendingRuns.clear();
  for (int run = 0; run < kRuns; ++run) {
    ConfusionOutcome& slot = m_outcomes[static_cast<std::size_t>(run)];
    if (run == 1 && !isCompare()) {
      slot = ConfusionOutcome{};
      showOutcome(run);
      continue;
    }
    if (const auto cached = m_finished.constFind(cacheKey(run)); cached != m_finished.constEnd()) {
      slot = *cached;
      showOutcome(run);
      continue;
    }
    slot = ConfusionOutcome{};
    slot.request = {.checkpointPath = weightsPath(run),
                    .label = m_boxes[run]->currentLabel(),
                    .limit = m_limit,
                    .dataDir = m_dataDir};
    if (slot.request.checkpointPath.isEmpty()) {
      slot.error = tr("no weights chosen");
      showOutcome(run);
      continue;
    }
    m_pendingRuns.append(run);
    requests.append(slot.request);
    m_matrices[run]->showMessage(runTitle(run), tr("Waiting to be evaluated…"));
  }
  m_galleryRun = -1;
  m_gallery->clear(tr("Click a cell of a matrix to see its test images here."));
  refreshBars();
  if (requests.isEmpty()) {
    for (int run = 0; run < kRuns; ++run) selectLargestConfusion(run);
    return;
  }
  m_progress->setRange(0, 1);
  m_progress->setValue(0);
  m_evaluator->start(requests);
}

void ConfusionPage::cancel() {
  if (!isBusy()) return;
  m_cancelled = true;
  m_evaluator->cancel();
  m_status->setText(tr("Cancelling…"));
}

void ConfusionPage::onProgress(int index, qint64 done, qint64 total) {
  const int run = m_pendingRuns.value(index, 0);
  m_progress->setRange(0, static_cast<int>(std::max<qint64>(1, total)));
  m_progress->setValue(static_cast<int>(done));
  // The bar shows a percentage; which network and how many images go in the status line, which has the
  // row's width (a model name such as "AlexNet, d2l layers, narrower, test acc 0.899" does not fit the bar).
  m_progress->setFormat(QStringLiteral("%p%"));
  if (m_cancelled) return;  // "Cancelling…" stays until the run ends
  m_status->setText(tr("Evaluating on the Fashion-MNIST test images…") + QLatin1Char(' ') +
                    tr("%1: %2 of %3 images").arg(runTitle(run)).arg(done).arg(total));
  m_matrices[run]->showMessage(runTitle(run), tr("Evaluating… %1 of %2 test images").arg(done).arg(total));
}

void ConfusionPage::onRunFinished(int index, const ConfusionOutcome& result) {
  const int run = m_pendingRuns.value(index, 0);
  m_outcomes[static_cast<std::size_t>(run)] = result;
  if (result.complete()) m_finished.insert(cacheKey(run), result);
  showOutcome(run);
  refreshBars();
  selectLargestConfusion(run);
}

void ConfusionPage::onRunningChanged(bool running) {
  m_evaluate->setEnabled(!running);
  m_cancel->setEnabled(running);
  for (EvaluationWeightsBox* box : m_boxes) box->setEnabled(!running);
  m_boxes[1]->setEnabled(!running && isCompare());
  m_compare->setEnabled(!running);
  if (running) {
    m_status->setText(tr("Evaluating on the Fashion-MNIST test images…"));
    return;
  }
  m_progress->setFormat(QStringLiteral("%p%"));
  m_progress->setRange(0, 1);
  m_progress->setValue(m_cancelled ? 0 : 1);
  QStringList parts;
  for (int run = 0; run < kRuns; ++run) {
    const ConfusionOutcome& result = outcome(run);
    if (result.complete())
      parts << tr("%1 %2% correct").arg(result.modelName, QLocale().toString(100.0 * result.accuracy, 'f', 1));
  }
  if (m_cancelled)
    m_status->setText(tr("Cancelled. Nothing partial is shown; press Evaluate to run again."));
  else if (!parts.isEmpty())
    m_status->setText(tr("Evaluated: %1. Click a cell to see its images, most confident first.")
                          .arg(parts.join(QStringLiteral(" · "))));
  emit statusMessage(m_status->text());
}

QString ConfusionPage::runTitle(int run) const {
  const ConfusionOutcome& result = outcome(run);
  QString name = !result.modelName.isEmpty() ? result.modelName : m_boxes[run]->currentLabel();
  if (!result.complete()) return name;
  return tr("%1: %2% correct on %3 test images")
      .arg(name, QLocale().toString(100.0 * result.accuracy, 'f', 1),
           QLocale().toString(static_cast<qint64>(result.predictions.items.size())));
}

void ConfusionPage::showOutcome(int run) {
  const ConfusionOutcome& result = outcome(run);
  ConfusionMatrixView* view = m_matrices[run];
  view->setVisible(run == 0 || isCompare());
  view->setToolTip(result.request.label);
  if (result.complete())
    view->setMatrix(runTitle(run), result.confusion, fashionClassNames());
  else if (!result.error.isEmpty())
    view->showMessage(runTitle(run), tr("Could not evaluate: %1").arg(result.error));
  else if (result.cancelled)
    view->showMessage(runTitle(run), tr("Cancelled: press Evaluate to run it again."));
  else
    view->showMessage(runTitle(run), tr("Not evaluated yet: press Evaluate."));
  if (m_galleryRun == run) {
    m_galleryRun = -1;
    m_gallery->clear(tr("Click a cell of a matrix to see its test images here."));
  }
}

void ConfusionPage::refreshBars() {
  QStringList names;
  QVector<QVector<double>> accuracy;
  for (int run = 0; run < kRuns; ++run) {
    if (run == 1 && !isCompare()) break;
    const ConfusionOutcome& result = outcome(run);
    names << (result.modelName.isEmpty() ? m_boxes[run]->currentLabel() : result.modelName);
    accuracy.append(result.complete() ? result.perClassAccuracy : QVector<double>{});
  }
  m_bars->setRuns(names, accuracy, fashionClassNames());
}

// The first run to finish opens its most frequent mistake, so the page never starts empty.
void ConfusionPage::selectLargestConfusion(int run) {
  const ConfusionOutcome& result = outcome(run);
  if (m_galleryRun >= 0 || !result.complete()) return;
  int bestTrue = -1, bestPredicted = -1;
  qint64 best = 0;
  for (int t = 0; t < result.confusion.size(); ++t)
    for (int p = 0; p < result.confusion[t].size(); ++p)
      if (t != p && result.confusion[t][p] > best) {
        best = result.confusion[t][p];
        bestTrue = t;
        bestPredicted = p;
      }
  if (bestTrue >= 0) showCell(run, bestTrue, bestPredicted);
}

void ConfusionPage::showCell(int run, int trueClass, int predictedClass) {
  const ConfusionOutcome& result = outcome(run);
  if (!result.complete()) return;
  for (int other = 0; other < kRuns; ++other)
    m_matrices[other]->setSelectedCell(other == run ? trueClass : -1, other == run ? predictedClass : -1);
  m_galleryRun = run;
  const QStringList names = fashionClassNames();
  const std::vector<TestPrediction> cell = cellPredictions(result.predictions, trueClass, predictedClass);
  const QString count = QLocale().toString(static_cast<qint64>(cell.size()));
  const QString heading =
      trueClass == predictedClass
          ? tr("%1 recognised as %1 by %2: %3 images, most confident first. Click one to open it in Inspect.")
                .arg(names.value(trueClass), result.modelName, count)
          : tr("%1 taken for %2 by %3: %4 images, most confident first. Click one to open it in Inspect.")
                .arg(names.value(trueClass), names.value(predictedClass), result.modelName, count);
  m_gallery->showCell(heading, cell, result.images);
}

}  // namespace alexnet::ui
