#!/usr/bin/env python3
"""Write the stratified Fashion-MNIST subset the kit ships in Data/fashion-mnist-subset/.

The subset holds, for each of the 10 classes, the FIRST 600 training images and the FIRST 100
test images of that class in the original files' order (6,000 + 1,000 images). The chosen
examples keep their original relative order, so classes stay interleaved as in the full set
(a tail split for validation still sees every class). No randomness is involved: the same input
files always give the same subset, and the gzip files are written with a zero timestamp and no
file name, so they are byte-for-byte reproducible with the same zlib.

Input: the four gzipped IDX files of Debian's `dataset-fashion-mnist` package
(`apt-get install dataset-fashion-mnist`), or the same files downloaded from
https://github.com/zalandoresearch/fashion-mnist.

Usage (from the kit's root):
    python3 scripts/make_fashion_mnist_subset.py [--source /usr/share/datasets/fashion-mnist]
                                                  [--output Data/fashion-mnist-subset]
"""
import argparse
import gzip
import os
import struct
import sys

CLASSES = 10
SPLITS = [("train", 600), ("t10k", 100)]


def read_idx(path):
    """Returns (sizes, data bytes) of a gzipped IDX file, checking its header against its length."""
    with gzip.open(path, "rb") as f:
        content = f.read()
    zero, kind, rank = struct.unpack(">HBB", content[:4])
    if zero != 0 or kind != 0x08:
        sys.exit(f"{path}: not an unsigned-byte IDX file")
    sizes = struct.unpack(f">{rank}I", content[4:4 + 4 * rank])
    data = content[4 + 4 * rank:]
    expected = 1
    for size in sizes:
        expected *= size
    if len(data) != expected:
        sys.exit(f"{path}: header declares {expected} data bytes, file holds {len(data)}")
    return sizes, data


def write_idx(path, sizes, data):
    header = struct.pack(">HBB", 0, 0x08, len(sizes)) + struct.pack(f">{len(sizes)}I", *sizes)
    with open(path, "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", compresslevel=9, fileobj=raw, mtime=0) as f:
            f.write(header + data)


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--source", default="/usr/share/datasets/fashion-mnist")
    parser.add_argument("--output", default=os.path.join(root, "Data", "fashion-mnist-subset"))
    args = parser.parse_args()
    os.makedirs(args.output, exist_ok=True)

    for prefix, per_class in SPLITS:
        images_name = f"{prefix}-images-idx3-ubyte.gz"
        labels_name = f"{prefix}-labels-idx1-ubyte.gz"
        image_sizes, images = read_idx(os.path.join(args.source, images_name))
        label_sizes, labels = read_idx(os.path.join(args.source, labels_name))
        if image_sizes[0] != label_sizes[0]:
            sys.exit(f"{prefix}: {image_sizes[0]} images but {label_sizes[0]} labels")
        row = image_sizes[1] * image_sizes[2]

        taken = [0] * CLASSES
        chosen = []
        for index, label in enumerate(labels):
            if taken[label] < per_class:
                taken[label] += 1
                chosen.append(index)
        if taken != [per_class] * CLASSES:
            sys.exit(f"{prefix}: not enough examples per class: {taken}")

        subset_images = b"".join(images[i * row:(i + 1) * row] for i in chosen)
        subset_labels = bytes(labels[i] for i in chosen)
        write_idx(os.path.join(args.output, images_name), (len(chosen),) + tuple(image_sizes[1:]), subset_images)
        write_idx(os.path.join(args.output, labels_name), (len(chosen),), subset_labels)
        print(f"{prefix}: {len(chosen)} examples ({per_class} per class), last chosen index {chosen[-1]}")


if __name__ == "__main__":
    main()
