#!/usr/bin/env python3
"""Measures how far Swish's `betaGradient` is from the correctly rounded df/dbeta, in ulps.

    python3 scripts/measure_beta_gradient.py [--swish FILE] [--points 3000]

`lab values` prints f and f' only, so this script compiles a small program of its own with
swiftc: `FILE` (default Solutions/08-swish-gelu-mish/Swish.swift; a mutant or a student's file
works too) against Sources/ActivationCore, and a main that reads "beta x" lines and prints
`Swish(beta: beta).betaGradient(x)`. It feeds it the inputs of Tests/Fixtures/swish-beta.tsv
(the fixture inputs at every beta of make_fixtures.SWISH_BETAS) plus `--points` more per beta
(random Float bit patterns, and uniform draws in [-20, 20] and [-110, 110], as
measure_ulps.py draws them) and `--points` pairs with a random beta as well (uniform in
[-3, 3], and random bit patterns of magnitude 2^-20 ... 2^20), computes the correctly rounded
value with the same mpmath code as the fixtures, and prints per beta the largest distance in
ulps and where it occurs, the largest outside the subnormal results (below 2^-126 the grader
accepts any difference), and the largest relative error. Needs python3 + mpmath and swiftc.
"""

import argparse
import math
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_fixtures as fx  # noqa: E402  (shares the exact function and the rounding)
from measure_ulps import distance, extra_inputs, parse  # noqa: E402

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")

MAIN = """\
while let line = readLine() {
    let words = line.split(separator: " ")
    guard words.count == 2, let beta = Float(words[0]), let x = Float(words[1]) else { continue }
    print(Swish(beta: beta).betaGradient(x).description)
}
"""


def build(swish, work):
    """swiftc: ActivationCore as a static library, then the file under test with MAIN."""
    core = sorted(os.path.join(ROOT, "Sources", "ActivationCore", name)
                  for name in os.listdir(os.path.join(ROOT, "Sources", "ActivationCore"))
                  if name.endswith(".swift"))
    main = os.path.join(work, "main.swift")
    with open(main, "w", encoding="utf-8") as handle:
        handle.write(MAIN)
    program = os.path.join(work, "beta-gradient")
    subprocess.run(["swiftc", "-O", "-parse-as-library", "-emit-library", "-static", "-module-name",
                    "ActivationCore", "-emit-module", "-emit-module-path",
                    os.path.join(work, "ActivationCore.swiftmodule"),
                    "-o", os.path.join(work, "libActivationCore.a")] + core, check=True)
    subprocess.run(["swiftc", "-O", "-I", work, "-L", work, "-lActivationCore", swish, main,
                    "-o", program], check=True)
    return program


def random_pairs(count):
    """(beta, x): beta uniform in [-3, 3] or of random magnitude 2^-20 ... 2^20 and sign, x as
    measure_ulps.py draws its extra inputs."""
    generator = fx.SplitMix64(2017)
    betas = []
    for k in range(count):
        if k % 2 == 0:
            betas.append(fx.to_f32(generator.uniform(-3, 3)))
        else:
            magnitude = math.ldexp(1.0 + generator.uniform(0, 1), int(generator.uniform(-20, 21)))
            betas.append(fx.to_f32(magnitude if generator.next() & 1 else -magnitude))
    return list(zip(betas, extra_inputs(count)))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--swish", default=os.path.join(ROOT, "Solutions", "08-swish-gelu-mish",
                                                        "Swish.swift"))
    parser.add_argument("--points", type=int, default=3000)
    options = parser.parse_args()
    extra = extra_inputs(options.points)
    groups = []
    for beta in fx.SWISH_BETAS:
        xs = fx.inputs()
        known = set(xs)
        xs += [x for x in extra if x not in known]
        groups.append(("beta = %s" % fx.shortest(beta), [(beta, x) for x in xs]))
    groups.append(("random beta", random_pairs(options.points)))

    with tempfile.TemporaryDirectory() as work:
        program = build(os.path.abspath(options.swish), work)
        for name, pairs in groups:
            text = "\n".join("%s %s" % (fx.shortest(b), fx.shortest(x)) for b, x in pairs) + "\n"
            run = subprocess.run([program], input=text, capture_output=True, text=True, check=True)
            worst, normal, relative = (0, None), (0, None), (0.0, None)
            for pair, word in zip(pairs, run.stdout.split("\n")):
                got = parse(word)
                expected = fx.swish_beta_row(*pair)
                d = distance(got, expected)
                if worst[1] is None or d > worst[0]:
                    worst = (d, pair)
                if abs(expected) >= fx.LEAST_NORMAL:
                    if normal[1] is None or d > normal[0]:
                        normal = (d, pair)
                    if math.isfinite(expected) and math.isfinite(got):
                        r = abs(got - expected) / abs(expected)
                        if relative[1] is None or r > relative[0]:
                            relative = (r, pair)
                    elif not (math.isinf(expected) and got == expected):
                        relative = (math.inf, pair)
            random = name == "random beta"
            print("%-14s all: %-34s normal results: %-34s max relative error %.3g%s  (%d inputs)" % (
                name, describe(worst, random), describe(normal, random), relative[0],
                "" if relative[1] is None else " at " + where(relative[1], random), len(pairs)),
                flush=True)


def where(pair, random):
    beta, x = pair
    return ("beta = %s, " % fx.shortest(beta) if random else "") + "x = " + fx.shortest(x)


def describe(entry, random):
    d, pair = entry
    if d == 0:
        return "0 ulps"
    if d == math.inf:
        return "nan-mismatch at " + where(pair, random)
    return "%d ulp%s at %s" % (d, "" if d == 1 else "s", where(pair, random))


if __name__ == "__main__":
    main()
