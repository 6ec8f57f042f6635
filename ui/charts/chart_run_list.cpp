#include "ui/charts/chart_run_list.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QScrollArea>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include "ui/elided_label.h"

namespace alexnet::ui {

namespace {
QPixmap colourSwatch(const QColor& color, int side) {
  QPixmap pixmap(side, side);
  pixmap.fill(Qt::transparent);
  QPainter painter(&pixmap);
  painter.setPen(color.darker(130));
  painter.setBrush(color);
  painter.drawRect(QRect(0, 0, side - 1, side - 1));
  return pixmap;
}

// A short stretch of line in the key's pen: its colour and its dash pattern.
QPixmap lineSample(const QPen& pen, int width, int height) {
  QPixmap pixmap(width, height);
  pixmap.fill(Qt::transparent);
  QPainter painter(&pixmap);
  painter.setRenderHint(QPainter::Antialiasing);
  painter.setPen(pen);
  painter.drawLine(QPointF(1, height / 2.0), QPointF(width - 1, height / 2.0));
  return pixmap;
}

QLabel* boldLabel(const QString& text, QWidget* parent) {
  auto* label = new QLabel(text, parent);
  QFont bold = label->font();
  bold.setBold(true);
  label->setFont(bold);
  return label;
}
}  // namespace

ChartRunList::ChartRunList(QWidget* parent)
    : QWidget(parent), m_rowsLayout(new QVBoxLayout), m_keysLayout(new QVBoxLayout) {
  setObjectName(QStringLiteral("chartRunList"));
  auto* title = boldLabel(tr("Runs"), this);
  auto* rows = new QWidget;
  m_rowsLayout->setContentsMargins(0, 0, 0, 0);
  m_rowsLayout->setSpacing(2);
  m_placeholder = new QLabel(tr("No runs yet: Start one or open a run log."), rows);
  static_cast<QLabel*>(m_placeholder)->setWordWrap(true);
  m_placeholder->setStyleSheet(QStringLiteral("color:#757575;"));
  m_rowsLayout->addWidget(m_placeholder);
  m_rowsLayout->addStretch(1);
  rows->setLayout(m_rowsLayout);
  auto* scroll = new QScrollArea(this);
  scroll->setWidget(rows);
  scroll->setWidgetResizable(true);
  scroll->setFrameShape(QFrame::NoFrame);
  scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);
  layout->addWidget(title);
  layout->addWidget(scroll, 1);
  layout->addWidget(boldLabel(tr("Lines"), this));
  m_keysLayout->setSpacing(2);
  layout->addLayout(m_keysLayout);
  setMinimumWidth(150);
  setMaximumWidth(200);
}

void ChartRunList::addRun(int run, const QString& label, const QColor& color) {
  Row row;
  row.widget = new QWidget;
  row.widget->setObjectName(QStringLiteral("chartRun%1").arg(run));
  row.visible = new QCheckBox(row.widget);
  row.visible->setChecked(true);
  row.visible->setToolTip(tr("Show or hide this run's curves"));
  auto* swatch = new QLabel(row.widget);
  swatch->setPixmap(colourSwatch(color, fontMetrics().height() - 2));
  auto* name = new ElidedLabel(row.widget);
  name->setElideMode(Qt::ElideMiddle);
  name->setFullText(label);
  auto* remove = new QToolButton(row.widget);
  remove->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
  remove->setAutoRaise(true);
  remove->setToolTip(tr("Remove this run from the chart"));
  row.remove = remove;
  auto* layout = new QHBoxLayout(row.widget);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(4);
  layout->addWidget(row.visible);
  layout->addWidget(swatch);
  layout->addWidget(name, 1);
  layout->addWidget(remove);
  row.widget->setVisible(false);
  m_rowsLayout->insertWidget(m_rowsLayout->count() - 1, row.widget);  // above the stretch
  connect(row.visible, &QCheckBox::toggled, this, [this, run](bool on) { emit visibilityToggled(run, on); });
  connect(remove, &QToolButton::clicked, this, [this, run] { emit removeRequested(run); });
  m_rows.insert(run, row);
  updatePlaceholder();
}

void ChartRunList::removeRun(int run) {
  const auto it = m_rows.find(run);
  if (it == m_rows.end()) return;
  it->widget->deleteLater();
  it->widget->hide();
  m_rows.erase(it);
  updatePlaceholder();
}

void ChartRunList::setHasPoints(int run, bool hasPoints) {
  const auto it = m_rows.find(run);
  if (it == m_rows.end() || it->widget->isVisibleTo(this) == hasPoints) return;
  it->widget->setVisible(hasPoints);
  updatePlaceholder();
}

int ChartRunList::shownRows() const {
  int shown = 0;
  for (const Row& row : m_rows) shown += row.widget->isVisibleTo(this) ? 1 : 0;
  return shown;
}

QCheckBox* ChartRunList::visibilityBox(int run) const { return m_rows.contains(run) ? m_rows[run].visible : nullptr; }

QAbstractButton* ChartRunList::removeButton(int run) const {
  return m_rows.contains(run) ? m_rows[run].remove : nullptr;
}

void ChartRunList::setLineKeys(const QList<LineKey>& keys) {
  while (QLayoutItem* item = m_keysLayout->takeAt(0)) {
    delete item->widget();
    delete item;
  }
  m_keyNames.clear();
  const int height = fontMetrics().height();
  for (const LineKey& key : keys) {
    auto* row = new QWidget(this);
    auto* sample = new QLabel(row);
    sample->setPixmap(lineSample(key.pen, 2 * height + 4, height));
    auto* name = new ElidedLabel(row);
    name->setFullText(key.name, key.toolTip);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(sample);
    layout->addWidget(name, 1);
    m_keysLayout->addWidget(row);
    m_keyNames << key.name;
  }
}

QStringList ChartRunList::lineKeyNames() const { return m_keyNames; }

void ChartRunList::updatePlaceholder() { m_placeholder->setVisible(shownRows() == 0); }

}  // namespace alexnet::ui
