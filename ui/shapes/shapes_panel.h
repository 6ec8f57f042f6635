#pragma once
// ShapesPanel — the Shapes screen: a model chooser and the ShapeTableModel in a table view,
// kept in sync with the shared LayerSelection (row click selects; a selection elsewhere selects the row).
// A "Compare with" chooser (default none) puts a second network's table beside the first (both then
// without the hyper-parameters column, kept in the Layer tooltip); below them,
// the training-memory estimate of the shown network(s) against the batch size (MemoryBatchChart).
#include <QWidget>

class QComboBox;
class QTableView;

namespace alexnet::ui {

class LayerSelection;
class MemoryBatchChart;
class ShapeTableModel;
class ShapeTablePane;
class ShapeReportBuilder;

class ShapesPanel : public QWidget {
  Q_OBJECT
 public:
  ShapesPanel(LayerSelection* selection, QWidget* parent = nullptr);

  QString modelKey() const;
  void setModelKey(const QString& key);  // ignored when unknown
  // The network beside the first one: a model key, or "" for none (hides the second table).
  QString compareKey() const;
  void setCompareKey(const QString& key);  // ignored when unknown
  ShapeTableModel* tableModel() const;
  QTableView* tableView() const;
  ShapeTablePane* primaryPane() const { return m_primary; }
  ShapeTablePane* comparePane() const { return m_compare; }
  MemoryBatchChart* memoryChart() const { return m_chart; }
  // A chosen network's shapes are being computed on a worker (the first time a big one is chosen);
  // the tables and the chart show it once it is done.
  bool isBusy() const;

 private:
  void reloadReport();
  void updateChart();
  void onSelectionChanged(const QString& family, int layer);
  void onRowActivated(int row);

  LayerSelection* m_selection;
  QComboBox* m_chooser;
  QComboBox* m_compareChooser;
  ShapeTablePane* m_primary;
  ShapeTablePane* m_compare;
  MemoryBatchChart* m_chart;
  QString m_family;
  bool m_applyingSelection = false;
  ShapeReportBuilder* m_reports;  // builds AlexNet 2012 for its shapes on a worker
};

}  // namespace alexnet::ui
