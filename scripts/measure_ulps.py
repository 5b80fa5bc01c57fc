#!/usr/bin/env python3
"""Measures how far `lab values` is from the correctly rounded answer, in ulps.

    KIT_IMPL=solutions swift build --product lab --scratch-path .build/solutions
    python3 scripts/measure_ulps.py --lab .build/solutions/debug/lab [--points 3000] [name ...]

For every scalar activation (default: all of them, lesson 12's relu6, hard-sigmoid and
hard-swish included; the two-input gated units are measured by Tests/SolutionTests instead,
Swish's betaGradient by measure_beta_gradient.py) it feeds `lab values <name>` a fixed set of
inputs (the fixture inputs of make_fixtures.py plus `--points` more from a fixed-seed generator:
random Float bit patterns, so every binade is sampled, and uniform draws in [-20, 20] and
[-110, 110]), computes the correctly rounded value and derivative with the same mpmath code as
the fixtures, and prints the largest distance in ulps and the input where it occurs. It prints
`nan-mismatch` where a NaN appears on only one side. Needs python3 + mpmath.
"""

import argparse
from decimal import Decimal
import math
import os
import struct
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_fixtures as fx  # noqa: E402  (shares the exact functions and the rounding)


def ordered(x):
    """A float32's position on the line of float32s (+0 and -0 coincide)."""
    bits = struct.unpack(">I", struct.pack(">f", x))[0]
    magnitude = bits & 0x7FFFFFFF
    return -magnitude if bits >> 31 else magnitude


def distance(got, expected):
    if math.isnan(got) or math.isnan(expected):
        return 0 if math.isnan(got) and math.isnan(expected) else math.inf
    return abs(ordered(got) - ordered(expected))


def parse(word):
    if word in ("nan", "inf", "-inf"):
        return float(word)
    return fx.to_f32(Decimal(word))


def extra_inputs(count):
    generator = fx.SplitMix64(99)
    points = []
    for k in range(count):
        kind = k % 3
        if kind == 0:
            bits = generator.next() & 0xFFFFFFFF
            if (bits >> 23) & 0xFF == 0xFF:
                continue
            sign = -1.0 if bits >> 31 else 1.0
            exponent, fraction = (bits >> 23) & 0xFF, bits & 0x7FFFFF
            points.append(sign * (math.ldexp(fraction, -149) if exponent == 0
                                  else math.ldexp(fraction | 0x800000, exponent - 150)))
        else:
            bound = 20 if kind == 1 else 110
            points.append(fx.to_f32(generator.uniform(-bound, bound)))
    return points


def measure(lab, function, xs):
    text = "\n".join(fx.shortest(x) for x in xs) + "\n"
    run = subprocess.run([lab, "values", function["name"]], input=text, capture_output=True,
                         text=True, check=True)
    worst = [(0, None), (0, None)]
    for x, line in zip(xs, run.stdout.split("\n")):
        got = [parse(word) for word in line.split()[1:3]]
        expected = (fx.evaluate_exact(function, x) if "corners" in function
                    else fx.evaluate(function, x))[:2]
        for column in range(2):
            d = distance(got[column], expected[column])
            if d > worst[column][0] or worst[column][1] is None:
                worst[column] = (d, x)
    return worst


def describe(entry):
    d, x = entry
    if d == 0:
        return "0 ulps (correctly rounded)"
    if d == math.inf:
        return "nan-mismatch at x = %s" % fx.shortest(x)
    return "%d ulp%s at x = %s" % (d, "" if d == 1 else "s", fx.shortest(x))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lab", default=".build/solutions/debug/lab")
    parser.add_argument("--points", type=int, default=3000)
    parser.add_argument("names", nargs="*")
    options = parser.parse_args()
    extra = extra_inputs(options.points)
    for function in fx.FUNCTIONS + fx.HARD_FUNCTIONS:
        if options.names and function["name"] not in options.names:
            continue
        # Lesson 12's piecewise functions have their own fixture inputs (the kinks at -3, 3, 6).
        xs = fx.hard_inputs() if "corners" in function else fx.inputs()
        known = set(xs)
        xs += [x for x in extra if x not in known]
        value, derivative = measure(options.lab, function, xs)
        print("%-12s f: %-32s f': %s   (%d inputs)" % (
            function["name"], describe(value), describe(derivative), len(xs)), flush=True)


if __name__ == "__main__":
    main()
