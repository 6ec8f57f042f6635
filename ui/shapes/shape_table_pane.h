#pragma once
// ShapeTablePane — one network's shape table on the Shapes screen: a header naming the network with
// its totals (parameters, FLOPs per image, activation memory per image) above a ShapeTableModel in
// a table view. The Shapes panel shows one, or two side by side when comparing networks.
#include <QWidget>

#include "ui/model_catalog.h"

class QLabel;
class QTableView;

namespace alexnet::ui {

class ShapeTableModel;

class ShapeTablePane : public QWidget {
  Q_OBJECT
 public:
  explicit ShapeTablePane(QWidget* parent = nullptr);

  // Shows the choice's shape report (and receptive fields) and names it in the header.
  void setChoice(const ModelChoice& choice);
  const ModelChoice& choice() const { return m_choice; }
  QString headerText() const;
  // Side by side there is no room for the hyper-parameters column (the Layer cell's tooltip still
  // gives them); hidden, the last column takes the spare width.
  void setHyperColumnVisible(bool visible);
  QLabel* header() const { return m_header; }
  ShapeTableModel* tableModel() const { return m_model; }
  QTableView* tableView() const { return m_view; }

 private:
  ModelChoice m_choice;
  QLabel* m_header;
  QTableView* m_view;
  ShapeTableModel* m_model;
};

}  // namespace alexnet::ui
