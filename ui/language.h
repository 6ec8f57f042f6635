#pragma once
// Languages: English (source strings) and Simplified Chinese (resources/translations/*.ts, compiled
// into the binary by qt_add_translations). The choice lives in QSettings ("ui/language":
// "system", "en" or "zh_CN") and applies at the next start; the Language menu (language_menu.h) offers
// to restart at once.
#include <QString>

class QCoreApplication;

namespace alexnet::ui {

QString configuredLanguage();  // the saved choice, "system" by default
void setConfiguredLanguage(const QString& code);
QString resolveLanguage(const QString& code);  // "system" → "zh_CN" for a Chinese locale, else "en"
// Installs the app's (and Qt's own, when available) translators for code ("en" installs none).
// Returns false if the translation could not be loaded.
bool installTranslators(QCoreApplication& app, const QString& code);
QString activeLanguage();  // what installTranslators installed last: "en" (the default) or "zh_CN"

}  // namespace alexnet::ui
