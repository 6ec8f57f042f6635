#pragma once
// EvaluatePanel — the Evaluate screen (PRODUCT.md §2): what a trained network gets wrong and what it
// looks at. It only holds pages, one per question, each a widget of its own in ui/evaluate/:
//   "confusion"  the confusion matrix, per-class accuracy, two runs side by side
//   "occlusion"  Zeiler & Fergus occlusion sensitivity over the input photo
//   "maximize"   activation maximization for every channel of a layer
// A page registers itself in evaluate_panel.cpp; `--tab NAME` (gui_options.h) opens it by name.
#include <QStringList>
#include <QWidget>

class QTabWidget;

namespace alexnet::ui {

class MaximizePage;

class EvaluatePanel : public QWidget {
  Q_OBJECT
 public:
  explicit EvaluatePanel(QWidget* parent = nullptr);

  // Names of the pages this build has, in tab order (for --tab and tests).
  static QStringList pageNames();

  bool showPage(const QString& name);  // false if there is no such page
  QString currentPageName() const;
  QWidget* page(const QString& name) const;  // nullptr if there is no such page

  bool isBusy() const;  // a page's worker is computing (screenshot mode waits for this)
  void cancel();        // every page's Cancel: work in progress stops, finished results stay

 signals:
  void statusMessage(const QString& text);
  // A test image was chosen: show it on the Inspect screen (with these weights, when not "").
  void openInInspectRequested(int testSample, const QString& weightsPath = QString());

 private:
  void addPage(const QString& name, const QString& title, QWidget* page);

  QTabWidget* m_pages;
  QStringList m_names;  // parallel to m_pages' tabs
  MaximizePage* m_maximize = nullptr;
};

}  // namespace alexnet::ui
