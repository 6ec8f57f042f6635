#include "ui/inspect/conv_explain_dialog.h"

#include <QCoreApplication>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>
#include <numeric>

#include "ui/inspect/feature_grid.h"
#include "ui/inspect/inspect_session.h"
#include "ui/inspect/receptive_field_dialog.h"
#include "ui/inspect/receptive_field_view.h"

namespace alexnet::ui {
namespace {

// One k×k slice of a (1, C, k, k) tensor rendered large, with the numbers written in when they fit.
QPixmap sliceImage(const Tensor& t, int channel, ColorMode mode) {
  const std::int64_t k = t.dim(2);
  Tensor slice(Shape{1, 1, k, k});
  std::copy(t.data() + channel * k * k, t.data() + (channel + 1) * k * k, slice.data());
  FeatureGridOptions options;
  options.available = QSize(176, 176);
  options.color = mode;
  options.gap = 0;
  const FeatureGrid grid = FeatureGrid::render(slice, options);
  QImage image = grid.image();
  if (k <= 5) {
    QPainter painter(&image);
    QFont font = painter.font();
    font.setPointSizeF(7.5);
    painter.setFont(font);
    const double cell = double(image.width()) / double(k);
    for (std::int64_t i = 0; i < k; ++i)
      for (std::int64_t j = 0; j < k; ++j) {
        const QRectF rect(j * cell, i * cell, cell, cell);
        painter.setPen(Qt::black);
        painter.drawText(rect.translated(0.6, 0.6), Qt::AlignCenter, QString::number(double(slice[i * k + j]), 'g', 2));
        painter.setPen(Qt::white);
        painter.drawText(rect, Qt::AlignCenter, QString::number(double(slice[i * k + j]), 'g', 2));
      }
  }
  return QPixmap::fromImage(image);
}

}  // namespace

ConvExplainDialog::ConvExplainDialog(InspectSession* session, const ConvExplainRequest& request, QWidget* parent)
    : QDialog(parent),
      m_field(request.field),
      m_channelSpin(new QSpinBox(this)),
      m_patch(new QLabel(this)),
      m_kernel(new QLabel(this)),
      m_products(new QLabel(this)),
      m_channelText(new QLabel(this)),
      m_summary(new QLabel(this)) {
  setObjectName(QStringLiteral("convExplainDialog"));
  setWindowTitle(tr("How layer %1 computes one value").arg(request.layer));
  setAttribute(Qt::WA_DeleteOnClose);

  // Receptive field on the original image and the model input (core's numbers).
  auto* fieldView = new ReceptiveFieldView(this);
  fieldView->setExplanation(request.field, request.original, *request.modelInput);
  fieldView->setMinimumSize(440, 230);
  auto* fieldText = new QLabel(ReceptiveFieldDialog::describe(request.field), this);
  fieldText->setTextFormat(Qt::RichText);
  fieldText->setWordWrap(true);
  fieldText->setAlignment(Qt::AlignTop | Qt::AlignLeft);

  m_summary->setWordWrap(true);
  m_summary->setTextFormat(Qt::RichText);
  m_summary->setMinimumWidth(320);
  m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);

  m_channelSpin->setRange(0, 0);
  m_channelSpin->setPrefix(tr("input channel "));
  auto* grid = new QGridLayout;
  grid->addWidget(new QLabel(tr("Input patch"), this), 0, 0);
  grid->addWidget(new QLabel(tr("× Kernel"), this), 0, 1);
  grid->addWidget(new QLabel(tr("= Products"), this), 0, 2);
  grid->addWidget(m_patch, 1, 0);
  grid->addWidget(m_kernel, 1, 1);
  grid->addWidget(m_products, 1, 2);
  auto* middle = new QVBoxLayout;
  middle->addWidget(m_channelSpin);
  middle->addLayout(grid);
  middle->addWidget(m_channelText);
  auto* upper = new QHBoxLayout;
  upper->addLayout(middle);
  upper->addWidget(m_summary, 1);
  auto* bottom = new QHBoxLayout;
  bottom->addWidget(fieldView, 3);
  bottom->addWidget(fieldText, 2);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(upper);
  layout->addWidget(new QLabel(tr("<b>Receptive field</b> of this pixel"), this));
  layout->addLayout(bottom, 1);
  connect(m_channelSpin, &QSpinBox::valueChanged, this, &ConvExplainDialog::showInputChannel);

  // The arithmetic comes from the worker, which holds the layer's input and weights.
  connect(session, &InspectSession::unitExplained, this, &ConvExplainDialog::showAnswer);
  m_request = session->explainUnit(request.layer, UnitIndex{request.channel, request.y, request.x});
}

void ConvExplainDialog::showAnswer(const UnitExplanationSnapshot& answer) {
  if (answer.request != m_request || m_answered) return;
  m_answered = true;
  if (!answer.conv) {
    m_error = !answer.error.isEmpty()
                  ? answer.error
                  : QCoreApplication::translate("alexnet::ui::Explainers",
                                                "Layer %1 is a %2: the arithmetic is explained for Conv2d layers.")
                        .arg(answer.layer)
                        .arg(answer.layerType);
    m_summary->setText(m_error.toHtmlEscaped());
    emit explanationReady();
    return;
  }
  m_explanation = *answer.conv;
  m_layerValue = answer.layerValue;
  const ConvExplanation& e = m_explanation;
  const int inputs = static_cast<int>(e.channelSums.size());

  // The channels that contribute most.
  std::vector<int> order(static_cast<std::size_t>(inputs));
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&e](int a, int b) {
    return std::abs(e.channelSums[std::size_t(a)]) > std::abs(e.channelSums[std::size_t(b)]);
  });
  QStringList top;
  for (int i = 0; i < std::min(inputs, 8); ++i)
    top << tr("input channel %1: %2")
               .arg(order[std::size_t(i)])
               .arg(double(e.channelSums[std::size_t(order[std::size_t(i)])]), 0, 'g', 4);
  const double sum = double(e.value) - double(e.bias);
  m_summary->setText(tr("<p><b>Output channel %1, row %2, column %3.</b></p>"
                        "<p>value = bias + Σ over %4 input channels of Σ (patch × kernel)<br>"
                        "= %5 + %6 = <b>%7</b><br>the layer computed %8</p>"
                        "<p>Largest contributions:<br>%9</p>")
                         .arg(e.outChannel)
                         .arg(e.y)
                         .arg(e.x)
                         .arg(inputs)
                         .arg(double(e.bias), 0, 'g', 5)
                         .arg(sum, 0, 'g', 5)
                         .arg(double(e.value), 0, 'g', 5)
                         .arg(double(m_layerValue), 0, 'g', 5)
                         .arg(top.join(QStringLiteral("<br>"))));
  {
    const QSignalBlocker block(m_channelSpin);
    m_channelSpin->setRange(0, std::max(0, inputs - 1));
    m_channelSpin->setValue(order.empty() ? 0 : order.front());
  }
  showInputChannel(m_channelSpin->value());
  emit explanationReady();
}

void ConvExplainDialog::showInputChannel(int channel) {
  if (!hasExplanation()) return;
  const ConvExplanation& e = m_explanation;
  m_patch->setPixmap(sliceImage(e.patches, channel, ColorMode::Auto));
  m_kernel->setPixmap(sliceImage(e.kernels, channel, ColorMode::Diverging));
  m_products->setPixmap(sliceImage(e.products, channel, ColorMode::Diverging));
  m_channelText->setText(tr("Σ products of input channel %1 = %2")
                             .arg(channel)
                             .arg(double(e.channelSums[std::size_t(channel)]), 0, 'g', 5));
}

}  // namespace alexnet::ui
