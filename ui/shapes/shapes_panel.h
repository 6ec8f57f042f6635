#pragma once
// ShapesPanel — the Shapes screen: a model chooser and the ShapeTableModel in a table view,
// kept in sync with the shared LayerSelection (row click selects; a selection elsewhere selects the row).
#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace alexnet::ui {

class LayerSelection;
class ShapeTableModel;

class ShapesPanel : public QWidget {
  Q_OBJECT
 public:
  ShapesPanel(LayerSelection* selection, QWidget* parent = nullptr);

  QString modelKey() const;
  void setModelKey(const QString& key);  // ignored when unknown
  ShapeTableModel* tableModel() const { return m_model; }
  QTableView* tableView() const { return m_view; }

 private:
  void reloadReport();
  void onSelectionChanged(const QString& family, int layer);
  void onRowActivated(int row);

  LayerSelection* m_selection;
  QComboBox* m_chooser;
  QLabel* m_summary;
  QTableView* m_view;
  ShapeTableModel* m_model;
  QString m_family;
  bool m_applyingSelection = false;
};

}  // namespace alexnet::ui
