#include "ui/gui_options.h"

#include "ui/evaluate/evaluate_panel.h"
#include "ui/inspect/explainers.h"
#include "ui/lessons/lesson_registry.h"
#include "ui/model_catalog.h"

namespace alexnet::ui {

GuiOptionsResult parseGuiOptions(const QStringList& args) {
  GuiOptionsResult result;
  GuiOptions& o = result.options;
  const QStringList valueOptions{
      QStringLiteral("--screenshot"), QStringLiteral("--tab"),        QStringLiteral("--model"),
      QStringLiteral("--image"),      QStringLiteral("--weights"),    QStringLiteral("--step"),
      QStringLiteral("--run-log"),    QStringLiteral("--lang"),       QStringLiteral("--train"),
      QStringLiteral("--compare"),    QStringLiteral("--model-file"), QStringLiteral("--size")};
  for (qsizetype i = 0; i < args.size(); ++i) {
    const QString& name = args[i];
    if (!valueOptions.contains(name)) {
      result.error = QStringLiteral("unknown option '%1' (try --help)").arg(name);
      return result;
    }
    if (i + 1 >= args.size() || args[i + 1].isEmpty()) {
      result.error = QStringLiteral("%1 needs a value").arg(name);
      return result;
    }
    const QString value = args[++i];
    if (name == QLatin1String("--screenshot"))
      o.screenshot = value;
    else if (name == QLatin1String("--tab"))
      o.tab = value;
    else if (name == QLatin1String("--model"))
      o.model = value;
    else if (name == QLatin1String("--image"))
      o.image = value;
    else if (name == QLatin1String("--weights"))
      o.weights = value;
    else if (name == QLatin1String("--run-log")) {
      o.runLog = value;
      o.runLogs << value;
    } else if (name == QLatin1String("--lang"))
      o.language = value;
    else if (name == QLatin1String("--model-file"))
      o.modelFile = value;
    else if (name == QLatin1String("--compare")) {
      if (value == QLatin1String("lenet-alexnet") || value == QLatin1String("untrained")) {
        o.compare = value;
      } else if (modelKeys(true).contains(value)) {
        o.shapesCompare = value;  // the Shapes screen's second network (checked against --tab below)
      } else {
        result.error =
            QStringLiteral("--compare must be lenet-alexnet or untrained (Inspect), or one of %1 (Shapes); got '%2'")
                .arg(modelKeys(true).join(QStringLiteral(", ")), value);
        return result;
      }
    } else if (name == QLatin1String("--train")) {
      bool ok = false;
      o.train = value.toInt(&ok);
      if (!ok || o.train < 0 || o.train > 60000) {
        result.error =
            QStringLiteral("--train must be the number of training images, 0..60000 (0 = all), got '%1'").arg(value);
        return result;
      }
    } else if (name == QLatin1String("--size")) {
      const QStringList parts = value.split(QLatin1Char('x'));
      bool okWidth = false, okHeight = false;
      const int width = parts.size() == 2 ? parts[0].toInt(&okWidth) : 0;
      const int height = parts.size() == 2 ? parts[1].toInt(&okHeight) : 0;
      if (!okWidth || !okHeight || width < 640 || height < 480 || width > 7680 || height > 4320) {
        result.error =
            QStringLiteral("--size must be WIDTHxHEIGHT in pixels, 640x480 to 7680x4320 (e.g. 1024x700); got '%1'")
                .arg(value);
        return result;
      }
      o.size = QSize(width, height);
    } else if (name == QLatin1String("--step")) {
      bool ok = false;
      o.step = value.toInt(&ok);
      if (!ok || o.step < 0) {
        result.error = QStringLiteral("--step must be a non-negative integer, got '%1'").arg(value);
        return result;
      }
    }
  }
  const QStringList tabs =
      QStringList{QStringLiteral("architecture"), QStringLiteral("inspect"), QStringLiteral("shapes"),
                  QStringLiteral("training"), QStringLiteral("network"), QStringLiteral("evaluate")} +
      EvaluatePanel::pageNames() + explainerNames() + lessonNames();
  if (!o.tab.isEmpty() && !tabs.contains(o.tab)) {
    result.error = QStringLiteral("--tab must be one of %1; got '%2'").arg(tabs.join(QStringLiteral(", ")), o.tab);
    return result;
  }
  if (!o.shapesCompare.isEmpty() && o.tab != QLatin1String("shapes")) {
    result.error =
        QStringLiteral("--compare %1 (a second network beside the first) needs --tab shapes").arg(o.shapesCompare);
    return result;
  }
  const bool explainer = explainerFromName(o.tab).has_value();
  if (!o.model.isEmpty() && !modelKeys(true).contains(o.model)) {
    result.error =
        QStringLiteral("--model must be one of %1; got '%2'").arg(modelKeys(true).join(QStringLiteral(", ")), o.model);
    return result;
  }
  if (o.model == QLatin1String("alexnet2012") &&
      (o.tab == QLatin1String("inspect") || explainer || !o.image.isEmpty() || o.step >= 0)) {
    result.error = QStringLiteral(
        "--model alexnet2012 (3-channel, 1000 classes) is shown on the shapes and architecture tabs only");
    return result;
  }
  if (!o.language.isEmpty() && o.language != QLatin1String("en") && o.language != QLatin1String("zh_CN")) {
    result.error = QStringLiteral("--lang must be en or zh_CN; got '%1'").arg(o.language);
    return result;
  }
  return result;
}

}  // namespace alexnet::ui
