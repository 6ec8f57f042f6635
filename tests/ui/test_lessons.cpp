// Lessons (issue 17): every block of the three diagrams offers a lesson (menu and tooltip), the
// Inspect screen's "Why?" button follows the layer kind, every lesson opens with its title and the
// book section, the ReLU page shows core's own measurement of near-zero gradients, and the dropout
// page's training forward differs from the evaluation one exactly by dropping and doubling.
#include <QLabel>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QToolButton>
#include <QtTest>

#include "alexnet/core/data/fashion_mnist.h"
#include "alexnet/core/data/resize.h"
#include "alexnet/core/exec/activation_gradients.h"
#include "alexnet/core/io/checkpoint.h"
#include "alexnet/core/io/weights_library.h"
#include "alexnet/core/models/model_config.h"
#include "ui/architecture/architecture_panel.h"
#include "ui/architecture/architecture_scene.h"
#include "ui/architecture/architecture_view.h"
#include "ui/architecture/diagram_layout.h"
#include "ui/architecture/layer_block_item.h"
#include "ui/gui_options.h"
#include "ui/inspect/inspect_panel.h"
#include "ui/inspect/run_view.h"
#include "ui/layer_selection.h"
#include "ui/lessons/lesson_dialog.h"
#include "ui/lessons/lesson_page.h"
#include "ui/lessons/relu_lesson.h"
#include "ui/main_window.h"
#include "ui/model_catalog.h"

using namespace alexnet;
using namespace alexnet::ui;

namespace {

// Core's measurement, made here without the lesson code: the bundled network on the first N test images.
ActivationGradientStats measuredByCore(const std::string& id, int images) {
  const WeightsEntry entry = resolveWeights(id, defaultWeightsLibraryOptions());
  std::unique_ptr<Sequential> model = buildModel(entry.config);
  loadCheckpoint(entry.path, *model);
  const ImageSet set = loadFashionMnist(Split::Test, {.limit = images});
  Tensor x = set.batch(0, images);  // (N, 1, 28, 28)
  const std::int64_t side = model->inputShape()[2];
  if (side != 28) x = resizeBilinear(x, {.outHeight = side, .outWidth = side});
  return measureActivationGradients(*model, x);
}

}  // namespace

class TestLessons : public QObject {
  Q_OBJECT
 private slots:
  void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

  void namesRoundTripAndAreTabs() {
    QCOMPARE(lessonNames().size(), 6);
    for (LessonId id : allLessons()) {
      QCOMPARE(lessonFromName(lessonName(id)), std::optional<LessonId>(id));
      const GuiOptionsResult parsed = parseGuiOptions({QStringLiteral("--tab"), lessonName(id)});
      QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    }
    QVERIFY(!lessonFromName(QStringLiteral("lesson-nothing")));
    QVERIFY(!parseGuiOptions({QStringLiteral("--tab"), QStringLiteral("lesson-nothing")}).error.isEmpty());
  }

  void everyDiagramBlockKindOffersALesson() {
    for (const QString& key : {QStringLiteral("lenet"), QStringLiteral("alexnet"), QStringLiteral("alexnet2012")}) {
      ModelChoice choice;
      QVERIFY(findModelChoice(key, &choice));
      for (const DiagramBlock& block : diagramBlocks(cachedShapeReport(choice.config))) {
        QVERIFY2(!lessonsFor(block.kind).empty(), qPrintable(block.title));
        for (const DiagramTag& tag : block.tags) QVERIFY2(!lessonsFor(tag.kind).empty(), qPrintable(tag.text));
      }
    }
    // The kinds the book's networks use lead to their own lessons.
    QCOMPARE(lessonsFor(LayerKind::Sigmoid).front(), LessonId::Relu);
    QCOMPARE(lessonsFor(LayerKind::ReLU).front(), LessonId::Relu);
    QCOMPARE(lessonsFor(LayerKind::AvgPool2d).front(), LessonId::Pooling);
    QCOMPARE(lessonsFor(LayerKind::MaxPool2d).front(), LessonId::OverlappingPooling);
    QCOMPARE(lessonsFor(LayerKind::Dropout).front(), LessonId::Dropout);
    QCOMPARE(lessonsFor(LayerKind::LocalResponseNorm).front(), LessonId::Lrn);
    QCOMPARE(lessonsFor(LayerKind::Conv2d).front(), LessonId::LargeKernel);
  }

  // On the screen: each block's tooltip says what it does (not only its label), and its right-click
  // menu asks "Why?" and emits the lesson; with the 2012 network on the right, LRN blocks too.
  void theDiagramMenusOpenLessons() {
    LayerSelection selection;
    ArchitecturePanel panel(&selection);
    panel.resize(1200, 900);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    ArchitectureView* view = panel.view();
    view->resetZoom();
    std::vector<LessonId> requested;
    connect(view, &ArchitectureView::lessonRequested, this, [&requested](LessonId id) { requested.push_back(id); });
    int menus = 0;
    for (LayerBlockItem* block : panel.scene()->blocks()) {
      QVERIFY(block->toolTip().contains(layerPurpose(block->block().kind).toHtmlEscaped()));
      QVERIFY(block->toolTip() != block->block().title);
      view->centerOn(block);
      const QPoint at = view->mapFromScene(block->mapToScene(QPointF(20, 10)));  // the title, not a tag
      std::unique_ptr<QMenu> menu(view->lessonMenuAt(at));
      QVERIFY2(menu && !menu->actions().isEmpty(), qPrintable(block->block().title));
      const LessonId expected = lessonsFor(block->block().kind).front();
      QVERIFY(menu->actions().front()->text().contains(lessonTitle(expected)));
      menu->actions().front()->trigger();
      QCOMPARE(static_cast<int>(requested.size()), ++menus);
      QCOMPARE(requested.back(), expected);
    }
    QVERIFY(menus > 10);
  }

  void theInspectWhyButtonFollowsTheLayer() {
    MainWindow window({.persistSettings = false});
    window.resize(1400, 900);
    window.inspectPanel()->setModelKey(QStringLiteral("lenet"));
    window.inspectPanel()->useDefaultInput();
    window.inspectPanel()->goToStep(2);  // layer 1: Sigmoid
    window.show();
    window.showTab(QStringLiteral("inspect"));
    QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy() && window.inspectPanel()->primaryView()->cursor() == 2, 60000);
    QToolButton* why = window.inspectPanel()->primaryView()->whyButton();
    QVERIFY(why->isVisible());
    QCOMPARE(why->menu()->actions().size(), 1);
    QCOMPARE(why->menu()->actions().front()->text(), lessonTitle(LessonId::Relu));
    window.inspectPanel()->goToStep(3);  // layer 2: AvgPool2d
    QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy() && window.inspectPanel()->primaryView()->cursor() == 3, 60000);
    QCOMPARE(why->menu()->actions().front()->text(), lessonTitle(LessonId::Pooling));
    why->menu()->actions().front()->trigger();
    auto* dialog = window.inspectPanel()->primaryView()->findChild<LessonDialog*>();
    QVERIFY(dialog);
    QCOMPARE(dialog->page()->id(), LessonId::Pooling);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 60000);
    dialog->close();
  }

  void everyLessonOpens_data() {
    QTest::addColumn<QString>("name");
    for (const QString& name : lessonNames()) QTest::newRow(qPrintable(name)) << name;
  }

  void everyLessonOpens() {
    QFETCH(QString, name);
    const LessonId id = *lessonFromName(name);
    LessonDialog dialog(id, nullptr);
    dialog.show();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 120000);
    QCOMPARE(dialog.page()->findChild<QLabel*>(QStringLiteral("lessonTitle"))->text(), lessonTitle(id));
    QVERIFY(dialog.page()->findChild<QLabel*>(QStringLiteral("lessonSection"))->text().contains(QStringLiteral("7.1")));
    int paragraphs = 0;
    for (QLabel* label : dialog.page()->findChildren<QLabel*>()) {
      QVERIFY2(!label->text().startsWith(QStringLiteral("Cannot")), qPrintable(label->text()));
      if (label->text().size() > 200) ++paragraphs;
    }
    QVERIFY2(paragraphs >= 2, qPrintable(QString::number(paragraphs)));
  }

  void theReluPageShowsCoresMeasurement() {
    ReluLesson page(nullptr);
    QSignalSpy ready(&page, &LessonPage::ready);
    QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 120000);
    QCOMPARE(ready.size(), 1);
    QVERIFY(page.measured().has_value());
    const LessonDataOptions options;
    const ActivationGradientStats lenet = measuredByCore("lenet-d2l", options.images);
    const ActivationGradientStats alexnet = measuredByCore("alexnet-224", options.images);
    QCOMPARE(page.measured()->lenet.nearZero(), lenet.nearZero());
    QCOMPARE(page.measured()->lenet.count(), lenet.count());
    QCOMPARE(page.measured()->alexnet.nearZero(), alexnet.nearZero());
    QCOMPARE(page.measured()->alexnet.count(), alexnet.count());
    QCOMPARE(lenet.layers.size(), std::size_t(4));    // LeNet's four sigmoids
    QCOMPARE(alexnet.layers.size(), std::size_t(7));  // AlexNet's seven ReLUs
    const QString shown = page.measurementLabel()->text();
    QVERIFY2(shown.contains(ReluLesson::formatRow(QStringLiteral("LeNet (lenet-d2l), sigmoid"), lenet)),
             qPrintable(shown));
    QVERIFY(shown.contains(ReluLesson::formatRow(QStringLiteral("AlexNet (alexnet-224), ReLU"), alexnet)));
    QVERIFY(shown.contains(QStringLiteral("%1 %").arg(QLocale().toString(100.0 * lenet.nearZeroFraction(), 'f', 1))));
    QVERIFY(shown.contains(QStringLiteral("%1 %").arg(QLocale().toString(100.0 * alexnet.nearZeroFraction(), 'f', 1))));
    qInfo(
        "near-zero gradients (|f'| < 1e-3), first %d test images: LeNet (sigmoid) %lld / %lld = %.4f, AlexNet "
        "(ReLU) %lld / %lld = %.4f; full strength: %.4f vs %.4f; mean f': %.4f vs %.4f",
        options.images, static_cast<long long>(lenet.nearZero()), static_cast<long long>(lenet.count()),
        lenet.nearZeroFraction(), static_cast<long long>(alexnet.nearZero()), static_cast<long long>(alexnet.count()),
        alexnet.nearZeroFraction(), lenet.fullStrengthFraction(), alexnet.fullStrengthFraction(),
        lenet.meanDerivative(), alexnet.meanDerivative());
  }

  void theDropoutTrainingForwardDropsAndDoubles() {
    const DropoutExample example = dropoutExample(LessonDataOptions{});
    QVERIFY2(example.error.isEmpty(), qPrintable(example.error));
    QCOMPARE(example.input.size(), std::size_t(12));
    int dropped = 0;
    for (std::size_t i = 0; i < example.input.size(); ++i) {
      QCOMPARE(example.eval[i], example.input[i]);  // inference: the identity
      if (example.train[i] == 0.0f)
        ++dropped;
      else
        QCOMPARE(example.train[i], example.input[i] * 2.0f);  // 1 / (1 − 0.5)
    }
    QVERIFY(dropped > 0 && dropped < 12);
    QVERIFY(example.zeroedInTraining > example.positiveInputs / 4 &&
            example.zeroedInTraining < example.positiveInputs * 3 / 4);
  }
};

QTEST_MAIN(TestLessons)
#include "test_lessons.moc"
