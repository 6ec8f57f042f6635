#include "ui/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace alexnet::ui {
namespace {
QString& installedLanguage() {
  static QString language = QStringLiteral("en");
  return language;
}
}  // namespace

QString configuredLanguage() {
  return QSettings().value(QStringLiteral("ui/language"), QStringLiteral("system")).toString();
}

void setConfiguredLanguage(const QString& code) { QSettings().setValue(QStringLiteral("ui/language"), code); }

QString resolveLanguage(const QString& code) {
  if (code == QLatin1String("zh_CN") || code == QLatin1String("en")) return code;
  return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

bool installTranslators(QCoreApplication& app, const QString& code) {
  const QString language = resolveLanguage(code);
  if (language == QLatin1String("en")) return true;
  auto* translator = new QTranslator(&app);
  if (!translator->load(QStringLiteral(":/i18n/alexnet_lab_%1.qm").arg(language))) {
    delete translator;
    return false;
  }
  app.installTranslator(translator);
  installedLanguage() = language;
  QLocale::setDefault(QLocale(language));
  auto* qtTranslator = new QTranslator(&app);
  if (qtTranslator->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
    app.installTranslator(qtTranslator);
  else
    delete qtTranslator;
  return true;
}

QString activeLanguage() { return installedLanguage(); }

}  // namespace alexnet::ui
