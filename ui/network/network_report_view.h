#pragma once
// NetworkReportView — the Network screen's shape table (Sequential index, PyTorch type, output shape,
// parameters, FLOPs; the Shapes screen's ShapeTableModel with the other columns hidden) and the totals
// under it: parameters, FLOPs per image, activation memory for one image and for a training batch.
#include <QWidget>

#include "alexnet/core/models/shape_report.h"

class QLabel;
class QTableView;

namespace alexnet::ui {

class ShapeTableModel;

class NetworkReportView : public QWidget {
  Q_OBJECT
 public:
  explicit NetworkReportView(QWidget* parent = nullptr);

  // batchSize: the training batch the activation total is given for.
  void setReport(const ShapeReport& report, std::int64_t batchSize);
  void selectLayer(int layer);  // -1 = none
  ShapeTableModel* tableModel() const { return m_model; }
  QTableView* tableView() const { return m_view; }
  QString totalsText() const;

 signals:
  void layerActivated(int layer);  // a row was clicked (the Sequential index)

 private:
  ShapeTableModel* m_model;
  QTableView* m_view;
  QLabel* m_totals;
  bool m_selecting = false;
};

}  // namespace alexnet::ui
