// The LRN page: LocalResponseNorm in the paper's 2012 network (alexnet2012, from core's shape
// report: where it sits, what it costs) and why d2l leaves it out (LessonId::Lrn).
#include <QLabel>
#include <QLocale>

#include "ui/lessons/lesson_page.h"
#include "ui/model_catalog.h"
#include "ui/shapes/shape_table_model.h"

namespace alexnet::ui {

class LrnLesson : public LessonPage {
  Q_OBJECT

 public:
  explicit LrnLesson(QWidget* parent) : LessonPage(LessonId::Lrn, parent) {
    addParagraph(
        tr("The 2012 AlexNet normalises the outputs of its first two ReLUs across channels: each value a<sub>c"
           "</sub> is divided by the activity of the n = 5 neighbouring channels at the same position, "
           "b<sub>c</sub> = a<sub>c</sub> / (k + (α/n) · Σ a<sub>c′</sub><sup>2</sup>)<sup>β</sup>, with k = 2, "
           "α = 10<sup>−4</sup>, β = 0.75 (PyTorch's LocalResponseNorm, which divides α by n). A strong response "
           "damps its neighbours, like lateral inhibition between real neurons. The paper reports 1.2 to 1.4 "
           "percentage points lower error with it."));
    ModelChoice original;
    findModelChoice(QStringLiteral("alexnet2012"), &original);
    const ShapeReport& report = cachedShapeReport(original.config);
    QString rows;
    for (const LayerShapeRow& row : report.rows) {
      if (row.index > 8) break;
      const bool lrn = row.kind == LayerKind::LocalResponseNorm;
      rows += QStringLiteral(
                  "<tr%1><td align=right>%2</td><td>%3</td><td>%4</td><td align=right>%5</td>"
                  "<td align=right>%6</td></tr>")
                  .arg(lrn ? QStringLiteral(" bgcolor='#E1BEE7'") : QString())
                  .arg(row.index)
                  .arg(QString::fromStdString(row.type), ShapeTableModel::formatShape(row.outputShape),
                       QLocale().toString(static_cast<qlonglong>(row.params)),
                       number(static_cast<double>(row.flops) / 1e6, 1));
    }
    QLabel* table = addParagraph(
        tr("<p>The first layers of the 2012 network (alexnet2012, 3×224×224 input), from the shape report:</p>") +
        QStringLiteral("<table cellspacing=0 cellpadding=4 border=1 style='border-color:#B0BEC5'>"
                       "<tr><th>#</th><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>%5</table>")
            .arg(tr("layer"), tr("output"), tr("parameters"), tr("MFLOPs"), rows));
    table->setObjectName(QStringLiteral("lrnRows"));
    addParagraph(
        tr("LRN has no parameters to learn, but it reads every activation again and must be kept for the "
           "backward pass. d2l's AlexNet leaves it out: Simonyan and Zisserman (2014, the VGG paper) found that "
           "it did not improve accuracy while costing memory and time, and batch normalization (7.5, d2l.ai 8.5) "
           "later took over the job of keeping activations in a good range. On the Architecture screen, choose "
           "the 2012 network as the right column to see both."));
  }
};

LessonPage* createLrnLesson(QWidget* parent) { return new LrnLesson(parent); }

}  // namespace alexnet::ui

#include "lrn_lesson.moc"
