#pragma once
// WeightsChooser — the weights of one Inspect column, picked from the weights library
// (core/io/weights_library.h): the bundled trained networks, the user's runs (accuracy and date),
// untrained weights with their seed, and "Open file…". Lists the entries of one model kind; the
// choice is remembered per model key (so switching LeNet → AlexNet → LeNet keeps LeNet's weights)
// and, when persistent, across restarts (QSettings "inspect/weights/<key>").
//
// A path "" means untrained. The default for a model is the bundled entry made for it.
#include <QComboBox>
#include <QMap>
#include <vector>

#include "alexnet/core/io/weights_library.h"

namespace alexnet::ui {

class WeightsChooser : public QComboBox {
  Q_OBJECT
 public:
  explicit WeightsChooser(QWidget* parent = nullptr);

  // Lists the library entries of `config.kind` and selects the choice remembered for `modelKey`
  // (else the default). Emits nothing: read currentPath() after calling it.
  void showModel(const QString& modelKey, const ModelConfig& config);
  QString currentPath() const;  // "" = untrained
  // Selects `path` ("" = untrained), adding it as a file entry when it is not in the library.
  void choosePath(const QString& path);
  // Persistent: choices are read from and written to the settings (what was picked before this
  // call, the defaults shown while the window was built, gives way to the saved choices).
  void setPersistent(bool persistent) {
    m_persistent = persistent;
    if (persistent) m_chosen.clear();
  }
  void setUntrainedSeed(std::uint64_t seed);
  void refresh();  // re-reads the library (a run finished) and keeps the current choice

  // The bundled entry for a model (same kind, same widths; for the d2l-width key any width), if any.
  static std::optional<WeightsEntry> defaultEntry(const std::vector<WeightsEntry>& library, const ModelConfig& config,
                                                  const QString& modelKey);

 signals:
  void weightsChosen(const QString& path);  // the user picked other weights ("" = untrained)
  void openFileRequested();                 // "Open file…" was picked

 private:
  void populate();
  void remember(const QString& path);
  QString rememberedPath() const;

  std::vector<WeightsEntry> m_library;
  QString m_modelKey;
  ModelConfig m_config;
  QMap<QString, QString> m_chosen;  // model key → path ("" = untrained)
  std::uint64_t m_seed = 0;
  bool m_persistent = false;
  bool m_populating = false;
};

}  // namespace alexnet::ui
