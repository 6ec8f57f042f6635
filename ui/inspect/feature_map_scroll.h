#pragma once
// FeatureMapScroll — a FeatureMapView in a scroll area. The grid is laid out for the room the
// area has; when its tiles cannot fit even at one pixel per value (AlexNet conv1: 96 maps of
// 54×54 in a small window), the rows run on below and a scroll bar reaches every channel instead
// of the maps being clipped.
#include <QScrollArea>

namespace alexnet::ui {

class FeatureMapView;

class FeatureMapScroll : public QScrollArea {
  Q_OBJECT
 public:
  // Takes `view` as its widget.
  explicit FeatureMapScroll(FeatureMapView* view, QWidget* parent = nullptr);

  FeatureMapView* view() const { return m_view; }

 protected:
  void resizeEvent(QResizeEvent* event) override;

 private:
  FeatureMapView* m_view;
};

}  // namespace alexnet::ui
