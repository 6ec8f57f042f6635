#include "ui/lessons/lesson_registry.h"

#include <QCoreApplication>

namespace alexnet::ui {
namespace {
// lupdate files a free function's tr() under the enclosing namespace, so that is the context.
QString tr(const char* text) { return QCoreApplication::translate("alexnet::ui", text); }
}  // namespace

std::vector<LessonId> allLessons() {
  return {LessonId::Relu,    LessonId::Pooling, LessonId::OverlappingPooling,
          LessonId::Dropout, LessonId::Lrn,     LessonId::LargeKernel};
}

QStringList lessonNames() {
  QStringList names;
  for (LessonId id : allLessons()) names << lessonName(id);
  return names;
}

QString lessonName(LessonId id) {
  switch (id) {
    case LessonId::Relu:
      return QStringLiteral("lesson-relu");
    case LessonId::Pooling:
      return QStringLiteral("lesson-pooling");
    case LessonId::OverlappingPooling:
      return QStringLiteral("lesson-overlap");
    case LessonId::Dropout:
      return QStringLiteral("lesson-dropout");
    case LessonId::Lrn:
      return QStringLiteral("lesson-lrn");
    case LessonId::LargeKernel:
      return QStringLiteral("lesson-conv1");
  }
  return {};
}

std::optional<LessonId> lessonFromName(const QString& name) {
  for (LessonId id : allLessons())
    if (lessonName(id) == name) return id;
  return std::nullopt;
}

std::vector<LessonId> lessonsFor(LayerKind kind) {
  switch (kind) {
    case LayerKind::ReLU:
    case LayerKind::Sigmoid:
      return {LessonId::Relu};
    case LayerKind::MaxPool2d:
      return {LessonId::OverlappingPooling, LessonId::Pooling};
    case LayerKind::AvgPool2d:
      return {LessonId::Pooling, LessonId::OverlappingPooling};
    case LayerKind::Dropout:
    case LayerKind::Linear:
    case LayerKind::Flatten:  // the flattened features feed the dense layers dropout protects
      return {LessonId::Dropout};
    case LayerKind::LocalResponseNorm:
      return {LessonId::Lrn};
    case LayerKind::Conv2d:
    case LayerKind::Other:
      return {LessonId::LargeKernel};
  }
  return {LessonId::LargeKernel};
}

QString lessonTitle(LessonId id) {
  switch (id) {
    case LessonId::Relu:
      return tr("Why ReLU instead of sigmoid?");
    case LessonId::Pooling:
      return tr("Max pooling against average pooling");
    case LessonId::OverlappingPooling:
      return tr("Overlapping pooling: 3×3 windows, stride 2");
    case LessonId::Dropout:
      return tr("Dropout in training and at inference");
    case LessonId::Lrn:
      return tr("Local response normalization (LRN) in the 2012 network");
    case LessonId::LargeKernel:
      return tr("Why an 11×11 kernel with stride 4 for 224×224 images?");
  }
  return {};
}

QString lessonSection(LessonId id) {
  // The project cites the Chinese edition's numbering (zh.d2l.ai) with d2l.ai's beside it.
  switch (id) {
    case LessonId::Relu:
      return tr(
          "Dive into Deep Learning, 7.1 AlexNet (d2l.ai 8.1), on the activation functions of 4.1 (d2l.ai "
          "5.1) and LeNet in 6.6 (d2l.ai 7.6)");
    case LessonId::Pooling:
      return tr("Dive into Deep Learning, 6.5 Pooling (d2l.ai 7.5) and 7.1 AlexNet (d2l.ai 8.1)");
    case LessonId::OverlappingPooling:
      return tr(
          "Dive into Deep Learning, 7.1 AlexNet (d2l.ai 8.1) and 6.5 Pooling (d2l.ai 7.5); Krizhevsky, Sutskever "
          "and Hinton 2012, section 3.4");
    case LessonId::Dropout:
      return tr("Dive into Deep Learning, 4.6 Dropout (d2l.ai 5.6) and 7.1 AlexNet (d2l.ai 8.1)");
    case LessonId::Lrn:
      return tr(
          "Dive into Deep Learning, 7.1 AlexNet (d2l.ai 8.1); Krizhevsky, Sutskever and Hinton 2012, "
          "section 3.3");
    case LessonId::LargeKernel:
      return tr("Dive into Deep Learning, 7.1 AlexNet (d2l.ai 8.1)");
  }
  return {};
}

QString layerPurpose(LayerKind kind) {
  switch (kind) {
    case LayerKind::Conv2d:
      return tr("Convolution: slides learned kernels over the input channels, one output channel per kernel.");
    case LayerKind::Linear:
      return tr("Dense (fully connected) layer: every output is a weighted sum of all inputs plus a bias.");
    case LayerKind::ReLU:
      return tr("ReLU: keeps positive values, sets negative ones to 0; its gradient is 1 or 0.");
    case LayerKind::Sigmoid:
      return tr("Sigmoid: squashes every value into (0, 1); its gradient is at most 0.25.");
    case LayerKind::MaxPool2d:
      return tr("Max pooling: keeps the largest value of each window, per channel; no weights.");
    case LayerKind::AvgPool2d:
      return tr("Average pooling: keeps the mean of each window, per channel; no weights.");
    case LayerKind::LocalResponseNorm:
      return tr("Local response normalization: divides each value by the activity of neighbouring channels.");
    case LayerKind::Flatten:
      return tr("Flatten: lays the channels × height × width values out as one vector for the dense layers.");
    case LayerKind::Dropout:
      return tr(
          "Dropout: in training zeroes each value with probability p and scales the rest by 1/(1−p); at "
          "inference it passes values unchanged.");
    case LayerKind::Other:
      break;
  }
  return tr("The input image, as the network receives it.");
}

}  // namespace alexnet::ui
