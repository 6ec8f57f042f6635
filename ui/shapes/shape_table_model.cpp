#include "ui/shapes/shape_table_model.h"

#include <QFont>
#include <QLocale>

namespace alexnet::ui {

ShapeTableModel::ShapeTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ShapeTableModel::setReport(const ShapeReport& report, std::vector<ReceptiveField> fields) {
  beginResetModel();
  m_report = report;
  m_fields = fields.size() == report.rows.size() ? std::move(fields) : std::vector<ReceptiveField>{};
  endResetModel();
}

int ShapeTableModel::rowForLayer(int layerIndex) const {
  for (std::size_t row = 0; row < m_report.rows.size(); ++row)
    if (static_cast<int>(m_report.rows[row].index) == layerIndex) return static_cast<int>(row);
  return -1;
}

int ShapeTableModel::layerForRow(int row) const {
  if (row < 0 || row >= static_cast<int>(m_report.rows.size())) return -1;
  return static_cast<int>(m_report.rows[static_cast<std::size_t>(row)].index);
}

int ShapeTableModel::rowCount(const QModelIndex& parent) const {
  if (parent.isValid()) return 0;
  return m_report.rows.empty() ? 0 : static_cast<int>(m_report.rows.size()) + 1;
}

int ShapeTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString ShapeTableModel::formatShape(const Shape& shape) {
  QStringList parts;
  for (std::size_t i = shape.size() > 1 ? 1 : 0; i < shape.size(); ++i) parts << QString::number(shape[i]);
  return parts.join(QStringLiteral("×"));
}

QString ShapeTableModel::formatBytes(std::int64_t bytes) {
  return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString ShapeTableModel::formatCount(std::int64_t value) { return QLocale().toString(static_cast<qlonglong>(value)); }

QString ShapeTableModel::formatField(const ReceptiveField& field) {
  if (field.wholeInput) return tr("whole input");
  return tr("%1×%1, jump %2").arg(field.size).arg(field.jump);
}

QVariant ShapeTableModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount) return {};
  const bool totals = index.row() == static_cast<int>(m_report.rows.size());
  const int column = index.column();
  if (role == Qt::TextAlignmentRole) {
    const bool numeric =
        column == IndexColumn || column == ParamsColumn || column == FlopsColumn || column == MemoryColumn;
    return QVariant::fromValue(Qt::Alignment((numeric ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
  }
  if (role == Qt::FontRole && totals) {
    QFont font;
    font.setBold(true);
    return font;
  }
  if (totals) {
    if (role == Qt::DisplayRole) {
      switch (column) {
        case TypeColumn:
          return tr("Total");
        case ShapeColumn:
          return tr("input %1").arg(formatShape(m_report.inputShape));
        case ParamsColumn:
          return formatCount(m_report.totalParams);
        case FlopsColumn:
          return formatCount(m_report.totalFlops);
        case MemoryColumn:
          return formatBytes(m_report.totalActivationBytes);
        default:
          return {};
      }
    }
    if (role == Qt::UserRole) {
      switch (column) {
        case IndexColumn:
          return -1;
        case ParamsColumn:
          return static_cast<qlonglong>(m_report.totalParams);
        case FlopsColumn:
          return static_cast<qlonglong>(m_report.totalFlops);
        case MemoryColumn:
          return static_cast<qlonglong>(m_report.totalActivationBytes);
        default:
          return {};
      }
    }
    return {};
  }
  const LayerShapeRow& row = m_report.rows[static_cast<std::size_t>(index.row())];
  if (role == Qt::DisplayRole) {
    switch (column) {
      case IndexColumn:
        return static_cast<qulonglong>(row.index);
      case TypeColumn:
        return QString::fromStdString(row.type);
      case HyperColumn:
        return QString::fromStdString(row.repr);
      case ShapeColumn:
        return QString::fromStdString(toString(row.outputShape));
      case FieldColumn:
        return m_fields.empty() ? QVariant() : QVariant(formatField(m_fields[static_cast<std::size_t>(index.row())]));
      case ParamsColumn:
        return formatCount(row.params);
      case FlopsColumn:
        return formatCount(row.flops);
      case MemoryColumn:
        return formatBytes(row.activationBytes);
      default:
        return {};
    }
  }
  if (role == Qt::ToolTipRole) {
    if (column == TypeColumn || column == HyperColumn)
      return tr("%1 — as in the book: %2").arg(QString::fromStdString(row.repr), QString::fromStdString(row.bookLabel));
    if (column == FieldColumn && !m_fields.empty()) {
      const ReceptiveField& field = m_fields[static_cast<std::size_t>(index.row())];
      if (field.wholeInput) return tr("Every unit of this layer depends on every input pixel.");
      return tr("Each unit sees a %1×%1 patch of the input; neighbouring units are %2 pixels apart; "
                "unit (0, 0)'s patch starts at (%3, %3) (negative = zero padding).")
          .arg(field.size)
          .arg(field.jump)
          .arg(field.start);
    }
    return {};
  }
  if (role == Qt::UserRole) {
    switch (column) {
      case IndexColumn:
        return static_cast<qlonglong>(row.index);
      case FieldColumn:  // side in input pixels; 0 for "whole input"
        if (m_fields.empty()) return {};
        return m_fields[static_cast<std::size_t>(index.row())].wholeInput
                   ? qlonglong(0)
                   : static_cast<qlonglong>(m_fields[static_cast<std::size_t>(index.row())].size);
      case ParamsColumn:
        return static_cast<qlonglong>(row.params);
      case FlopsColumn:
        return static_cast<qlonglong>(row.flops);
      case MemoryColumn:
        return static_cast<qlonglong>(row.activationBytes);
      default:
        return {};
    }
  }
  return {};
}

QVariant ShapeTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
    return QAbstractTableModel::headerData(section, orientation, role);
  switch (section) {
    case IndexColumn:
      return tr("#");
    case TypeColumn:
      return tr("Layer");
    case HyperColumn:
      return tr("Hyper-parameters");
    case ShapeColumn:
      return tr("Output shape");
    case FieldColumn:
      return tr("Receptive field");
    case ParamsColumn:
      return tr("Parameters");
    case FlopsColumn:
      return tr("FLOPs");
    case MemoryColumn:
      return tr("Activation memory");
    default:
      return {};
  }
}

}  // namespace alexnet::ui
