#include "ui/lessons/relu_lesson.h"

#include <QLabel>
#include <QLocale>
#include <cmath>

#include "ui/charts/activation_curves_chart.h"
#include "ui/lessons/lesson_task.h"

namespace alexnet::ui {

ReluLesson::ReluLesson(QWidget* parent) : LessonPage(LessonId::Relu, parent) {
  addParagraph(
      tr("LeNet passes every convolution and dense output through the sigmoid σ(z) = 1/(1 + e<sup>−z</sup>); "
         "AlexNet uses ReLU(z) = max(0, z). The book gives two reasons. ReLU is cheaper: no exponential. And it "
         "makes training easier: the sigmoid's gradient σ′(z) = σ(z)(1 − σ(z)) is at most 0.25 and almost 0 when "
         "z is far from 0 (the output is close to 0 or 1), while ReLU's gradient is exactly 1 for every positive "
         "input."));
  addFigure(new ActivationCurvesChart(this));
  const LessonDataOptions options = dataOptions();
  addParagraph(tr("<b>Measured.</b> The bundled trained networks on the first %1 Fashion-MNIST test images: "
                  "for every value z that enters an activation layer (every layer, every position, every "
                  "image), its gradient f′(z) counts as <i>near zero</i> when |f′(z)| &lt; 10<sup>−3</sup> "
                  "(sigmoid: |z| &gt; 6.9; ReLU: z ≤ 0) and as <i>full strength</i> when f′(z) ≥ 0.5, which only "
                  "ReLU reaches.")
                   .arg(options.images));
  m_table = addPendingLabel();
  m_table->setObjectName(QStringLiteral("gradientMeasurement"));
  m_reading = addParagraph(QString());
  m_reading->setVisible(false);
  beginWork();
  runLessonTask(
      this, [options] { return compareActivationGradients(options); },
      [this](const GradientComparison& result) { show(result); });
}

QString ReluLesson::formatRow(const QString& network, const ActivationGradientStats& stats) {
  return QStringLiteral(
             "<tr><td>%1</td><td align=right>%2</td><td align=right>%3</td><td align=right>%4</td>"
             "<td align=right>%5</td><td align=right>%6</td></tr>")
      .arg(network)
      .arg(stats.layers.size())
      .arg(QLocale().toString(static_cast<qlonglong>(stats.count())))
      .arg(percent(stats.nearZeroFraction()), percent(stats.fullStrengthFraction()), number(stats.meanDerivative(), 3));
}

void ReluLesson::show(const GradientComparison& result) {
  if (!result.error.isEmpty()) {
    m_table->setText(tr("Cannot measure: %1").arg(result.error.toHtmlEscaped()));
  } else {
    m_measured = result;
    m_table->setText(
        QStringLiteral("<table cellspacing=0 cellpadding=4 border=1 style='border-color:#B0BEC5'>"
                       "<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr>%7%8</table>")
            .arg(tr("network"), tr("activation layers"), tr("values z"),
                 tr("near zero, |f′(z)| < 10⁻³").toHtmlEscaped(), tr("full strength, f′(z) ≥ 0.5"), tr("mean f′(z)"))
            .arg(formatRow(tr("LeNet (lenet-d2l), sigmoid"), result.lenet),
                 formatRow(tr("AlexNet (alexnet-224), ReLU"), result.alexnet)));
    const int sigmoids = static_cast<int>(result.lenet.layers.size());
    m_reading->setText(
        tr("Read the rows together. ReLU's zeros are not saturation: a unit with z ≤ 0 is off for this image and "
           "passes the whole gradient for the images that switch it on. A sigmoid unit never passes more than a "
           "quarter of the gradient, so through LeNet's %1 sigmoid layers the backward signal shrinks at least "
           "%2-fold, and far more where units saturate. The deeper the network, the worse this gets: that is why "
           "AlexNet, with eight learned layers, needed ReLU.")
            .arg(sigmoids)
            .arg(QLocale().toString(std::pow(4.0, sigmoids), 'f', 0)));
    m_reading->setVisible(true);
  }
  endWork();
}

}  // namespace alexnet::ui
