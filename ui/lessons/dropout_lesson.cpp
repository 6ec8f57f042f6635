// The dropout page: the trained AlexNet's first Dropout layer on one test image, evaluated in
// Mode::Eval and in Mode::Train (seeded) side by side, and the 1/(1−p) scaling (LessonId::Dropout).
#include <QLabel>
#include <QLocale>

#include "ui/lessons/lesson_page.h"
#include "ui/lessons/lesson_task.h"

namespace alexnet::ui {

class DropoutLesson : public LessonPage {
  Q_OBJECT

 public:
  explicit DropoutLesson(QWidget* parent) : LessonPage(LessonId::Dropout, parent) {
    addParagraph(
        tr("AlexNet's dense layers hold most of its parameters and overfit easily; dropout (4.6) controls them. "
           "During training each value is set to 0 with probability p (0.5 in AlexNet) and the survivors are "
           "multiplied by 1/(1 − p) = 2. The scaling keeps every value's expectation unchanged: E[h′] = (1 − p) · "
           "h/(1 − p) = h. At inference (evaluation mode, PyTorch's net.eval()) dropout does nothing: the output "
           "equals the input."));
    m_table = addPendingLabel();
    m_table->setObjectName(QStringLiteral("dropoutExample"));
    addParagraph(
        tr("That is why the Dropout steps look unchanged on the Inspect screen: it runs the network in "
           "evaluation mode, as every prediction does. Because training already scaled the survivors by 1/(1 − p), "
           "nothing has to be rescaled at test time (\"inverted dropout\", as in PyTorch; the 2012 paper instead "
           "multiplied the outputs by 0.5 at test time). Each training step drops different units, so it trains a "
           "different thinned network; inference uses all units at once, roughly the average of those networks."));
    const LessonDataOptions options = dataOptions();
    beginWork();
    runLessonTask(
        this, [options] { return dropoutExample(options); }, [this](const DropoutExample& example) { show(example); });
  }

 private:
  void show(const DropoutExample& example) {
    if (!example.error.isEmpty()) {
      m_table->setText(tr("Cannot compute the example: %1").arg(example.error.toHtmlEscaped()));
      endWork();
      return;
    }
    QString rows;
    for (std::size_t i = 0; i < example.input.size(); ++i) {
      const bool dropped = example.train[i] == 0.0f;
      rows += QStringLiteral(
                  "<tr><td align=right>%1</td><td align=right>%2</td><td align=right>%3</td>"
                  "<td align=right bgcolor='%4'>%5</td></tr>")
                  .arg(i + 1)
                  .arg(number(example.input[i], 3), number(example.eval[i], 3),
                       dropped ? QStringLiteral("#FFCDD2") : QStringLiteral("#C8E6C9"), number(example.train[i], 3));
    }
    m_table->setText(
        tr("<p>The trained AlexNet (alexnet-224) on Fashion-MNIST test image 0, layer %1 (Dropout, p = %2): the "
           "first %3 units whose input is positive. The training-mode forward uses the layer's generator seeded "
           "with 0.</p>")
            .arg(example.layer)
            .arg(number(example.p, 1))
            .arg(example.input.size()) +
        QStringLiteral("<table cellspacing=0 cellpadding=4 border=1 style='border-color:#B0BEC5'>"
                       "<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>%5</table>")
            .arg(tr("unit"), tr("input"), tr("inference (eval)"), tr("training (train, seed 0)"), rows) +
        tr("<p>Over all %1 units of the layer: %2 of the %3 positive inputs were zeroed in this training "
           "forward (expected about %4 %); the others were doubled.</p>")
            .arg(QLocale().toString(example.total))
            .arg(QLocale().toString(example.zeroedInTraining))
            .arg(QLocale().toString(example.positiveInputs))
            .arg(number(100.0 * example.p, 0)));
    endWork();
  }

  QLabel* m_table;
};

LessonPage* createDropoutLesson(QWidget* parent) { return new DropoutLesson(parent); }

}  // namespace alexnet::ui

#include "dropout_lesson.moc"
