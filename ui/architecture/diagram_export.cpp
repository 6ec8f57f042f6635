#include "ui/architecture/diagram_export.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>

namespace alexnet::ui {

QString exportScenePng(QGraphicsScene& scene, const QString& path, qreal scale) {
  const QRectF source = scene.sceneRect();
  QImage image((source.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
  image.fill(Qt::white);
  {
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), image.size()), source);
  }
  if (!image.save(path, "PNG"))
    return QCoreApplication::translate("alexnet::ui::DiagramExport", "%1: cannot write the PNG file").arg(path);
  return {};
}

QString exportSceneSvg(QGraphicsScene& scene, const QString& path, const QString& title) {
  const QRectF source = scene.sceneRect();
  QSvgGenerator generator;
  generator.setFileName(path);
  generator.setSize(source.size().toSize());
  generator.setViewBox(QRectF(QPointF(0, 0), source.size()));
  generator.setTitle(title);
  generator.setDescription(QStringLiteral("AlexNet Lab architecture diagram"));
  QPainter painter;
  if (!painter.begin(&generator))
    return QCoreApplication::translate("alexnet::ui::DiagramExport", "%1: cannot write the SVG file").arg(path);
  painter.fillRect(QRectF(QPointF(0, 0), source.size()), Qt::white);
  scene.render(&painter, QRectF(QPointF(0, 0), source.size()), source);
  painter.end();
  if (!QFileInfo(path).exists() || QFileInfo(path).size() == 0)
    return QCoreApplication::translate("alexnet::ui::DiagramExport", "%1: cannot write the SVG file").arg(path);
  return {};
}

}  // namespace alexnet::ui
