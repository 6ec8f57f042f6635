#include "ui/inspect/stage_bar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QToolButton>

#include "ui/inspect/inspect_session.h"
#include "ui/inspect/run_view.h"

namespace alexnet::ui {

StageBar::StageBar(RunView* left, RunView* right, QWidget* parent)
    : QWidget(parent),
      m_left(left),
      m_right(right),
      m_combo(new QComboBox(this)),
      m_prev(new QToolButton(this)),
      m_next(new QToolButton(this)),
      m_activation(new QCheckBox(tr("after activation"), this)),
      m_note(new QLabel(this)) {
  setObjectName(QStringLiteral("stageBar"));
  m_combo->setObjectName(QStringLiteral("stageCombo"));
  // As wide as the bar allows, never wider: a long stage name must not widen the window.
  m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
  m_combo->setMinimumContentsLength(16);
  m_combo->setToolTip(tr("Stages aligned as in the architecture diagram; each column shows its layer of the stage"));
  m_prev->setArrowType(Qt::LeftArrow);
  m_next->setArrowType(Qt::RightArrow);
  m_prev->setToolTip(tr("Previous aligned stage"));
  m_next->setToolTip(tr("Next aligned stage"));
  m_activation->setToolTip(tr("Show each stage's ReLU / Sigmoid output instead of the conv, pool or dense output"));
  m_note->setStyleSheet(QStringLiteral("color:#546E7A;"));
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(new QLabel(tr("Aligned stage:"), this));
  layout->addWidget(m_prev);
  layout->addWidget(m_combo, 1);
  layout->addWidget(m_next);
  layout->addWidget(m_activation);
  layout->addWidget(m_note);
  connect(m_combo, &QComboBox::activated, this, &StageBar::setStage);
  connect(m_prev, &QToolButton::clicked, this, [this] { setStage(std::max(0, currentStage() - 1)); });
  connect(m_next, &QToolButton::clicked, this,
          [this] { setStage(std::min(int(m_stages.size()) - 1, currentStage() + 1)); });
  connect(m_activation, &QCheckBox::toggled, this, [this] {
    const int row = currentStage();
    refresh();
    if (row >= 0) setStage(row);
  });
  for (RunView* view : {m_left, m_right})
    connect(view->session(), &InspectSession::modelReady, this, &StageBar::refresh);
  connect(m_left, &RunView::cursorChanged, this, &StageBar::followLeftColumn);
}

void StageBar::followLeftColumn() {
  for (std::size_t i = 0; i < m_stages.size(); ++i)
    if (!m_stages[i].empty[0] && m_stages[i].cursor[0] == m_left->cursor()) {
      const QSignalBlocker blocker(m_combo);
      m_combo->setCurrentIndex(static_cast<int>(i));
      return;
    }
}

int StageBar::currentStage() const { return m_combo->currentIndex(); }

void StageBar::setAfterActivation(bool on) { m_activation->setChecked(on); }

void StageBar::refresh() {
  int row = std::max(0, currentStage());
  m_stages.clear();
  const QSignalBlocker blocker(m_combo);
  m_combo->clear();
  if (!m_left->session()->hasModel() || !m_right->session()->hasModel()) return;
  m_stages = alignStages(m_left->modelInfo().report, m_right->modelInfo().report, m_activation->isChecked());
  for (std::size_t i = 0; i < m_stages.size(); ++i) {
    const AlignedStage& s = m_stages[i];
    auto cell = [&](int side) {
      return s.empty[side] ? tr("(no stage: stays at layer %1)").arg(s.layer[side]) : s.title[side];
    };
    m_combo->addItem(tr("%1. %2 — %3 | %4").arg(i).arg(stageCategoryName(s.category), cell(0), cell(1)));
    if (!s.empty[0] && s.cursor[0] == m_left->cursor()) row = static_cast<int>(i);  // follow the left column's step
  }
  m_combo->setCurrentIndex(std::min(row, static_cast<int>(m_stages.size()) - 1));
}

void StageBar::setStage(int row) {
  if (row < 0 || row >= static_cast<int>(m_stages.size())) return;
  if (m_combo->currentIndex() != row) m_combo->setCurrentIndex(row);
  const AlignedStage& s = m_stages[static_cast<std::size_t>(row)];
  m_left->session()->goTo(s.cursor[0]);
  m_right->session()->goTo(s.cursor[1]);
  m_note->setText(s.empty[0] || s.empty[1] ? tr("one column has no such stage") : QString());
  emit stageChosen(row);
}

}  // namespace alexnet::ui
