# Exercise 7.1.2: a simpler AlexNet that trains faster on a CPU — d2l's layer sequence with about an
# eighth of the channels and 256-wide dense layers (the bundled alexnet-224 weights use these widths:
# 24, 64, 96, 96, 64, 256, 256).
import torch
from torch import nn

net = nn.Sequential(
    nn.Conv2d(1, 24, kernel_size=11, stride=4, padding=1), nn.ReLU(),
    nn.MaxPool2d(kernel_size=3, stride=2),
    nn.Conv2d(24, 64, kernel_size=5, padding=2), nn.ReLU(),
    nn.MaxPool2d(kernel_size=3, stride=2),
    nn.Conv2d(64, 96, kernel_size=3, padding=1), nn.ReLU(),
    nn.Conv2d(96, 96, kernel_size=3, padding=1), nn.ReLU(),
    nn.Conv2d(96, 64, kernel_size=3, padding=1), nn.ReLU(),
    nn.MaxPool2d(kernel_size=3, stride=2),
    nn.Flatten(),
    nn.Linear(64 * 5 * 5, 256), nn.ReLU(), nn.Dropout(p=0.5),
    nn.Linear(256, 256), nn.ReLU(), nn.Dropout(p=0.5),
    nn.Linear(256, 10))

X = torch.randn(1, 1, 224, 224)
