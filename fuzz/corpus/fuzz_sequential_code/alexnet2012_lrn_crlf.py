"""The 2012 AlexNet: 3 input channels, LocalResponseNorm, 1000 classes."""
import torch.nn as nn
from torch.nn import Conv2d, ReLU, MaxPool2d

net = nn.Sequential(
	Conv2d(3, 96, kernel_size=(11, 11), stride=4, padding=1), ReLU(inplace=True),
	nn.LocalResponseNorm(size=5, alpha=1e-4, beta=0.75, k=2), MaxPool2d(3, 2),
	Conv2d(96, 256, 5, padding=2), ReLU(),
	torch.nn.LocalResponseNorm(5, 0.0001, 0.75, 2.0), MaxPool2d(kernel_size=3, stride=2),
	Conv2d(256, 384, 3, padding=1), ReLU(), Conv2d(384, 384, 3, padding=1), ReLU(),
	Conv2d(384, 256, 3, padding=1), ReLU(), MaxPool2d(3, 2), nn.Flatten(),
	nn.Linear(256 * 5 * 5, 4096), ReLU(), nn.Dropout(), nn.Linear(4096, 4096), ReLU(),
	nn.Dropout(p=0.5, inplace=False), nn.Linear(4096, 1000),  # 分类
)
X = torch.randn(size=(1, 3, 224, 224))
