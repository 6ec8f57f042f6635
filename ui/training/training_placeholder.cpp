#include "ui/training/training_placeholder.h"

#include <QLabel>
#include <QVBoxLayout>

namespace alexnet::ui {

TrainingPlaceholder::TrainingPlaceholder(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("trainingPanel"));
  auto* label = new QLabel(tr("<h2>Training</h2><p>Training LeNet and AlexNet on Fashion-MNIST with live loss and "
                              "accuracy curves arrives in a later version.</p><p>Until then, train from the command "
                              "line and open the checkpoint on the Inspect screen:</p>"
                              "<pre>alexnet-lab train --model lenet --epochs 10 --out lenet.safetensors</pre>"),
                           this);
  label->setObjectName(QStringLiteral("trainingMessage"));
  label->setWordWrap(true);
  label->setTextInteractionFlags(Qt::TextSelectableByMouse);
  auto* layout = new QVBoxLayout(this);
  layout->addStretch(1);
  layout->addWidget(label, 0, Qt::AlignHCenter);
  layout->addStretch(2);
}

void TrainingPlaceholder::setRunLog(const QString& path) {
  setToolTip(tr("Run log to show: %1").arg(path));
}

QWidget* createTrainingPanel(QWidget* parent) { return new TrainingPlaceholder(parent); }

}  // namespace alexnet::ui
