#include "ui/shapes/shape_table_pane.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

#include "ui/shapes/shape_table_model.h"

namespace alexnet::ui {

ShapeTablePane::ShapeTablePane(QWidget* parent)
    : QWidget(parent), m_header(new QLabel(this)), m_view(new QTableView(this)), m_model(new ShapeTableModel(this)) {
  m_header->setObjectName(QStringLiteral("shapeTableHeader"));
  m_header->setWordWrap(true);
  m_header->setTextFormat(Qt::PlainText);
  QFont font = m_header->font();
  font.setBold(true);
  m_header->setFont(font);

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
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(m_header);
  layout->addWidget(m_view, 1);
}

void ShapeTablePane::setChoice(const ModelChoice& choice) {
  m_choice = choice;
  m_model->setReport(cachedShapeReport(choice.config), cachedReceptiveFields(choice.config));
  m_header->setText(headerText());
}

void ShapeTablePane::setHyperColumnVisible(bool visible) {
  m_view->setColumnHidden(ShapeTableModel::HyperColumn, !visible);
  m_view->horizontalHeader()->setStretchLastSection(!visible);
}

QString ShapeTablePane::headerText() const {
  const ShapeReport& report = m_model->report();
  return tr("%1: %2 layers · %3 parameters · %4 FLOPs per image · %5 activations per image")
      .arg(m_choice.displayName)
      .arg(report.rows.size())
      .arg(ShapeTableModel::formatCount(report.totalParams), ShapeTableModel::formatCount(report.totalFlops),
           ShapeTableModel::formatBytes(report.totalActivationBytes).replace(QLatin1Char(' '), QChar(0x00A0)));
}

}  // namespace alexnet::ui
