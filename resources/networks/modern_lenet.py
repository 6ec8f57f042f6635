# Exercise 7.1.3 / 6.6: LeNet with the tools AlexNet brought — ReLU instead of sigmoid, max pooling
# instead of average pooling, dropout in the dense layers. Still 28×28 in, 10 classes out.
import torch
from torch import nn

net = nn.Sequential(
    nn.Conv2d(1, 6, kernel_size=5, padding=2), nn.ReLU(),
    nn.MaxPool2d(kernel_size=2, stride=2),
    nn.Conv2d(6, 16, kernel_size=5), nn.ReLU(),
    nn.MaxPool2d(kernel_size=2, stride=2),
    nn.Flatten(),
    nn.Linear(16 * 5 * 5, 120), nn.ReLU(), nn.Dropout(p=0.3),
    nn.Linear(120, 84), nn.ReLU(), nn.Dropout(p=0.3),
    nn.Linear(84, 10))

X = torch.rand(size=(1, 1, 28, 28), dtype=torch.float32)
