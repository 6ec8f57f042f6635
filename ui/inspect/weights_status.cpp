#include "ui/inspect/weights_status.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "ui/breakable_text.h"

namespace alexnet::ui {

WeightsStatus::WeightsStatus(QWidget* parent)
    : QWidget(parent),
      m_inUse(new QLabel(this)),
      m_error(new QLabel(this)),
      m_dismiss(new QPushButton(tr("Dismiss"), this)) {
  for (QLabel* label : {m_inUse, m_error}) {
    label->setWordWrap(true);
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);  // never widens the window
  }
  m_inUse->setStyleSheet(QStringLiteral("color:#546E7A;"));
  m_error->setObjectName(QStringLiteral("weightsLoadError"));
  m_error->setStyleSheet(QStringLiteral("color:#b00020;"));
  m_dismiss->setObjectName(QStringLiteral("dismissLoadError"));
  auto* errorRow = new QHBoxLayout;
  errorRow->addWidget(m_error, 1);
  errorRow->addWidget(m_dismiss, 0, Qt::AlignTop);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(m_inUse);
  layout->addLayout(errorRow);
  showError(QString());
  connect(m_dismiss, &QPushButton::clicked, this, [this] { showError(QString()); });
}

void WeightsStatus::showLoading() {
  m_inUse->setText(tr("Loading…"));
  m_inUse->setToolTip(QString());
}

void WeightsStatus::showInUse(const ModelInfo& info) {
  m_inUse->setText(breakableText(info.path.isEmpty()
                                     ? tr("Weights: %1. Random weights: the maps are noise and every class is "
                                          "near 10 %. Choose trained weights above.")
                                           .arg(info.source)
                                     : tr("Weights: %1").arg(info.source)));
  m_inUse->setToolTip(info.path);
  showError(QString());
}

void WeightsStatus::showError(const QString& message) {
  m_error->setText(breakableText(message));
  m_error->setVisible(!message.isEmpty());
  m_dismiss->setVisible(!message.isEmpty());
}

// Without the zero-width spaces breakableText() put in for wrapping.
QString WeightsStatus::error() const { return m_error->isHidden() ? QString() : m_error->text().remove(QChar(0x200B)); }
QString WeightsStatus::text() const { return m_inUse->text().remove(QChar(0x200B)); }

}  // namespace alexnet::ui
