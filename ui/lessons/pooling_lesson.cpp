// The max-against-average page: a 4×4 corner of a real LeNet feature map, pooled both ways with
// 2×2 windows and stride 2 (LessonId::Pooling).
#include <QLabel>
#include <algorithm>

#include "ui/lessons/lesson_page.h"
#include "ui/lessons/lesson_task.h"

namespace alexnet::ui {
namespace {

const char* const kWindowColors[] = {"#BBDEFB", "#FFE0B2", "#C8E6C9", "#E1BEE7"};  // one per 2×2 window

// An HTML grid of `values` (rows × cols), cell (r, c) coloured by its 2×2 window (or its own index).
QString grid(const std::vector<float>& values, int rows, int cols, bool byWindow) {
  QString html = QStringLiteral("<table cellspacing=2 cellpadding=6>");
  for (int r = 0; r < rows; ++r) {
    html += QStringLiteral("<tr>");
    for (int c = 0; c < cols; ++c) {
      const int window = byWindow ? (r / 2) * 2 + c / 2 : r * cols + c;
      html += QStringLiteral("<td bgcolor='%1' align=center>%2</td>")
                  .arg(QLatin1String(kWindowColors[window % 4]))
                  .arg(QString::number(values[static_cast<std::size_t>(r * cols + c)], 'f', 3));
    }
    html += QStringLiteral("</tr>");
  }
  return html + QStringLiteral("</table>");
}

}  // namespace

class PoolingLesson : public LessonPage {
  Q_OBJECT

 public:
  explicit PoolingLesson(QWidget* parent) : LessonPage(LessonId::Pooling, parent) {
    addParagraph(
        tr("A pooling layer summarises each window of a feature map with one number, channel by channel, and "
           "has no weights. <b>Average pooling</b> (the book's LeNet: AvgPool2d) keeps the window's mean; <b>max "
           "pooling</b> (AlexNet: MaxPool2d) keeps its largest value, that is: does the pattern this channel "
           "detects occur anywhere in the window? Both make the output less sensitive to small shifts of the "
           "input."));
    m_figure = addPendingLabel();
    m_figure->setObjectName(QStringLiteral("poolingExample"));
    addParagraph(
        tr("Max pooling keeps a strong, small response at full strength, where averaging dilutes it with the "
           "weak values around it. The book's LeNet pools by averaging, as the 1998 network did; AlexNet and most "
           "networks since take the maximum. Try it: the Network screen's modern LeNet replaces AvgPool2d with "
           "MaxPool2d (and sigmoid with ReLU) — an exercise of 6.6 (d2l.ai 7.6)."));
    const LessonDataOptions options = dataOptions();
    beginWork();
    runLessonTask(
        this, [options] { return poolingExample(options); }, [this](const PoolingExample& example) { show(example); });
  }

 private:
  void show(const PoolingExample& example) {
    if (!example.error.isEmpty()) {
      m_figure->setText(tr("Cannot compute the example: %1").arg(example.error.toHtmlEscaped()));
      endWork();
      return;
    }
    std::vector<float> maxima(4, -1e30f), means(4, 0.0f);  // (2, 2)
    for (int i = 0; i < 16; ++i) {
      const int window = (i / 4 / 2) * 2 + (i % 4) / 2;
      maxima[static_cast<std::size_t>(window)] = std::max(maxima[static_cast<std::size_t>(window)], example.patch[i]);
      means[static_cast<std::size_t>(window)] += example.patch[static_cast<std::size_t>(i)] / 4.0f;
    }
    m_figure->setText(
        tr("<p>The trained LeNet (lenet-d2l) on Fashion-MNIST test image 0: channel %1 after the first sigmoid, "
           "rows %2–%3 and columns %4–%5 of the 28×28 map. Each colour is one 2×2 window (stride 2).</p>")
            .arg(example.channel)
            .arg(example.y)
            .arg(example.y + 3)
            .arg(example.x)
            .arg(example.x + 3) +
        QStringLiteral("<table cellpadding=8><tr><th>%1</th><th></th><th>%2</th><th>%3</th></tr>"
                       "<tr><td>%4</td><td valign=middle>→</td><td>%5</td><td>%6</td></tr></table>")
            .arg(tr("feature map (4×4)"), tr("max pooling (2×2)"), tr("average pooling (2×2)"),
                 grid(example.patch, 4, 4, true), grid(maxima, 2, 2, false), grid(means, 2, 2, false)));
    endWork();
  }

  QLabel* m_figure;
};

LessonPage* createPoolingLesson(QWidget* parent) { return new PoolingLesson(parent); }

}  // namespace alexnet::ui

#include "pooling_lesson.moc"
