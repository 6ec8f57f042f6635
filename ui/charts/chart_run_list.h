#pragma once
// ChartRunList — the Training chart's legend, beside the chart. "Runs": one row per run that has
// points, with its colour, its name (elided; the tooltip has it whole), a check box to show or hide
// its curves and a button to take it off the chart. "Lines": one sample line per metric (its line
// style) and per d2l reference. So four runs need four rows and a few keys, not 18 entries.
#include <QColor>
#include <QList>
#include <QMap>
#include <QPen>
#include <QWidget>

class QAbstractButton;
class QCheckBox;
class QVBoxLayout;

namespace alexnet::ui {

class ChartRunList : public QWidget {
  Q_OBJECT
 public:
  explicit ChartRunList(QWidget* parent = nullptr);

  void addRun(int run, const QString& label, const QColor& color);  // hidden until setHasPoints(run, true)
  void removeRun(int run);
  void setHasPoints(int run, bool hasPoints);
  int shownRows() const;                    // rows a user sees: runs with points
  QCheckBox* visibilityBox(int run) const;  // nullptr if no such run
  QAbstractButton* removeButton(int run) const;

  struct LineKey {
    QString name;
    QPen pen;
    QString toolTip;  // "" = the name
  };
  void setLineKeys(const QList<LineKey>& keys);  // the "Lines" section, replaced whole
  QStringList lineKeyNames() const;

 signals:
  void visibilityToggled(int run, bool visible);
  void removeRequested(int run);

 private:
  struct Row {
    QWidget* widget = nullptr;
    QCheckBox* visible = nullptr;
    QAbstractButton* remove = nullptr;
  };
  void updatePlaceholder();

  QMap<int, Row> m_rows;
  QVBoxLayout* m_rowsLayout;
  QWidget* m_placeholder;
  QVBoxLayout* m_keysLayout;
  QStringList m_keyNames;
};

}  // namespace alexnet::ui
