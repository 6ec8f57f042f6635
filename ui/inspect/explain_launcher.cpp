#include "ui/inspect/explain_launcher.h"

#include <QFileInfo>
#include <QPushButton>

#include "ui/inspect/explainers.h"
#include "ui/inspect/feature_map_view.h"
#include "ui/inspect/inspect_session.h"
#include "ui/inspect/run_view.h"
#include "ui/inspect/top_images_dialog.h"
#include "ui/inspect/unit_explain_dialog.h"

namespace alexnet::ui {

ExplainLauncher::ExplainLauncher(RunView* view)
    : QObject(view), m_view(view), m_topButton(new QPushButton(tr("Top activating images…"), view)) {
  m_topButton->setObjectName(QStringLiteral("topImagesButton"));
  m_topButton->setToolTip(
      tr("Find the Fashion-MNIST test images that make this layer's enlarged channel (or channel 0) fire the most"));
  m_topButton->setEnabled(false);
  connect(m_topButton, &QPushButton::clicked, this, [this] {
    const int layer = m_view->session()->lastSnapshot().layer;
    if (layer >= 0) openTopImages(layer, std::max(0, m_view->featureView()->enlargedChannel()));
  });
  connect(view->session(), &InspectSession::snapshotReady, this, [this](const StepSnapshot& snapshot) {
    m_topButton->setEnabled(snapshot.layer >= 0 && (snapshot.output->rank() == 4 || snapshot.output->rank() == 2));
  });
  connect(view->featureView(), &FeatureMapView::pixelClicked, this, &ExplainLauncher::explain);
  connect(view->featureView(), &FeatureMapView::unitClicked, this, [this](int unit) { explain(unit, 0, 0); });
  connect(view->session(), &InspectSession::unitExplained, this, &ExplainLauncher::show);
}

UnitExplainDialog* ExplainLauncher::lastDialog() const { return m_dialog; }
TopImagesDialog* ExplainLauncher::lastTopImages() const { return m_topImages; }

void ExplainLauncher::explain(int channel, int y, int x) {
  const StepSnapshot& snapshot = m_view->session()->lastSnapshot();
  if (snapshot.layer < 0) {
    emit m_view->statusMessage(
        tr("This is the input image: step to a layer, then click a value to see how it is computed."));
    return;
  }
  if (snapshot.isConv()) {  // the arithmetic, with the receptive field
    QString error;
    if (!openExplainer(m_view, ExplainerKind::ConvArithmetic, {channel, y, x}, &error))
      emit m_view->statusMessage(error);
    return;
  }
  m_request = m_view->session()->explainUnit(snapshot.layer, UnitIndex{channel, y, x});
}

void ExplainLauncher::show(const UnitExplanationSnapshot& explanation) {
  if (explanation.request != m_request) return;  // asked by someone else (a ConvExplainDialog)
  if (!explanation.explanation) {
    // Layers without their own explainer (Flatten, Dropout, LocalResponseNorm): the receptive field.
    QString error;
    const UnitChoice unit{static_cast<int>(explanation.unit.channel), static_cast<int>(explanation.unit.y),
                          static_cast<int>(explanation.unit.x)};
    if (m_view->session()->lastSnapshot().output->rank() != 4 ||
        !openExplainer(m_view, ExplainerKind::ReceptiveField, unit, &error))
      emit m_view->statusMessage(explanation.error);
    return;
  }
  if (m_dialog) m_dialog->close();
  m_dialog = new UnitExplainDialog(explanation, m_view);
  connect(m_dialog, &UnitExplainDialog::topImagesRequested, this, &ExplainLauncher::openTopImages);
  connect(m_dialog, &UnitExplainDialog::receptiveFieldRequested, this, [this](int channel, int y, int x) {
    QString error;
    if (!openExplainer(m_view, ExplainerKind::ReceptiveField, {channel, y, x}, &error))
      emit m_view->statusMessage(error);
  });
  m_dialog->show();
  emit dialogOpened();
}

TopImagesDialog* ExplainLauncher::openTopImages(int layer, int channel) {
  const ModelInfo& info = m_view->modelInfo();
  TopImagesRequest request;
  request.config = info.config;
  // ModelInfo::source is the checkpoint path when weights were loaded, else a description.
  if (QFileInfo(info.source).isFile()) request.checkpointPath = info.source;
  request.layer = layer;
  request.channel = channel;
  request.limit = effectiveInputSize(info.config) > 96 ? 1000 : 10000;  // full-size AlexNet: a first look
  int channels = 1;
  QString title = tr("layer %1").arg(layer);
  if (layer >= 0 && layer < static_cast<int>(info.report.rows.size())) {
    const LayerShapeRow& row = info.report.rows[static_cast<std::size_t>(layer)];
    if (row.outputShape.size() >= 2) channels = static_cast<int>(row.outputShape[1]);
    title = tr("layer %1: %2").arg(layer).arg(QString::fromStdString(row.type));
  }
  if (m_topImages) m_topImages->close();
  m_topImages = new TopImagesDialog(request, channels, title, m_view);
  m_topImages->show();
  m_topImages->start();
  return m_topImages;
}

}  // namespace alexnet::ui
