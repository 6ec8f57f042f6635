#include "ui/shapes/shapes_panel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include "ui/charts/memory_batch_chart.h"
#include "ui/layer_selection.h"
#include "ui/model_catalog.h"
#include "ui/shape_report_builder.h"
#include "ui/shapes/shape_table_model.h"
#include "ui/shapes/shape_table_pane.h"

namespace alexnet::ui {

ShapesPanel::ShapesPanel(LayerSelection* selection, QWidget* parent)
    : QWidget(parent),
      m_selection(selection),
      m_chooser(new QComboBox(this)),
      m_compareChooser(new QComboBox(this)),
      m_primary(new ShapeTablePane(this)),
      m_compare(new ShapeTablePane(this)),
      m_chart(new MemoryBatchChart(this)),
      m_reports(new ShapeReportBuilder(this)) {
  setObjectName(QStringLiteral("shapesPanel"));
  m_compareChooser->addItem(tr("none"), QString());
  for (const ModelChoice& choice : modelChoices(true)) {
    m_chooser->addItem(choice.displayName, choice.key);
    m_compareChooser->addItem(choice.displayName, choice.key);
  }
  m_chooser->setObjectName(QStringLiteral("shapesModelChooser"));
  m_compareChooser->setObjectName(QStringLiteral("shapesCompareChooser"));
  m_compare->setObjectName(QStringLiteral("shapesCompareTable"));
  m_compare->hide();

  auto* top = new QHBoxLayout;
  top->addWidget(new QLabel(tr("Model:"), this));
  top->addWidget(m_chooser);
  top->addSpacing(16);
  top->addWidget(new QLabel(tr("Compare with:"), this));
  top->addWidget(m_compareChooser);
  top->addStretch(1);

  auto* tables = new QWidget(this);
  auto* tablesLayout = new QHBoxLayout(tables);
  tablesLayout->setContentsMargins(0, 0, 0, 0);
  tablesLayout->addWidget(m_primary, 1);
  tablesLayout->addWidget(m_compare, 1);

  auto* splitter = new QSplitter(Qt::Vertical, this);
  splitter->setChildrenCollapsible(false);
  splitter->addWidget(tables);
  splitter->addWidget(m_chart);
  splitter->setStretchFactor(0, 3);
  splitter->setStretchFactor(1, 2);
  splitter->setSizes({500, 260});

  auto* layout = new QVBoxLayout(this);
  layout->addLayout(top);
  layout->addWidget(splitter, 1);
  auto* note = new QLabel(tr("FLOPs count multiply-adds × 2 for one image; activation memory is the float32 "
                             "output of each layer at batch size 1. The chart is the training estimate of "
                             "the memory check: weights, gradients and momentum, plus each layer's output, "
                             "its gradient and scratch per example."),
                          this);
  note->setWordWrap(true);
  layout->addWidget(note);

  connect(m_chooser, &QComboBox::currentIndexChanged, this, [this] { reloadReport(); });
  connect(m_compareChooser, &QComboBox::currentIndexChanged, this, [this] { reloadReport(); });
  connect(tableView()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
          [this](const QModelIndex& current) { onRowActivated(current.row()); });
  connect(m_selection, &LayerSelection::selectionChanged, this, &ShapesPanel::onSelectionChanged);
  reloadReport();
}

ShapeTableModel* ShapesPanel::tableModel() const { return m_primary->tableModel(); }
QTableView* ShapesPanel::tableView() const { return m_primary->tableView(); }

QString ShapesPanel::modelKey() const { return m_chooser->currentData().toString(); }

void ShapesPanel::setModelKey(const QString& key) {
  const int index = m_chooser->findData(key);
  if (index >= 0) m_chooser->setCurrentIndex(index);
}

QString ShapesPanel::compareKey() const { return m_compareChooser->currentData().toString(); }

void ShapesPanel::setCompareKey(const QString& key) {
  const int index = m_compareChooser->findData(key);
  if (index >= 0) m_compareChooser->setCurrentIndex(index);
}

bool ShapesPanel::isBusy() const { return m_reports->isBusy(); }

void ShapesPanel::reloadReport() {
  ModelChoice choice;
  if (!findModelChoice(modelKey(), &choice)) return;
  ModelChoice compared;
  const bool comparing = findModelChoice(compareKey(), &compared);
  // AlexNet 2012 (61 M parameters) is built for its shapes on a worker; this runs again then.
  std::vector<ModelConfig> shown{choice.config};
  if (comparing) shown.push_back(compared.config);
  if (!m_reports->ready(shown, [this] { reloadReport(); })) return;
  m_family = familyKey(choice.config.kind);
  if (m_primary->choice().key != choice.key) m_primary->setChoice(choice);
  if (comparing && m_compare->choice().key != compared.key) m_compare->setChoice(compared);
  m_compare->setVisible(comparing);
  m_primary->setHyperColumnVisible(!comparing);
  m_compare->setHyperColumnVisible(!comparing);
  updateChart();
  if (m_selection->family() == m_family) onSelectionChanged(m_family, m_selection->layer());
}

void ShapesPanel::updateChart() {
  std::vector<MemoryBatchChart::Network> networks{{m_primary->choice().displayName, tableModel()->report()}};
  if (!compareKey().isEmpty()) networks.push_back({m_compare->choice().displayName, m_compare->tableModel()->report()});
  m_chart->setNetworks(networks);
}

void ShapesPanel::onSelectionChanged(const QString& family, int layer) {
  if (family != m_family) {
    // Follow the selection to a model of its family (keeping the current one when it matches).
    for (const ModelChoice& choice : modelChoices(true)) {
      if (familyKey(choice.config.kind) == family) {
        setModelKey(choice.key);
        break;
      }
    }
    if (family != m_family) return;
  }
  ShapeTableModel* model = tableModel();
  QTableView* view = tableView();
  const int row = model->rowForLayer(layer);
  m_applyingSelection = true;
  if (row >= 0) {
    view->selectRow(row);
    view->scrollTo(model->index(row, 0));
  } else {
    view->clearSelection();
  }
  m_applyingSelection = false;
}

void ShapesPanel::onRowActivated(int row) {
  if (m_applyingSelection) return;
  const int layer = tableModel()->layerForRow(row);
  if (layer >= 0) m_selection->select(m_family, layer);
}

}  // namespace alexnet::ui
