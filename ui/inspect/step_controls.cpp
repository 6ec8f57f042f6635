#include "ui/inspect/step_controls.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QStyle>

#include "ui/inspect/feature_grid.h"

namespace alexnet::ui {

StepControls::StepControls(QWidget* parent)
    : QWidget(parent), m_reset(new QPushButton(tr("Reset"), this)), m_back(new QPushButton(tr("Back"), this)),
      m_step(new QPushButton(tr("Step"), this)), m_run(new QPushButton(tr("Run to end"), this)),
      m_play(new QPushButton(tr("Auto-play"), this)), m_speed(new QSlider(Qt::Horizontal, this)),
      m_scale(new QComboBox(this)), m_sort(new QCheckBox(tr("Sort by mean"), this)) {
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
  auto* row = new QHBoxLayout(this);
  row->setContentsMargins(0, 0, 0, 0);
  row->addWidget(m_reset);
  row->addWidget(m_back);
  row->addWidget(m_step);
  row->addWidget(m_run);
  row->addSpacing(12);
  row->addWidget(m_play);
  row->addWidget(new QLabel(tr("Speed:"), this));
  row->addWidget(m_speed);
  row->addStretch(1);
  row->addWidget(m_scale);
  row->addWidget(m_sort);
}

}  // namespace alexnet::ui
