#include "ui/architecture/architecture_panel.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include "ui/architecture/architecture_scene.h"
#include "ui/architecture/architecture_view.h"
#include "ui/architecture/diagram_export.h"
#include "ui/layer_selection.h"
#include "ui/lessons/lesson_dialog.h"
#include "ui/model_catalog.h"
#include "ui/shape_report_builder.h"

namespace alexnet::ui {

ArchitecturePanel::ArchitecturePanel(LayerSelection* selection, QWidget* parent)
    : QWidget(parent),
      m_selection(selection),
      m_scene(new ArchitectureScene(this)),
      m_view(new ArchitectureView(this)),
      m_rightColumn(new QComboBox(this)),
      m_zoomLabel(new QLabel(this)),
      m_reports(new ShapeReportBuilder(this)) {
  setObjectName(QStringLiteral("architecturePanel"));
  m_view->setScene(m_scene);

  auto makeButton = [this](const QString& text, const QString& tip) {
    auto* button = new QToolButton(this);
    button->setText(text);
    button->setToolTip(tip);
    button->setAutoRaise(true);
    return button;
  };
  QToolButton* zoomOut = makeButton(tr("−"), tr("Zoom out (Ctrl+wheel)"));
  QToolButton* zoomIn = makeButton(tr("+"), tr("Zoom in (Ctrl+wheel)"));
  QToolButton* actual = makeButton(tr("100%"), tr("Actual size"));
  QToolButton* fit = makeButton(tr("Fit"), tr("Fit the whole diagram"));
  QToolButton* exportButton = makeButton(tr("Export…"), tr("Export the diagram as PNG or SVG"));
  m_rightColumn->addItem(tr("AlexNet (d2l, 1 channel, 10 classes)"), QStringLiteral("alexnet"));
  m_rightColumn->addItem(tr("AlexNet 2012 (3 channels, 1000 classes, LRN)"), QStringLiteral("alexnet2012"));

  auto* bar = new QHBoxLayout;
  bar->addWidget(new QLabel(tr("Right column:"), this));
  bar->addWidget(m_rightColumn);
  bar->addStretch(1);
  bar->addWidget(zoomOut);
  bar->addWidget(m_zoomLabel);
  bar->addWidget(zoomIn);
  bar->addWidget(actual);
  bar->addWidget(fit);
  bar->addWidget(exportButton);

  auto* layout = new QVBoxLayout(this);
  layout->addLayout(bar);
  layout->addWidget(m_view, 1);

  connect(zoomIn, &QToolButton::clicked, m_view, &ArchitectureView::zoomIn);
  connect(zoomOut, &QToolButton::clicked, m_view, &ArchitectureView::zoomOut);
  connect(actual, &QToolButton::clicked, m_view, &ArchitectureView::resetZoom);
  connect(fit, &QToolButton::clicked, m_view, &ArchitectureView::fitAll);
  connect(exportButton, &QToolButton::clicked, this, &ArchitecturePanel::exportDiagram);
  connect(m_view, &ArchitectureView::zoomChanged, this,
          [this](qreal factor) { m_zoomLabel->setText(QStringLiteral("%1%").arg(qRound(factor * 100))); });
  connect(m_rightColumn, &QComboBox::currentIndexChanged, this, [this] { rebuild(); });
  connect(m_view, &ArchitectureView::layerClicked, m_selection, &LayerSelection::select);
  connect(m_view, &ArchitectureView::lessonRequested, this, [this](LessonId lesson) { openLesson(lesson, this); });
  connect(m_selection, &LayerSelection::selectionChanged, m_scene, &ArchitectureScene::setSelection);
  connect(m_selection, &LayerSelection::currentLayerChanged, m_scene, &ArchitectureScene::setCurrentLayer);
  rebuild();
  m_view->setZoom(1.0);
}

void ArchitecturePanel::showEvent(QShowEvent* event) {
  QWidget::showEvent(event);
  if (m_fitted) return;
  m_fitted = true;
  QTimer::singleShot(0, this, &ArchitecturePanel::fitReadable);
}

void ArchitecturePanel::fitReadable() {
  const QRectF rect = m_scene->sceneRect();
  const QSize viewport = m_view->viewport()->size();
  const qreal factor =
      std::clamp(std::min(viewport.width() / rect.width(), viewport.height() / rect.height()), 0.6, 1.0);
  m_view->setZoom(factor);
  m_view->centerOn(rect.center().x(), rect.top() + viewport.height() / (2 * factor));
}

bool ArchitecturePanel::isBusy() const { return m_reports->isBusy(); }

void ArchitecturePanel::rebuild() {
  ModelChoice left, right;
  findModelChoice(QStringLiteral("lenet"), &left);
  findModelChoice(m_rightColumn->currentData().toString(), &right);
  // AlexNet 2012 (61 M parameters) is built for its shapes on a worker; the diagram is rebuilt then.
  if (!m_reports->ready({right.config}, [this] { rebuild(); })) return;
  m_scene->build(
      {QStringLiteral("lenet"), tr("LeNet"), cachedShapeReport(left.config)},
      {familyKey(right.config.kind), right.config.kind == ModelKind::AlexNet2012 ? tr("AlexNet (2012)") : tr("AlexNet"),
       cachedShapeReport(right.config)});
  m_scene->setSelection(m_selection->family(), m_selection->layer());
  m_scene->setCurrentLayer(m_selection->currentFamily(), m_selection->currentLayer());
}

QString ArchitecturePanel::exportTo(const QString& path) {
  if (path.endsWith(QStringLiteral(".svg"), Qt::CaseInsensitive))
    return exportSceneSvg(*m_scene, path, tr("LeNet and AlexNet"));
  return exportScenePng(*m_scene, path);
}

void ArchitecturePanel::exportDiagram() {
  const QString path = QFileDialog::getSaveFileName(this, tr("Export diagram"), QStringLiteral("alexnet-lenet.svg"),
                                                    tr("SVG image (*.svg);;PNG image (*.png)"));
  if (path.isEmpty()) return;
  const QString error = exportTo(path);
  if (!error.isEmpty()) {
    QMessageBox::warning(this, tr("Export diagram"), error);
    return;
  }
  emit statusMessage(tr("Diagram written to %1").arg(path));
}

}  // namespace alexnet::ui
