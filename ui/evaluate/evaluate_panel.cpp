#include "ui/evaluate/evaluate_panel.h"

#include <QTabWidget>
#include <QVBoxLayout>

#include "ui/evaluate/confusion_page.h"
#include "ui/evaluate/maximize_page.h"
#include "ui/evaluate/occlusion_page.h"

namespace alexnet::ui {

QStringList EvaluatePanel::pageNames() {
  // One entry per page added in the constructor, in the same order.
  return {QStringLiteral("confusion"), QStringLiteral("occlusion"), QStringLiteral("maximize")};
}

EvaluatePanel::EvaluatePanel(QWidget* parent) : QWidget(parent), m_pages(new QTabWidget(this)) {
  setObjectName(QStringLiteral("evaluatePanel"));
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);
  m_pages->setDocumentMode(true);
  layout->addWidget(m_pages);
  auto* confusion = new ConfusionPage(this);
  addPage(QStringLiteral("confusion"), tr("Confusion"), confusion);
  connect(confusion, &ConfusionPage::statusMessage, this, &EvaluatePanel::statusMessage);
  connect(confusion, &ConfusionPage::openInInspectRequested, this, &EvaluatePanel::openInInspectRequested);
  auto* occlusion = new OcclusionPage(this);
  addPage(QStringLiteral("occlusion"), tr("Occlusion"), occlusion);
  connect(occlusion, &OcclusionPage::statusMessage, this, &EvaluatePanel::statusMessage);
  addPage(QStringLiteral("maximize"), tr("Maximize"), m_maximize = new MaximizePage(this));
  connect(m_maximize, &MaximizePage::openInInspectRequested, this,
          [this](int sample) { emit openInInspectRequested(sample); });
  connect(m_maximize, &MaximizePage::statusMessage, this, &EvaluatePanel::statusMessage);
}

void EvaluatePanel::addPage(const QString& name, const QString& title, QWidget* page) {
  page->setObjectName(name + QStringLiteral("Page"));
  m_pages->addTab(page, title);
  m_names.append(name);
}

bool EvaluatePanel::showPage(const QString& name) {
  const qsizetype index = m_names.indexOf(name);
  if (index < 0) return false;
  m_pages->setCurrentIndex(static_cast<int>(index));
  return true;
}

QString EvaluatePanel::currentPageName() const { return m_names.value(m_pages->currentIndex()); }

QWidget* EvaluatePanel::page(const QString& name) const {
  const qsizetype index = m_names.indexOf(name);
  return index < 0 ? nullptr : m_pages->widget(static_cast<int>(index));
}

void EvaluatePanel::cancel() {
  if (auto* confusion = qobject_cast<ConfusionPage*>(page(QStringLiteral("confusion")))) confusion->cancel();
  if (auto* occlusion = qobject_cast<OcclusionPage*>(page(QStringLiteral("occlusion")))) occlusion->cancel();
  m_maximize->cancel();
}

bool EvaluatePanel::isBusy() const {
  const auto* confusion = qobject_cast<const ConfusionPage*>(page(QStringLiteral("confusion")));
  const auto* occlusion = qobject_cast<const OcclusionPage*>(page(QStringLiteral("occlusion")));
  return (confusion && confusion->isBusy()) || (occlusion && occlusion->isBusy()) || m_maximize->isBusy();
}

}  // namespace alexnet::ui
