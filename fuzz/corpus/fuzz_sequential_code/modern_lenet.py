import torch.nn as nn

net = nn.Sequential(
    nn.Conv2d(1, 6, kernel_size=5, padding=2), nn.ReLU(inplace=True),
    nn.MaxPool2d(2),
    nn.Conv2d(6, 16, kernel_size=5), nn.ReLU(),
    nn.MaxPool2d(kernel_size=2, stride=2, padding=0, ceil_mode=False),
    nn.Flatten(),
    nn.Linear(16 * 5 * 5, 120), nn.ReLU(), nn.Dropout(0.3),
    nn.Linear(120, 84), nn.ReLU(), nn.Dropout(p=0.3),
    nn.Linear(84, 10),
)
X = torch.zeros((1, 1, 28, 28))
