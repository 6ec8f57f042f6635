# Exercise 7.1.2 (design a better model that works directly on 28×28 images): AlexNet's ideas —
# ReLU, overlapping max pooling, three 3×3 convolutions in a row, dropout — sized for Fashion-MNIST
# without upsampling to 224. 28 → 28 → 13 → 13 → 6 (×128 channels) → 256 → 10.
import torch
from torch import nn

net = nn.Sequential(
    nn.Conv2d(1, 32, kernel_size=3, padding=1), nn.ReLU(),
    nn.MaxPool2d(kernel_size=3, stride=2),
    nn.Conv2d(32, 64, kernel_size=3, padding=1), nn.ReLU(),
    nn.Conv2d(64, 64, kernel_size=3, padding=1), nn.ReLU(),
    nn.Conv2d(64, 128, kernel_size=3, padding=1), nn.ReLU(),
    nn.MaxPool2d(kernel_size=3, stride=2),
    nn.Flatten(),
    nn.Linear(128 * 6 * 6, 256), nn.ReLU(), nn.Dropout(p=0.5),
    nn.Linear(256, 10))

X = torch.randn(1, 1, 28, 28)
