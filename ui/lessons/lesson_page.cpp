#include "ui/lessons/lesson_page.h"

#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QVBoxLayout>

namespace alexnet::ui {

LessonPage::LessonPage(LessonId id, QWidget* parent) : QWidget(parent), m_id(id), m_layout(new QVBoxLayout(this)) {
  setObjectName(lessonName(id));
  auto* title = new QLabel(lessonTitle(id), this);
  title->setObjectName(QStringLiteral("lessonTitle"));
  QFont font = title->font();
  font.setPointSizeF(font.pointSizeF() + 4);
  font.setBold(true);
  title->setFont(font);
  title->setWordWrap(true);
  auto* section = new QLabel(tr("From: %1").arg(lessonSection(id)), this);
  section->setObjectName(QStringLiteral("lessonSection"));
  section->setWordWrap(true);
  section->setStyleSheet(QStringLiteral("color:#546E7A; font-style:italic;"));
  m_layout->addWidget(title);
  m_layout->addWidget(section);
  m_layout->addSpacing(6);
}

QLabel* LessonPage::addParagraph(const QString& html) {
  auto* label = new QLabel(html, this);
  label->setWordWrap(true);
  label->setTextFormat(Qt::RichText);
  label->setTextInteractionFlags(Qt::TextSelectableByMouse);
  m_layout->addWidget(label);
  return label;
}

void LessonPage::addFigure(QWidget* figure) { m_layout->addWidget(figure); }

QLabel* LessonPage::addPendingLabel() {
  QLabel* label = addParagraph(tr("Computing from the trained networks…"));
  label->setStyleSheet(QStringLiteral("color:#37474F;"));
  return label;
}

void LessonPage::endWork() {
  if (--m_pending == 0) emit ready();
}

LessonDataOptions LessonPage::dataOptions() const {
  LessonDataOptions options;
  options.dataDirectory = QSettings().value(QStringLiteral("data/directory")).toString();
  return options;
}

QString LessonPage::number(double value, int decimals) { return QLocale().toString(value, 'f', decimals); }

QString LessonPage::percent(double fraction) { return QStringLiteral("%1 %").arg(number(100.0 * fraction, 1)); }

}  // namespace alexnet::ui
