// The first-layer page: why 11×11 with stride 4 on 224×224 images — the real first rows of LeNet
// and AlexNet from core's shape report, beside the same layer with stride 1 and with a 3×3
// kernel (the formula of conv2d.h's Shape block) (LessonId::LargeKernel).
#include <QLabel>
#include <QLocale>

#include "ui/lessons/lesson_page.h"
#include "ui/model_catalog.h"
#include "ui/shapes/shape_table_model.h"

namespace alexnet::ui {
namespace {

struct ConvCase {
  QString name;
  std::int64_t side = 0;  // output H = W
  std::int64_t channels = 0;
  std::int64_t flops = 0;  // multiply-adds × 2, per image
};

// A square Conv2d with `inChannels` inputs on an n×n image: ⌊(n + 2p − k)/s⌋ + 1 per side.
ConvCase convCase(const QString& name, std::int64_t n, std::int64_t inChannels, std::int64_t outChannels, int kernel,
                  int stride, int padding) {
  const std::int64_t side = (n + 2 * padding - kernel) / stride + 1;
  return {name, side, outChannels, 2 * outChannels * side * side * inChannels * kernel * kernel};
}

}  // namespace

class LargeKernelLesson : public LessonPage {
  Q_OBJECT

 public:
  explicit LargeKernelLesson(QWidget* parent) : LessonPage(LessonId::LargeKernel, parent) {
    addParagraph(
        tr("ImageNet's images are 224×224 pixels, 64 times the area of LeNet's 28×28 digits, and its objects "
           "span many pixels. AlexNet's first layer therefore looks through a larger window, 11×11 (LeNet: 5×5), "
           "and moves it 4 pixels at a time, which shrinks the map 4-fold in each direction at once. The output "
           "side is ⌊(n + 2p − k)/s⌋ + 1 = ⌊(224 + 2 − 11)/4⌋ + 1 = 54."));
    ModelChoice lenetChoice, alexnetChoice;
    findModelChoice(QStringLiteral("lenet"), &lenetChoice);
    findModelChoice(QStringLiteral("alexnet"), &alexnetChoice);
    const LayerShapeRow& lenet = cachedShapeReport(lenetChoice.config).rows.front();
    const ShapeReport& alexnetReport = cachedShapeReport(alexnetChoice.config);
    const LayerShapeRow& alexnet = alexnetReport.rows.front();
    const std::int64_t side = alexnetReport.inputShape[2], channels = alexnet.outputShape[1];
    const std::vector<ConvCase> cases{
        {tr("LeNet: 5×5, padding 2, on 28×28"), lenet.outputShape[2], lenet.outputShape[1], lenet.flops},
        {tr("AlexNet: 11×11, stride 4, on 224×224"), alexnet.outputShape[2], channels, alexnet.flops},
        convCase(tr("the same with stride 1"), side, 1, channels, 11, 1, 1),
        convCase(tr("3×3, stride 1, padding 1"), side, 1, channels, 3, 1, 1)};
    QString rows;
    for (const ConvCase& c : cases)
      rows += QStringLiteral(
                  "<tr><td>%1</td><td align=right>%2</td><td align=right>%3</td><td align=right>%4</td>"
                  "</tr>")
                  .arg(c.name, ShapeTableModel::formatShape({1, c.channels, c.side, c.side}),
                       QLocale().toString(static_cast<qlonglong>(c.channels * c.side * c.side)),
                       number(static_cast<double>(c.flops) / 1e6, 1));
    QLabel* table = addParagraph(
        tr("<p>The first layer per image (the first two rows from the shape report, the others by the same "
           "formula):</p>") +
        QStringLiteral("<table cellspacing=0 cellpadding=4 border=1 style='border-color:#B0BEC5'>"
                       "<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>%5</table>")
            .arg(tr("first layer"), tr("output"), tr("values"), tr("MFLOPs"), rows));
    table->setObjectName(QStringLiteral("firstLayerTable"));
    addParagraph(
        tr("With stride 1 the same window would cost 16 times the compute and produce 16 times the values, for "
           "every image of a batch, and every later layer would pay for the larger maps. Stride 4 with an 11×11 "
           "window still covers every pixel (neighbouring windows overlap by 7 pixels). Later layers use small "
           "5×5 and 3×3 kernels on the smaller maps; later networks (VGG, 7.2, d2l.ai 8.2) replaced the large "
           "first kernel by stacks of 3×3 ones."));
  }
};

LessonPage* createLargeKernelLesson(QWidget* parent) { return new LargeKernelLesson(parent); }

}  // namespace alexnet::ui

#include "large_kernel_lesson.moc"
