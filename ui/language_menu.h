#pragma once
// The Language menu: System default, English, 简体中文. A choice is saved at once (language.h) and,
// when it differs from the language in use, a question offers to restart now (Restart now / Later).
// The restart itself is injectable so tests can see the offer without starting a process; the
// default one (restartApplication) closes the window and starts the same executable again.
#include <QObject>
#include <functional>

class QMenu;
class QMessageBox;
class QWidget;

namespace alexnet::ui {

struct LanguageMenuOptions {
  std::function<void()> restart = {};  // called on "Restart now"
};

class LanguageMenu : public QObject {
  Q_OBJECT
 public:
  LanguageMenu(QMenu* menu, QWidget* window, LanguageMenuOptions options);

  // Saves `code` ("system", "en", "zh_CN") and, if the app would then show another language, opens
  // the restart question (modal). Returns true when the restart ran.
  bool choose(const QString& code);

 signals:
  void restartOffered(QMessageBox* question);  // before the question shows: tests answer it here

 private:
  QWidget* m_window;
  LanguageMenuOptions m_options;
};

// Closes `window` (which may refuse, e.g. while a run trains and the user says no) and then starts
// this executable again with the same arguments, minus a --lang that would pin the old language.
void restartApplication(QWidget* window);

}  // namespace alexnet::ui
