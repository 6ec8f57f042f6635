# Run from the repository root: python3 scripts/make_ankle_boot_photo.py (needs the Fashion-MNIST package).
# Writes docs/samples/ankle_boot.png: Fashion-MNIST test sample 0 (Ankle boot) as a dark-on-white
# "product photo", 8x upscaled (bilinear) on a wider 320x224 canvas (the centre crop is exactly the 224x224 boot, so resizing to 28 undoes the upscale).
import gzip, struct, zlib
imgs = gzip.open('/usr/share/datasets/fashion-mnist/t10k-images-idx3-ubyte.gz').read()
labels = gzip.open('/usr/share/datasets/fashion-mnist/t10k-labels-idx1-ubyte.gz').read()
idx = 0
assert labels[8 + idx] == 9
px = imgs[16 + idx * 784: 16 + (idx + 1) * 784]
S, F = 28, 8
W, H = 320, 224
ox, oy = (W - S * F) // 2, (H - S * F) // 2
def src(y, x):
    y = min(max(y, 0), S - 1); x = min(max(x, 0), S - 1)
    return px[y * S + x]
rows = []
for y in range(H):
    row = bytearray([0])
    for x in range(W):
        u = (x - ox + 0.5) / F - 0.5; v = (y - oy + 0.5) / F - 0.5
        if -0.5 <= u <= S - 0.5 and -0.5 <= v <= S - 0.5:
            x0, y0 = int(u // 1), int(v // 1); fx, fy = u - x0, v - y0
            val = (src(y0, x0) * (1 - fx) * (1 - fy) + src(y0, x0 + 1) * fx * (1 - fy)
                   + src(y0 + 1, x0) * (1 - fx) * fy + src(y0 + 1, x0 + 1) * fx * fy)
        else:
            val = 0
        g = 255 - int(round(val))
        row += bytes([g, g, int(min(255, g * 0.97 + 8))])  # faintly warm paper
    rows.append(bytes(row))
def chunk(t, d): return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
png = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', W, H, 8, 2, 0, 0, 0)) + chunk(b'IDAT', zlib.compress(b''.join(rows), 9)) + chunk(b'IEND', b'')
open('docs/samples/ankle_boot.png', 'wb').write(png)
