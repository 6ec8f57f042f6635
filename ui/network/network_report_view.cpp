#include "ui/network/network_report_view.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

#include "ui/shapes/shape_table_model.h"

namespace alexnet::ui {

NetworkReportView::NetworkReportView(QWidget* parent)
    : QWidget(parent), m_model(new ShapeTableModel(this)), m_view(new QTableView(this)), m_totals(new QLabel(this)) {
  m_view->setObjectName(QStringLiteral("networkShapeTable"));
  m_view->setModel(m_model);
  for (int column : {ShapeTableModel::HyperColumn, ShapeTableModel::FieldColumn, ShapeTableModel::MemoryColumn})
    m_view->setColumnHidden(column, true);
  m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
  m_view->setSelectionMode(QAbstractItemView::SingleSelection);
  m_view->setAlternatingRowColors(true);
  m_view->setWordWrap(false);
  m_view->verticalHeader()->hide();
  m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
  m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  m_view->horizontalHeader()->setSectionResizeMode(ShapeTableModel::ShapeColumn, QHeaderView::Stretch);
  m_totals->setObjectName(QStringLiteral("networkTotals"));
  m_totals->setTextFormat(Qt::RichText);  // two lines: the counts, then the memory
  m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(m_view, 1);
  layout->addWidget(m_totals);

  connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
    const int layer = m_model->layerForRow(current.row());
    if (!m_selecting && layer >= 0) emit layerActivated(layer);
  });
}

void NetworkReportView::setReport(const ShapeReport& report, std::int64_t batchSize) {
  m_model->setReport(report);
  m_totals->setText(
      tr("<b>%1</b> parameters · <b>%2</b> FLOPs per image<br>activation memory: <b>%3</b> for one image, "
         "<b>%4</b> for a training batch of %5")
          .arg(ShapeTableModel::formatCount(report.totalParams), ShapeTableModel::formatCount(report.totalFlops),
               ShapeTableModel::formatBytes(report.totalActivationBytes),
               ShapeTableModel::formatBytes(report.totalActivationBytes * batchSize))
          .arg(batchSize));
}

void NetworkReportView::selectLayer(int layer) {
  const int row = m_model->rowForLayer(layer);
  m_selecting = true;
  if (row >= 0) {
    m_view->selectRow(row);
    m_view->scrollTo(m_model->index(row, 0));
  } else {
    m_view->clearSelection();
  }
  m_selecting = false;
}

QString NetworkReportView::totalsText() const { return m_totals->text(); }

}  // namespace alexnet::ui
