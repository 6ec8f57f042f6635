#pragma once
// Lessons (issue 17) — the d2l chapter's design points, one short page each, keyed by layer kind:
//   lesson-relu      ReLU instead of sigmoid (curves, gradients, the measured near-zero gradients)
//   lesson-pooling   max against average pooling, on a real LeNet feature map
//   lesson-overlap   overlapping pooling: 3×3 stride 2 against 2×2 stride 2
//   lesson-dropout   dropout in training against inference (a seeded Mode::Train forward)
//   lesson-lrn       LocalResponseNorm in the 2012 network, and why d2l drops it
//   lesson-conv1     why 11×11 stride 4 for 224×224 (the first layer's shape and compute)
// The Architecture diagram offers them on every block (tooltip: what the layer does; right-click
// "Why?"), the Inspect screen beside the layer header; `alexnet-lab --tab lesson-relu` opens one.
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

#include "alexnet/core/layer.h"

namespace alexnet::ui {

enum class LessonId { Relu, Pooling, OverlappingPooling, Dropout, Lrn, LargeKernel };

std::vector<LessonId> allLessons();
QStringList lessonNames();  // "lesson-relu", …, in allLessons() order
QString lessonName(LessonId id);
std::optional<LessonId> lessonFromName(const QString& name);

// The lessons that explain a layer kind, the main one first; never empty (the input image and
// layers of no kind of their own get the first layer's lesson: why 224×224 and 11×11).
std::vector<LessonId> lessonsFor(LayerKind kind);

QString lessonTitle(LessonId id);    // translated: "Why ReLU instead of sigmoid?"
QString lessonSection(LessonId id);  // translated: the book's section(s) it comes from
// One line on what a layer of this kind does, for the diagram's block tooltips (translated).
QString layerPurpose(LayerKind kind);

}  // namespace alexnet::ui
