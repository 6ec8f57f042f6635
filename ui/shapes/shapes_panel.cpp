#include "ui/shapes/shapes_panel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

#include "ui/layer_selection.h"
#include "ui/model_catalog.h"
#include "ui/shapes/shape_table_model.h"

namespace alexnet::ui {

ShapesPanel::ShapesPanel(LayerSelection* selection, QWidget* parent)
    : QWidget(parent), m_selection(selection), m_chooser(new QComboBox(this)), m_summary(new QLabel(this)),
      m_view(new QTableView(this)), m_model(new ShapeTableModel(this)) {
  setObjectName(QStringLiteral("shapesPanel"));
  for (const ModelChoice& choice : modelChoices(true)) m_chooser->addItem(choice.displayName, choice.key);
  m_chooser->setObjectName(QStringLiteral("shapesModelChooser"));

  auto* top = new QHBoxLayout;
  top->addWidget(new QLabel(tr("Model:"), this));
  top->addWidget(m_chooser);
  top->addSpacing(16);
  top->addWidget(m_summary, 1);

  m_view->setModel(m_model);
  m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
  m_view->setSelectionMode(QAbstractItemView::SingleSelection);
  m_view->setAlternatingRowColors(true);
  m_view->verticalHeader()->hide();
  m_view->horizontalHeader()->setStretchLastSection(false);
  m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  m_view->horizontalHeader()->setSectionResizeMode(ShapeTableModel::HyperColumn, QHeaderView::Stretch);
  m_view->setWordWrap(false);

  auto* layout = new QVBoxLayout(this);
  layout->addLayout(top);
  layout->addWidget(m_view, 1);
  auto* note = new QLabel(tr("FLOPs count multiply-adds × 2 for one image; activation memory is the float32 "
                             "output of each layer at batch size 1."),
                          this);
  note->setWordWrap(true);
  layout->addWidget(note);

  connect(m_chooser, &QComboBox::currentIndexChanged, this, [this] { reloadReport(); });
  connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
          [this](const QModelIndex& current) { onRowActivated(current.row()); });
  connect(m_selection, &LayerSelection::selectionChanged, this, &ShapesPanel::onSelectionChanged);
  reloadReport();
}

QString ShapesPanel::modelKey() const { return m_chooser->currentData().toString(); }

void ShapesPanel::setModelKey(const QString& key) {
  const int index = m_chooser->findData(key);
  if (index >= 0) m_chooser->setCurrentIndex(index);
}

void ShapesPanel::reloadReport() {
  ModelChoice choice;
  if (!findModelChoice(modelKey(), &choice)) return;
  m_family = familyKey(choice.config.kind);
  m_model->setReport(cachedShapeReport(choice.config), cachedReceptiveFields(choice.config));
  const ShapeReport& report = m_model->report();
  m_summary->setText(tr("%1 layers · %2 parameters · %3 FLOPs per image")
                         .arg(report.rows.size())
                         .arg(ShapeTableModel::formatCount(report.totalParams),
                              ShapeTableModel::formatCount(report.totalFlops)));
  if (m_selection->family() == m_family) onSelectionChanged(m_family, m_selection->layer());
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
  const int row = m_model->rowForLayer(layer);
  m_applyingSelection = true;
  if (row >= 0) {
    m_view->selectRow(row);
    m_view->scrollTo(m_model->index(row, 0));
  } else {
    m_view->clearSelection();
  }
  m_applyingSelection = false;
}

void ShapesPanel::onRowActivated(int row) {
  if (m_applyingSelection) return;
  const int layer = m_model->layerForRow(row);
  if (layer >= 0) m_selection->select(m_family, layer);
}

}  // namespace alexnet::ui
