#include "ui/inspect/receptive_field_dialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include "ui/inspect/receptive_field_view.h"

namespace alexnet::ui {

QString ReceptiveFieldDialog::describe(const ReceptiveFieldExplanation& e) {
  if (!e.valid) return e.error;
  const InputRect& c = e.unit.clipped;
  const InputRect& u = e.unit.unclipped;
  QString text = tr("<p><b>%1, unit at row %2, column %3</b> (any channel) sees a %4×%4 window of the input "
                    "(neighbouring units are %5 input pixels apart).</p>")
                     .arg(e.layerName)
                     .arg(e.y)
                     .arg(e.x)
                     .arg(e.unit.field.size)
                     .arg(e.unit.field.jump);
  const QString padding = c == u ? QString()
                                 : tr(" (unclipped %1–%2, %3–%4: the rest is zero padding)")
                                       .arg(u.y)
                                       .arg(u.y + u.height - 1)
                                       .arg(u.x)
                                       .arg(u.x + u.width - 1);
  text += tr("<p>On the %1×%2 model input: rows %3–%4, columns %5–%6%7.</p>")
              .arg(e.inputWidth)
              .arg(e.inputHeight)
              .arg(c.y)
              .arg(c.y + c.height - 1)
              .arg(c.x)
              .arg(c.x + c.width - 1)
              .arg(padding);
  if (e.hasOriginal) {
    const ImageRect& o = e.onFile;  // in the file's own pixels, also when it was decoded reduced
    text += tr("<p>On your %1×%2 image (before crop and resize): x %3–%4, y %5–%6 "
               "(%7×%8 original pixels).</p>")
                .arg(e.fileWidth)
                .arg(e.fileHeight)
                .arg(o.x, 0, 'f', 1)
                .arg(o.x + o.width, 0, 'f', 1)
                .arg(o.y, 0, 'f', 1)
                .arg(o.y + o.height, 0, 'f', 1)
                .arg(o.width, 0, 'f', 1)
                .arg(o.height, 0, 'f', 1);
  }
  return text;
}

ReceptiveFieldDialog::ReceptiveFieldDialog(const ReceptiveFieldExplanation& explanation, const QImage& original,
                                           const Tensor& modelInput, QWidget* parent)
    : QDialog(parent), m_explanation(explanation), m_view(new ReceptiveFieldView(this)) {
  setObjectName(QStringLiteral("receptiveFieldDialog"));
  setWindowTitle(tr("Receptive field of %1").arg(explanation.layerName));
  setAttribute(Qt::WA_DeleteOnClose);
  m_view->setExplanation(explanation, original, modelInput);
  m_view->setMinimumSize(520, 300);

  auto* text = new QLabel(describe(explanation), this);
  text->setTextFormat(Qt::RichText);
  text->setWordWrap(true);
  text->setAlignment(Qt::AlignTop | Qt::AlignLeft);

  // How the field grows: r' = r + (k − 1)·j, j' = j·s per layer (receptive_field.h).
  auto* table = new QTableWidget(static_cast<int>(explanation.rows.size()), 4, this);
  table->setObjectName(QStringLiteral("receptiveFieldTable"));
  table->setHorizontalHeaderLabels({tr("Layer"), tr("Type"), tr("Field"), tr("Jump")});
  table->verticalHeader()->setVisible(false);
  table->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table->setSelectionMode(QAbstractItemView::NoSelection);
  table->setFocusPolicy(Qt::NoFocus);
  for (int r = 0; r < static_cast<int>(explanation.rows.size()); ++r) {
    const ReceptiveFieldLayerRow& row = explanation.rows[std::size_t(r)];
    const QStringList cells{QStringLiteral("%1 %2").arg(row.layer).arg(row.name), row.type,
                            QStringLiteral("%1×%1").arg(row.field.size), QString::number(row.field.jump)};
    for (int c = 0; c < cells.size(); ++c) {
      auto* item = new QTableWidgetItem(cells[c]);
      if (r == static_cast<int>(explanation.rows.size()) - 1) {
        QFont font = item->font();
        font.setBold(true);
        item->setFont(font);
      }
      table->setItem(r, c, item);
    }
  }
  table->resizeColumnsToContents();
  table->horizontalHeader()->setStretchLastSection(true);
  table->setMinimumWidth(260);
  if (!explanation.rows.empty()) table->scrollToItem(table->item(table->rowCount() - 1, 0));

  auto* side = new QVBoxLayout;
  side->addWidget(text);
  side->addWidget(new QLabel(tr("Field size after each layer:"), this));
  side->addWidget(table, 1);
  auto* layout = new QHBoxLayout(this);
  layout->addWidget(m_view, 3);
  layout->addLayout(side, 2);
  resize(1000, 460);
}

}  // namespace alexnet::ui
