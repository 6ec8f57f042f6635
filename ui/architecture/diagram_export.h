#pragma once
// Exports a QGraphicsScene as PNG (2× scale, white background) or SVG (QSvgGenerator).
// Both return an empty string on success, or a one-line error naming the file.
#include <QString>

class QGraphicsScene;

namespace alexnet::ui {

QString exportScenePng(QGraphicsScene& scene, const QString& path, qreal scale = 2.0);
QString exportSceneSvg(QGraphicsScene& scene, const QString& path, const QString& title);

}  // namespace alexnet::ui
