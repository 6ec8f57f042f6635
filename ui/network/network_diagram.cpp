#include "ui/network/network_diagram.h"

#include <QEvent>
#include <QScrollBar>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <algorithm>

#include "ui/architecture/architecture_scene.h"
#include "ui/architecture/architecture_view.h"
#include "ui/model_catalog.h"

namespace alexnet::ui {

NetworkDiagram::NetworkDiagram(QWidget* parent)
    : QWidget(parent), m_scene(new ArchitectureScene(this)), m_view(new ArchitectureView(this)) {
  m_view->setObjectName(QStringLiteral("networkDiagram"));
  m_view->setScene(m_scene);
  m_view->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
  m_view->viewport()->installEventFilter(this);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(m_view);
  connect(m_view, &ArchitectureView::layerClicked, this, [this](const QString& family, int layer) {
    if (family == kFamily) emit layerClicked(layer);
  });
}

void NetworkDiagram::setNetwork(const ShapeReport& report, const QString& title) {
  ModelConfig lenet;
  lenet.kind = ModelKind::LeNet;
  m_scene->build({QStringLiteral("lenet"), tr("d2l LeNet"), cachedShapeReport(lenet)}, {kFamily, title, report},
                 QString());
  fitWidth();
}

void NetworkDiagram::selectLayer(int layer) { m_scene->setSelection(kFamily, layer); }

bool NetworkDiagram::eventFilter(QObject* watched, QEvent* event) {
  if (watched == m_view->viewport()) {
    if (event->type() == QEvent::Resize && !m_userZoomed) fitWidth();
    if (event->type() == QEvent::Wheel && (static_cast<QWheelEvent*>(event)->modifiers() & Qt::ControlModifier))
      m_userZoomed = true;
  }
  return QWidget::eventFilter(watched, event);
}

void NetworkDiagram::changeEvent(QEvent* event) {
  QWidget::changeEvent(event);
  if (event->type() == QEvent::EnabledChange)
    m_view->setForegroundBrush(isEnabled() ? QBrush(Qt::NoBrush) : QBrush(QColor(255, 255, 255, 150)));
}

void NetworkDiagram::fitWidth() {
  const QRectF rect = m_scene->sceneRect();
  if (rect.isEmpty() || m_view->viewport()->width() <= 0) return;
  const int scrollBar = m_view->verticalScrollBar()->sizeHint().width();  // keep room for it: no fit/unfit loop
  m_view->setZoom(std::min(1.0, (m_view->viewport()->width() - scrollBar) / rect.width()));
  m_view->ensureVisible(QRectF(rect.left(), rect.top(), 1, 1), 0, 0);
}

}  // namespace alexnet::ui
