#include "ui/inspect/step_controls.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QStyle>
#include <QVBoxLayout>
#include <algorithm>

#include "ui/inspect/feature_grid.h"

namespace alexnet::ui {

StepControls::StepControls(QWidget* parent)
    : QWidget(parent),
      m_reset(new QPushButton(tr("Reset"), this)),
      m_back(new QPushButton(tr("Back"), this)),
      m_step(new QPushButton(tr("Step"), this)),
      m_run(new QPushButton(tr("Run to end"), this)),
      m_play(new QPushButton(tr("Auto-play"), this)),
      m_speed(new QSlider(Qt::Horizontal, this)),
      m_scale(new QComboBox(this)),
      m_sort(new QCheckBox(tr("Sort by mean"), this)) {
  m_reset->setToolTip(tr("Back to the input (Home)"));
  m_back->setToolTip(tr("Show the previous layer (←)"));
  m_step->setToolTip(tr("Compute the next layer (→)"));
  m_run->setToolTip(tr("Compute all remaining layers (End)"));
  m_play->setCheckable(true);
  m_reset->setIcon(style()->standardIcon(QStyle::SP_MediaSkipBackward));
  m_back->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
  m_step->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
  m_run->setIcon(style()->standardIcon(QStyle::SP_MediaSkipForward));
  m_play->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
  m_play->setToolTip(tr("Step automatically (Space)"));
  m_speed->setRange(100, 2000);
  m_speed->setValue(700);
  m_speed->setInvertedAppearance(true);
  m_speed->setMaximumWidth(140);
  m_speed->setToolTip(tr("Auto-play speed (time per step)"));
  m_scale->addItem(tr("Shared scale"), int(ScaleMode::Shared));
  m_scale->addItem(tr("Per-map scale"), int(ScaleMode::PerMap));
  m_sort->setToolTip(tr("Order the channels by mean activation, highest first"));
  m_speed->setMinimumWidth(80);  // a usable slider, never a dot
  m_stepping = new QWidget(this);
  auto* stepping = new QHBoxLayout(m_stepping);
  stepping->setContentsMargins(0, 0, 0, 0);
  stepping->addWidget(m_reset);
  stepping->addWidget(m_back);
  stepping->addWidget(m_step);
  stepping->addWidget(m_run);
  stepping->addSpacing(12);
  stepping->addWidget(m_play);
  stepping->addWidget(new QLabel(tr("Speed:"), this));
  stepping->addWidget(m_speed);
  m_display = new QWidget(this);
  auto* display = new QHBoxLayout(m_display);
  display->setContentsMargins(0, 0, 0, 0);
  display->addWidget(m_scale);
  display->addWidget(m_sort);
  m_firstRow = new QHBoxLayout;
  m_firstRow->addWidget(m_stepping);
  m_firstRow->addStretch(1);
  m_firstRow->addWidget(m_display);
  m_secondRow = new QHBoxLayout;
  auto* rows = new QVBoxLayout(this);
  rows->setContentsMargins(0, 0, 0, 0);
  rows->addLayout(m_firstRow);
  rows->addLayout(m_secondRow);
}

QSize StepControls::minimumSizeHint() const {
  const int width = std::max(m_stepping->minimumSizeHint().width(), m_display->minimumSizeHint().width());
  return QSize(width, QWidget::minimumSizeHint().height());
}

void StepControls::resizeEvent(QResizeEvent* event) {
  QWidget::resizeEvent(event);
  const int oneRow = m_stepping->sizeHint().width() + m_firstRow->spacing() + m_display->sizeHint().width();
  placeDisplayOptions(width() < oneRow);
}

void StepControls::placeDisplayOptions(bool secondRow) {
  if (secondRow == m_twoRows) return;
  m_twoRows = secondRow;
  m_firstRow->removeWidget(m_display);
  m_secondRow->removeWidget(m_display);
  if (secondRow) {
    m_secondRow->addWidget(m_display);
    m_secondRow->addStretch(1);
  } else {
    while (QLayoutItem* item = m_secondRow->takeAt(0)) delete item;  // the stretch
    m_firstRow->addWidget(m_display);
  }
}

}  // namespace alexnet::ui
