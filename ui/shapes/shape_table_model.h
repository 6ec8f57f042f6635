#pragma once
// ShapeTableModel — a read-only table over core's ShapeReport (the Shapes screen):
// one row per layer plus a totals row. Columns: index, layer type, hyper-parameters (PyTorch repr),
// output shape, receptive field on the model input, parameters, FLOPs, activation memory. Qt::UserRole gives the raw
// number of the numeric columns (and the Sequential index for column 0; -1 on the totals row).
#include <QAbstractTableModel>

#include "alexnet/core/models/receptive_field.h"
#include "alexnet/core/models/shape_report.h"

namespace alexnet::ui {

class ShapeTableModel : public QAbstractTableModel {
  Q_OBJECT
 public:
  enum Column {
    IndexColumn,
    TypeColumn,
    HyperColumn,
    ShapeColumn,
    FieldColumn,
    ParamsColumn,
    FlopsColumn,
    MemoryColumn,
    ColumnCount
  };

  explicit ShapeTableModel(QObject* parent = nullptr);

  // `fields` (receptiveFields of the same model, one per row) fills the receptive-field column;
  // empty leaves it blank.
  void setReport(const ShapeReport& report, std::vector<ReceptiveField> fields = {});
  const ShapeReport& report() const { return m_report; }
  // Table row of a Sequential layer index (-1 if absent); the totals row is rowCount() - 1.
  int rowForLayer(int layerIndex) const;
  int layerForRow(int row) const;  // -1 for the totals row

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

  // "[1, 96, 54, 54]" → "96×54×54" style used across the GUI (batch dimension dropped).
  static QString formatShape(const Shape& shape);
  static QString formatBytes(std::int64_t bytes);
  static QString formatCount(std::int64_t value);  // 1,234,567 in the current locale
  // "11×11, jump 4" / "whole input".
  static QString formatField(const ReceptiveField& field);

 private:
  ShapeReport m_report;
  std::vector<ReceptiveField> m_fields;  // per row; empty when unknown
};

}  // namespace alexnet::ui
