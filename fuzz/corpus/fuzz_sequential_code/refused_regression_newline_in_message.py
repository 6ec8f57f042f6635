net = nn.Sequential(nn.Linear(-"""a
b""", 2))
