// InspectPanel's second column (inspect_panel.h): LeNet and AlexNet side by side, or the primary
// network's weights next to the same network untrained — which model it shows, where it starts, and
// switching it on and off.
#include <QCheckBox>
#include <QSignalBlocker>

#include "ui/inspect/inspect_panel.h"
#include "ui/inspect/inspect_session.h"
#include "ui/inspect/run_view.h"
#include "ui/inspect/stage_alignment.h"
#include "ui/inspect/stage_bar.h"
#include "ui/inspect/weights_chooser.h"
#include "ui/model_catalog.h"

namespace alexnet::ui {

// The model the secondary column shows: the other network (side by side) or the primary's own
// network (untrained vs trained).
ModelConfig InspectPanel::secondaryConfig() const {
  if (isCompareUntrained()) {
    ModelConfig same = m_primary->modelInfo().serial != 0 ? m_primary->modelInfo().config : currentConfig();
    same.seed = currentConfig().seed;
    return same;
  }
  ModelChoice other;
  findModelChoice(currentConfig().kind == ModelKind::LeNet ? QStringLiteral("alexnet") : QStringLiteral("lenet"),
                  &other);
  other.config.seed = currentConfig().seed;
  return other.config;
}

// Where the second column starts: the primary's step (untrained vs trained: the same network), or
// the aligned stage of the other network (side by side), so both show the same kind of layer.
int InspectPanel::secondaryCursor() const {
  const int primary = m_pendingStep >= 0 ? m_pendingStep : m_primaryTarget;
  if (isCompareUntrained()) return primary;
  if (!m_primary->session()->hasModel() || !m_secondary->session()->hasModel()) return 0;
  for (const AlignedStage& s : alignStages(m_primary->modelInfo().report, m_secondary->modelInfo().report, false))
    if (!s.empty[0] && !s.empty[1] && s.cursor[0] == primary) return s.cursor[1];
  return 0;
}

void InspectPanel::loadSecondary() {
  if (isCompareUntrained()) {
    m_secondary->loadModel(secondaryConfig(), QString());
    return;
  }
  m_secondary->loadModel(secondaryConfig(), m_secondaryChooser->currentPath());
}

void InspectPanel::setCompare(bool sideBySide) {
  if (m_compareCheck->isChecked() != sideBySide) {
    m_compareCheck->setChecked(sideBySide);  // re-enters through toggled
    return;
  }
  if (sideBySide && m_untrainedCheck->isChecked()) {
    const QSignalBlocker blocker(m_untrainedCheck);  // one comparison at a time
    m_untrainedCheck->setChecked(false);
  }
  m_secondaryChooser->setVisible(sideBySide);
  if (sideBySide) {
    const ModelConfig other = secondaryConfig();
    m_secondaryChooser->showModel(modelKeyFor(other), other);
  }
  showSecondColumn(isCompare());
}

void InspectPanel::setCompareUntrained(bool on) {
  if (m_untrainedCheck->isChecked() != on) {
    m_untrainedCheck->setChecked(on);  // re-enters through toggled
    return;
  }
  if (on && m_compareCheck->isChecked()) {
    const QSignalBlocker blocker(m_compareCheck);
    m_compareCheck->setChecked(false);
    m_secondaryChooser->setVisible(false);
  }
  showSecondColumn(isCompare());
}

void InspectPanel::showSecondColumn(bool on) {
  m_secondary->setVisible(on);
  m_stageBar->setVisible(on);
  // Untrained vs trained keeps the kernels: they are half of what learning changed.
  m_primary->setCompact(on && !isCompareUntrained());
  m_secondary->setCompact(on && !isCompareUntrained());
  m_primary->setNarrow(on);
  m_secondary->setNarrow(on);
  if (on) loadSecondary();
}

bool InspectPanel::isCompare() const { return m_compareCheck->isChecked() || m_untrainedCheck->isChecked(); }

bool InspectPanel::isCompareUntrained() const { return m_untrainedCheck->isChecked(); }

}  // namespace alexnet::ui
