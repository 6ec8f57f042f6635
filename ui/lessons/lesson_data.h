#pragma once
// The numbers the lesson pages show, computed from the bundled trained networks (lenet-d2l:
// sigmoid and average pooling; alexnet-224: ReLU, max pooling, dropout) and the first Fashion-MNIST
// test images. Each function blocks and reads files: call it on a worker (runLessonTask). Failures
// (no weights, no data set) come back as `error`, never as exceptions.
#include <QString>
#include <vector>

#include "alexnet/core/exec/activation_gradients.h"

namespace alexnet::ui {

struct LessonDataOptions {
  QString dataDirectory;  // Fashion-MNIST; empty = the Debian package's directory
  int images = 100;       // the first N test images
};

// "Why ReLU": core's measureActivationGradients on the first N test images, both networks.
struct GradientComparison {
  ActivationGradientStats lenet;    // lenet-d2l (sigmoid)
  ActivationGradientStats alexnet;  // alexnet-224 (ReLU)
  QString error;
};
GradientComparison compareActivationGradients(const LessonDataOptions& options);

// "Max against average": a 4×4 corner of a real feature map — lenet-d2l after its first
// Sigmoid (layer 1, 6×28×28) for test image 0, the channel and position with the most contrast.
struct PoolingExample {
  std::vector<float> patch;  // (4, 4), row-major
  int channel = 0;
  int y = 0;  // top-left of the patch in the 28×28 map
  int x = 0;
  QString error;
};
PoolingExample poolingExample(const LessonDataOptions& options);

// "Dropout": alexnet-224 on test image 0, the first Dropout layer's input and its output in
// Mode::Eval and in Mode::Train (seed 0), for the first `units` units.
struct DropoutExample {
  int layer = -1;  // Sequential index of the first Dropout
  float p = 0.5f;
  std::vector<float> input, eval, train;  // (units)
  long long total = 0;                    // units of the layer
  long long zeroedInTraining = 0;         // over all units
  long long positiveInputs = 0;           // units whose input is > 0
  QString error;
};
DropoutExample dropoutExample(const LessonDataOptions& options, int units = 12);

}  // namespace alexnet::ui
