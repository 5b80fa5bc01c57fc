#!/usr/bin/env python3
"""Regenerates the correctly rounded reference tables in Tests/Fixtures/.

    python3 scripts/make_fixtures.py        (or: make fixtures)

Every activation, derivative, PReLU alpha-gradient, Swish beta-gradient and gated-unit gradient
is evaluated with mpmath at 128 bits or more and rounded *correctly* to Float32: the exact binary
value mpmath returns is rounded to the nearest float32 by integer arithmetic (ties to even,
gradual underflow into the subnormals, overflow to infinity at 2^128 - 2^103), never through
Python's float(), whose rounding to double first could move a value that sits near a float32
midpoint to the wrong side. Each value is computed at two precisions (p and 2p bits) and the
precision is raised until both round to the same float32 and the result is clearly away from a
midpoint (Ziv's strategy), so a formula that lost digits to cancellation cannot slip a wrong
answer through.

Numbers are written as the shortest decimal that reads back to the same float32, laid out as
numpy prints a float32 (0.1, 1e-08, 1e+06, 3.4028235e+38), with nan, inf, -inf as such.
The output depends only on this file: the "random" inputs come from a fixed-seed SplitMix64,
so running the script twice writes identical files.
"""

from decimal import Decimal, ROUND_CEILING, ROUND_FLOOR, localcontext
from fractions import Fraction
import math
import os
import sys

try:
    import mpmath
    from mpmath import mp, mpf
except ImportError:  # pragma: no cover
    sys.exit("make_fixtures.py needs mpmath: python3 -m pip install mpmath")

COMMAND = "python3 scripts/make_fixtures.py   (make fixtures)"
FIXTURES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Tests", "Fixtures")
BASE_PRECISION = 128          # bits; raised automatically where a value needs more
MAX_PRECISION = 8192

# --------------------------------------------------------------------------------------------
# Correct rounding to float32 and shortest printing
# --------------------------------------------------------------------------------------------

F32_MANT = 24                 # significand bits, hidden bit included
F32_EMIN_SUB = -149           # exponent of the least subnormal, 2^-149
F32_OVERFLOW = 1 << 128       # rounded magnitudes reaching 2^128 become infinity


class Rounded:
    """A float32 (held exactly in a Python float) and whether the input was close to a tie."""

    def __init__(self, value, ambiguous=False):
        self.value = value
        self.ambiguous = ambiguous


def round_fraction(q, slack=Fraction(0)):
    """Rounds the exact rational q to the nearest float32, ties to even.

    `slack` is the absolute uncertainty of q: when a float32 midpoint lies within it, the
    result is flagged ambiguous so that the caller can recompute with more precision.
    """
    if q == 0:
        return Rounded(0.0)
    sign = -1.0 if q < 0 else 1.0
    a = abs(q)
    # e = floor(log2 a), from the bit lengths of numerator and denominator, then corrected.
    e = a.numerator.bit_length() - a.denominator.bit_length()
    if a < Fraction(2) ** e:
        e -= 1
    quantum = max(e - (F32_MANT - 1), F32_EMIN_SUB)   # spacing of float32s around a
    scaled = a / Fraction(2) ** quantum
    n = scaled.numerator // scaled.denominator
    remainder = scaled - n
    half = Fraction(1, 2)
    if remainder > half or (remainder == half and n % 2 == 1):
        n += 1
    ambiguous = abs(remainder - half) * Fraction(2) ** quantum <= slack
    magnitude = Fraction(n) * Fraction(2) ** quantum
    if magnitude >= F32_OVERFLOW:
        return Rounded(sign * math.inf, ambiguous)
    return Rounded(sign * math.ldexp(n, quantum), ambiguous)


def round_mpf(v, precision, exact):
    """Rounds an mpmath value to float32. `exact` says v carries no error at all."""
    if mpmath.isnan(v):
        return Rounded(math.nan)
    if mpmath.isinf(v):
        return Rounded(math.inf if v > 0 else -math.inf)
    if v == 0:
        return Rounded(0.0)
    sign, man, exp, bc = v._mpf_
    top = exp + bc            # 2^(top-1) <= |v| < 2^top
    # Far outside float32's range the value can be classified without exact arithmetic
    # (and must be: exp(-1e30) has an exponent no Fraction could hold).
    if top < F32_EMIN_SUB - 2:
        return Rounded(-0.0 if sign else 0.0)
    if top > 130:
        return Rounded(-math.inf if sign else math.inf)
    q = Fraction(-man if sign else man) * Fraction(2) ** exp
    slack = Fraction(0) if exact else abs(q) * Fraction(2) ** (16 - precision)
    r = round_fraction(q, slack)
    if r.value == 0 and sign:
        r.value = -0.0
    return r


def to_f32(x):
    """The float32 nearest to a Python number (an exact rational for floats and Decimals)."""
    if isinstance(x, float) and (math.isnan(x) or math.isinf(x) or x == 0):
        return x
    return round_fraction(Fraction(x)).value


def shortest(x):
    """The shortest decimal string that reads back (round to nearest) to the float32 x."""
    if math.isnan(x):
        return "nan"
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    if x == 0:
        return "-0.0" if math.copysign(1.0, x) < 0 else "0.0"
    exact = Decimal(x)
    best = None
    with localcontext() as context:
        context.prec = 60
        for digits in range(1, 10):
            quantum = Decimal(1).scaleb(exact.adjusted() - digits + 1)
            candidates = {exact.quantize(quantum, rounding=ROUND_FLOOR),
                          exact.quantize(quantum, rounding=ROUND_CEILING)}
            fits = [c for c in candidates if c != 0 and to_f32(c) == x]
            if fits:
                best = min(fits, key=lambda c: (abs(c - exact), c))
                break
    sign, digit_tuple, exponent = best.normalize().as_tuple()
    text = "".join(map(str, digit_tuple))
    return ("-" if sign else "") + layout(text, exponent, 1e-4 <= abs(x) < 1e6)


def layout(digits, exponent, positional):
    """numpy's repr layout of a float32 for the number int(digits) * 10^exponent: positional
    for 1e-4 <= |x| < 1e6 (with at least one digit after the point), scientific otherwise."""
    point = len(digits) + exponent           # digits before the decimal point
    scientific = point - 1
    if positional:
        if exponent >= 0:
            return digits + "0" * exponent + ".0"
        if point > 0:
            return digits[:point] + "." + digits[point:]
        return "0." + "0" * (-point) + digits
    mantissa = digits[0] + ("." + digits[1:] if len(digits) > 1 else "")
    return "%se%s%02d" % (mantissa, "+" if scientific >= 0 else "-", abs(scientific))


# --------------------------------------------------------------------------------------------
# The functions, exact (mpmath) forms
# --------------------------------------------------------------------------------------------

LEAKY_ALPHA = to_f32(0.01)    # what LeakyReLU() stores: Float(0.01)
PRELU_ALPHA = 0.25
ELU_ALPHA = 1.0
SELU_ALPHA = "1.6732632423543772848170429916717"
SELU_LAMBDA = "1.0507009873554804934193349852946"


def sigmoid(x):
    e = mp.exp(-abs(x))
    return 1 / (1 + e) if x >= 0 else e / (1 + e)


def sigmoid_derivative(x):
    e = mp.exp(-abs(x))
    return e / (1 + e) ** 2


def softplus(x):
    return max(x, 0) + mp.log1p(mp.exp(-abs(x)))


def phi_cdf(x):
    return mp.erfc(-x / mp.sqrt(2)) / 2


def elu_parts(x, alpha):
    if x > 0:
        return x, mpf(1)
    return alpha * mp.expm1(x), alpha * mp.exp(x)


def selu_parts(x):
    lam, alpha = mpf(SELU_LAMBDA), mpf(SELU_ALPHA)
    value, derivative = elu_parts(x, alpha)
    return lam * value, lam * derivative


def custom_parts(x):
    # f(x) = x * (1 - exp(-e^x)). Past x = 100, exp(-e^x) < 10^(-10^43): far below any working
    # precision, and too small even for mpmath's exponent, so the gate is taken as exactly 1.
    if x > 100:
        return x, mpf(1)
    gate = -mp.expm1(-mp.exp(x))
    return x * gate, gate + x * mp.exp(x - mp.exp(x))


def spec(name, header, parts, limits, exact=False, odd=True, alpha_gradient=None):
    """One activation: `parts(x)` gives the exact value and derivative for finite x; `limits`
    gives them at -inf and +inf; `odd` says f(-0) = -0 as IEEE arithmetic would give it."""
    return dict(name=name, header=header, parts=parts, limits=limits, exact=exact, odd=odd,
                alpha_gradient=alpha_gradient)


def limit(value, derivative):
    return (lambda: value, lambda: derivative)


FUNCTIONS = [
    spec("identity", "f(x) = x", lambda x: (x, mpf(1)),
         {-1: limit(-mp.inf, 1), 1: limit(mp.inf, 1)}, exact=True),
    spec("binary-step", "f(x) = 1 for x >= 0, else 0; f'(x) = 0 (also at the jump)",
         lambda x: (mpf(1 if x >= 0 else 0), mpf(0)),
         {-1: limit(0, 0), 1: limit(1, 0)}, exact=True, odd=False),
    spec("arctan", "f(x) = atan(x); f'(x) = 1/(1+x^2)",
         lambda x: (mp.atan(x), 1 / (1 + x * x)),
         {-1: (lambda: -mp.pi / 2, lambda: 0), 1: (lambda: mp.pi / 2, lambda: 0)}),
    spec("sigmoid", "f(x) = 1/(1+e^-x); f'(x) = f(x)(1-f(x))",
         lambda x: (sigmoid(x), sigmoid_derivative(x)),
         {-1: limit(0, 0), 1: limit(1, 0)}, odd=False),
    spec("tanh", "f(x) = tanh(x); f'(x) = sech^2(x)",
         lambda x: (mp.tanh(x), 1 / mp.cosh(x) ** 2),
         {-1: limit(-1, 0), 1: limit(1, 0)}),
    spec("relu", "f(x) = max(0, x); f'(x) = 1 for x > 0, else 0 (left derivative at 0)",
         lambda x: (x if x > 0 else mpf(0), mpf(1 if x > 0 else 0)),
         {-1: limit(0, 0), 1: limit(mp.inf, 1)}, exact=True, odd=False),
    spec("leaky-relu",
         "f(x) = x for x > 0, else alpha*x; alpha = Float(0.01) = %r exactly (the Float "
         "LeakyReLU() stores); f'(0) = alpha" % LEAKY_ALPHA,
         lambda x: (x if x > 0 else mpf(LEAKY_ALPHA) * x, mpf(1 if x > 0 else LEAKY_ALPHA)),
         {-1: limit(-mp.inf, LEAKY_ALPHA), 1: limit(mp.inf, 1)}, exact=True),
    spec("prelu",
         "f(x) = x for x > 0, else alpha*x; alpha = 0.25; f'(0) = alpha; "
         "df/dalpha = 0 for x > 0, else x",
         lambda x: (x if x > 0 else mpf(PRELU_ALPHA) * x, mpf(1 if x > 0 else PRELU_ALPHA)),
         {-1: limit(-mp.inf, PRELU_ALPHA), 1: limit(mp.inf, 1)}, exact=True,
         alpha_gradient=lambda x: mpf(0) if x > 0 else x),
    spec("elu", "f(x) = x for x > 0, else alpha*(e^x - 1); alpha = 1; f'(0) = alpha",
         lambda x: elu_parts(x, mpf(ELU_ALPHA)),
         {-1: limit(-ELU_ALPHA, 0), 1: limit(mp.inf, 1)}),
    spec("selu",
         "f(x) = lambda*x for x > 0, else lambda*alpha*(e^x - 1); alpha = %s, lambda = %s "
         "(the exact real constants); f'(0) = lambda*alpha" % (SELU_ALPHA, SELU_LAMBDA),
         selu_parts,
         {-1: (lambda: -mpf(SELU_LAMBDA) * mpf(SELU_ALPHA), lambda: 0),
          1: (lambda: mp.inf, lambda: mpf(SELU_LAMBDA))}),
    spec("softplus", "f(x) = log(1 + e^x); f'(x) = sigmoid(x)",
         lambda x: (softplus(x), sigmoid(x)),
         {-1: limit(0, 0), 1: limit(mp.inf, 1)}, odd=False),
    spec("swish", "f(x) = x*sigmoid(beta*x); beta = 1",
         lambda x: (x * sigmoid(x), sigmoid(x) + x * sigmoid_derivative(x)),
         {-1: limit(0, 0), 1: limit(mp.inf, 1)}),
    spec("gelu", "f(x) = x*Phi(x) (exact erf form); f'(x) = Phi(x) + x*phi(x)",
         lambda x: (x * phi_cdf(x),
                    phi_cdf(x) + x * mp.exp(-x * x / 2) / mp.sqrt(2 * mp.pi)),
         {-1: limit(0, 0), 1: limit(mp.inf, 1)}),
    spec("mish", "f(x) = x*tanh(softplus(x)); f'(x) = tanh(sp) + x*sech^2(sp)*sigmoid(x)",
         lambda x: (x * mp.tanh(softplus(x)),
                    mp.tanh(softplus(x)) + x * sigmoid(x) / mp.cosh(softplus(x)) ** 2),
         {-1: limit(0, 0), 1: limit(mp.inf, 1)}),
    spec("custom",
         "the reference Solution's CustomActivation, f(x) = x*(1 - exp(-e^x)), "
         "f'(x) = 1 - exp(-e^x) + x*exp(x - e^x). A student's own CustomActivation is a "
         "different function: never grade it against this table",
         custom_parts, {-1: limit(0, 0), 1: limit(mp.inf, 1)}),
]


def evaluate(function, x):
    """The correctly rounded [value, derivative(, alpha-gradient)] at the float32 x."""
    count = 3 if function["alpha_gradient"] else 2
    if math.isnan(x):
        return [math.nan] * count
    if math.isinf(x):
        value, derivative = function["limits"][1 if x > 0 else -1]
        gradient = function["alpha_gradient"]
        return ziv(lambda: [mpf(value()), mpf(derivative())] + (
            [mpf(gradient(mpf(x)))] if gradient else []), exact=False)
    point = mpf(x)

    def parts():
        values = list(function["parts"](point))
        if function["alpha_gradient"]:
            values.append(function["alpha_gradient"](point))
        return [mpf(v) for v in values]

    results = ziv(parts, function["exact"])
    if x == 0 and math.copysign(1.0, x) < 0 and function["odd"]:
        results[0] = -0.0 if results[0] == 0 else results[0]
        if function["alpha_gradient"]:
            results[2] = -0.0
    return results


def ziv(parts, exact, precision=BASE_PRECISION):
    """Evaluates `parts` at p and 2p bits until both round alike and unambiguously."""
    while precision <= MAX_PRECISION:
        with mp.workprec(precision):
            low = [round_mpf(v, precision, exact) for v in parts()]
        with mp.workprec(2 * precision):
            high = [round_mpf(v, 2 * precision, exact) for v in parts()]
        agree = all(same(a.value, b.value) and not a.ambiguous and not b.ambiguous
                    for a, b in zip(low, high))
        if agree or exact:
            return [r.value for r in high]
        precision *= 2
    raise RuntimeError("no correctly rounded result within %d bits" % MAX_PRECISION)


def same(a, b):
    return (math.isnan(a) and math.isnan(b)) or a == b


# --------------------------------------------------------------------------------------------
# Inputs
# --------------------------------------------------------------------------------------------

class SplitMix64:
    """A tiny fixed-seed generator, so the "random" inputs never depend on Python's version."""

    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & 0xFFFFFFFFFFFFFFFF
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & 0xFFFFFFFFFFFFFFFF
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & 0xFFFFFFFFFFFFFFFF
        return z ^ (z >> 31)

    def uniform(self, low, high):
        return low + (high - low) * (self.next() >> 11) / float(1 << 53)


LEAST_SUBNORMAL = math.ldexp(1, -149)
LEAST_NORMAL = math.ldexp(1, -126)
GREATEST_FINITE = math.ldexp(2 ** 24 - 1, 104)
EXP_OVERFLOW = 88.72283935546875          # Float: e^x overflows past this
TINY_BELOW = math.ldexp(1, -10)            # the regions match GradingSupport's InputRegion


def region(x):
    if math.isnan(x) or math.isinf(x):
        return "special"
    magnitude = abs(x)
    if magnitude == 0:
        return "zero"
    if magnitude <= 2 * LEAST_SUBNORMAL:
        return "kink"
    if magnitude < TINY_BELOW:
        return "tiny"
    if magnitude <= 10:
        return "moderate"
    if magnitude <= 88:
        return "tail"
    return "overflow"


def inputs():
    """Every input, each exactly a float32, in a fixed order without duplicates."""
    seeds = [0.0, -0.0, math.nan, math.inf, -math.inf]
    magnitudes = [LEAST_SUBNORMAL, 2 * LEAST_SUBNORMAL, math.ldexp(1, -140), 1e-40,
                  LEAST_NORMAL - LEAST_SUBNORMAL, LEAST_NORMAL, 1e-38, 1e-30, 1e-20, 1e-12,
                  1e-8, 5.9604645e-08, 1e-6, 3e-5, 9e-4]
    magnitudes += [10, 11, 12.5, 13, 13.5, 14, 15, 16.635532, 17.5, 20, 25, 30, 40, 44.4, 45, 50, 52, 60, 70,
                   80, 86.5, 87.336, 88, 88.5, EXP_OVERFLOW]
    magnitudes += [88.8, 89.5, 90, 100, 103.3, 104, 150, 709, 710, 745, 1000, 1e4, 1e6, 1e10,
                   1e20, 1e30, 1e38, GREATEST_FINITE]
    for m in magnitudes:
        seeds += [m, -m]
    # The moderate range densely: a regular grid and the points where derivatives change sign
    # (Swish, GELU, Mish and the custom function have a minimum there).
    seeds += [k / 16 for k in range(-160, 161)]
    seeds += [-1.2784645, -0.7517915, -1.1924, -1.0, 1e-3, -1e-3, 0.1, -0.1, 1 / 3, -1 / 3]
    generator = SplitMix64(20240607)
    seeds += [generator.uniform(-10, 10) for _ in range(60)]
    seeds += [generator.uniform(10, 88) * (1 if k % 2 else -1) for k in range(30)]
    # Random finite float32 bit patterns: every magnitude class, evenly in the exponent.
    for _ in range(40):
        bits = generator.next() & 0xFFFFFFFF
        if (bits >> 23) & 0xFF == 0xFF:
            continue
        sign = -1.0 if bits >> 31 else 1.0
        exponent = (bits >> 23) & 0xFF
        fraction = bits & 0x7FFFFF
        if exponent == 0:
            seeds.append(sign * math.ldexp(fraction, -149))
        else:
            seeds.append(sign * math.ldexp(fraction | 0x800000, exponent - 150))
    seen, result = set(), []
    for s in seeds:
        x = to_f32(s)
        key = "nan" if math.isnan(x) else (x, math.copysign(1.0, x))
        if key not in seen:
            seen.add(key)
            result.append(x)
    return result


# --------------------------------------------------------------------------------------------
# Softmax
# --------------------------------------------------------------------------------------------

SOFTMAX_CASES = [
    ("small-three", 2, [1.0, 2.0, 3.0]),
    ("small-two", 0, [0.5, -0.5]),
    ("single-logit", 0, [42.0]),
    ("all-equal", 3, [0.7] * 5),
    ("tiny-differences", 0, [1.0, 1 + 2.0 ** -23, 1 + 2.0 ** -22, 1 - 2.0 ** -24]),
    ("huge-1e4", 1, [1e4, 9999.0, 9990.0]),
    ("huge-1e30", 1, [1e30, 0.0, -1e30]),
    ("greatest-finite", 1, [GREATEST_FINITE, -GREATEST_FINITE, 0.0]),
    ("greatest-finite-pair", 0, [GREATEST_FINITE, GREATEST_FINITE]),
    ("negative-huge", 0, [-1e30, -1e4, -10001.0]),
    ("one-dominant", 0, [50.0, 0.0, -3.0, 1.0]),
    ("one-dominant-wrong-label", 2, [50.0, 0.0, -3.0, 1.0]),
    ("mixed-magnitudes", 4, [1e-30, -1e-20, 3.5, -80.0, 100.0, LEAST_SUBNORMAL]),
    ("subnormal-probabilities", 1, [0.0, -100.0, -103.0, -104.0]),
    ("ten-class", 7, None),          # deterministic pseudo-random logits, filled in below
    ("ramp-32", 31, [k * 0.75 - 12 for k in range(32)]),
    ("plus-inf", 0, [math.inf, 0.0, 1.0]),
    ("two-plus-inf", 2, [math.inf, math.inf, 5.0]),
    ("minus-inf", 1, [-math.inf, 1.0, 2.0]),
    ("all-minus-inf", 0, [-math.inf, -math.inf]),
    ("nan-logit", 1, [math.nan, 1.0, 2.0]),
]

SOFTMAX_HEADER = """\
# Columns (TAB-separated): case  label  logits  softmax  logSoftmax  jacobian  crossEntropy
#   crossEntropyGradient. Vectors are comma-separated; jacobian is the n x n matrix
#   J[i][j] = d softmax_i / d z_j = s_i (delta_ij - s_j), flattened row-major.
# crossEntropy = -logSoftmax[label]; crossEntropyGradient = softmax - onehot(label).
# Non-finite logits follow the limit conventions of the reference Solution:
#   -inf logits have probability 0 (log-probability -inf); if several logits are +inf they share
#   the probability equally (the limit of moving them to infinity together) and every finite
#   logit gets 0; if every logit is -inf, or any is NaN, every output is NaN.
"""


def softmax_row(label, logits):
    """The correctly rounded outputs of one case, as the strings of one TSV line."""
    n = len(logits)
    if any(math.isnan(z) for z in logits) or all(z == -math.inf for z in logits):
        nan = [math.nan]
        return [nan * n, nan * n, nan * (n * n), math.nan, nan * n]

    def outputs():
        top = max(logits)
        if top == math.inf:
            shifted = [mpf(0) if z == math.inf else -mp.inf for z in logits]
        else:
            shifted = [mpf(z) - mpf(top) for z in logits]
        exps = [mp.exp(d) for d in shifted]
        total = mp.fsum(exps)
        s = [e / total for e in exps]
        log_total = mp.log(total)
        log_s = [d - log_total for d in shifted]
        # 1 - s_i as the sum of the other terms, so that no digits cancel.
        complement = [mp.fsum(exps[:i] + exps[i + 1:]) / total for i in range(n)]
        jacobian = [s[i] * complement[i] if i == j else -s[i] * s[j]
                    for i in range(n) for j in range(n)]
        gradient = [-complement[i] if i == label else s[i] for i in range(n)]
        return s + log_s + jacobian + [-log_s[label]] + gradient

    # Differences of float32s far apart need up to ~280 bits to be exact: start above that.
    values = ziv(outputs, exact=False, precision=512)
    s, values = values[:n], values[n:]
    log_s, values = values[:n], values[n:]
    jacobian, values = values[:n * n], values[n * n:]
    return [s, log_s, jacobian, values[0], values[1:]]


def vector(values):
    return ",".join(shortest(v) for v in values)


# --------------------------------------------------------------------------------------------
# Lesson 08: Swish's beta-gradient
# --------------------------------------------------------------------------------------------
#
# swish_beta(x) = x*sigmoid(beta*x) depends on beta through t = beta*x alone, so
#   df/dbeta = x * x * sigmoid'(beta*x) = x^2 * sigmoid(beta*x) * sigmoid(-beta*x),
# the gradient that trains a learned beta. It has a table of its own, so that swish.tsv stays
# byte-identical: the shared inputs at each beta the lesson's checks use (1, the default; 2, 0.5
# and Float(1.702), those of its Swish(beta:) checks), at beta = 0 (where swish is x/2 and
# df/dbeta = x^2/4, exact rationals) and at beta = -1 (df/dbeta is even in beta).

SWISH_BETAS = [1.0, 2.0, 0.5, to_f32(1.702), 0.0, -1.0]


def swish_beta_gradient(x, beta):
    """x^2 sigmoid(t) sigmoid(-t) = x^2 e/(1 + e)^2, t = beta*x, e = e^-|t|: no 1 - sigmoid."""
    e = mp.exp(-abs(mpf(beta) * x))
    return x * x * e / (1 + e) ** 2


def swish_beta_row(beta, x):
    """The correctly rounded df/dbeta at the float32s beta and x."""
    if math.isnan(x):
        return math.nan
    if math.isinf(x):
        # x^2 grows, e^-|beta x| vanishes faster: 0; with beta = 0 only x^2/4 is left: +inf.
        return math.inf if beta == 0 else 0.0
    if beta == 0:
        return round_fraction(Fraction(x) ** 2 / 4).value
    return ziv(lambda: [swish_beta_gradient(mpf(x), beta)], exact=False)[0]


def write_swish_beta():
    points = inputs()
    lines = provenance("swish-beta: df/dbeta of swish_beta(x) = x*sigmoid(beta*x): "
                       "df/dbeta = x^2*sigmoid(beta*x)*sigmoid(-beta*x); at x = +-inf its limit, 0 "
                       "for beta != 0 and +inf for beta = 0 (where it is x^2/4)") + [
        "# Betas: %s (1.702 is the Float nearest to it, as Swish(beta: 1.702) stores it). Regions "
        "by |x|: zero; kink (within 2 ulps of 0: +-1e-45, +-3e-45); tiny (< 2^-10); moderate "
        "(<= 10); tail (<= 88); overflow; special (+-inf, nan)." % ", ".join(
            repr(b) if b != to_f32(1.702) else shortest(b) for b in SWISH_BETAS),
        "# Columns (TAB-separated): region  beta  x  df/dbeta"]
    for beta in SWISH_BETAS:
        for x in points:
            lines.append("\t".join([region(x), shortest(beta), shortest(x),
                                     shortest(swish_beta_row(beta, x))]))
    write(os.path.join(FIXTURES, "swish-beta.tsv"), lines)
    print("wrote swish-beta.tsv (%d betas x %d points)" % (len(SWISH_BETAS), len(points)))


# --------------------------------------------------------------------------------------------
# Lesson 12: the hard (piecewise) activations and the gated linear units
# --------------------------------------------------------------------------------------------
#
# These tables have their own input lists, so that the tables above stay byte-identical: the
# shared inputs plus points at and around the kinks at -3, 3 and 6 and around hard-swish's
# minimum at -1.5. Their regions are those of region() except "corner" (within 2^-10 of one
# of the function's kinks other than 0, the kink itself included) and, for hard-swish, "dip"
# (within 2^-10 of -1.5, where f' changes sign).

CORNER_WIDTH = math.ldexp(1, -10)


# The hard functions are rational in x, so they are evaluated exactly, in Fractions, and rounded
# once: no working precision to choose, and a value exactly halfway between two float32s (as
# (x + 3)/6 can be) is rounded by the tie rule, not flagged as ambiguous.
SIXTH = Fraction(1, 6)


def relu6_parts(x):
    value = Fraction(0) if x <= 0 else (x if x <= 6 else Fraction(6))
    return value, Fraction(1 if 0 < x <= 6 else 0)


def hard_sigmoid_parts(x):
    if x <= -3:
        return Fraction(0), Fraction(0)
    if x >= 3:
        return Fraction(1), (Fraction(0) if x > 3 else SIXTH)
    return (x + 3) * SIXTH, SIXTH


def hard_swish_parts(x):
    if x <= -3:
        return Fraction(0), Fraction(0)
    if x > 3:
        return x, Fraction(1)
    return x * (x + 3) * SIXTH, (2 * x + 3) * SIXTH


def hard_spec(name, header, parts, limits, corners, dips=(), odd=False):
    return dict(name=name, header=header, parts=parts, limits=limits, odd=odd, corners=corners,
                dips=dips)


def evaluate_exact(function, x):
    """[value, derivative] of a rational function at the float32 x, correctly rounded."""
    if math.isnan(x):
        return [math.nan, math.nan]
    if math.isinf(x):
        return list(function["limits"][1 if x > 0 else -1])
    results = [round_fraction(q).value for q in function["parts"](Fraction(x))]
    if x == 0 and math.copysign(1.0, x) < 0 and function["odd"] and results[0] == 0:
        results[0] = -0.0
    return results


HARD_FUNCTIONS = [
    hard_spec("relu6", "f(x) = min(max(0, x), 6); f'(x) = 1 on (0, 6], else 0 (the left "
              "derivative at the kinks: f'(0) = 0, f'(6) = 1)",
              relu6_parts, {-1: (0.0, 0.0), 1: (6.0, 0.0)}, corners=[6]),
    hard_spec("hard-sigmoid", "f(x) = relu6(x + 3)/6; f'(x) = 1/6 on (-3, 3], else 0 (the left "
              "derivative at the kinks: f'(-3) = 0, f'(3) = 1/6)",
              hard_sigmoid_parts, {-1: (0.0, 0.0), 1: (1.0, 0.0)}, corners=[-3, 3]),
    hard_spec("hard-swish", "f(x) = x*relu6(x + 3)/6; f'(x) = 0 for x <= -3, (2x + 3)/6 on "
              "(-3, 3], 1 above (the left derivative at the kinks: f'(-3) = 0, f'(3) = 3/2)",
              hard_swish_parts, {-1: (0.0, 0.0), 1: (math.inf, 1.0)}, corners=[-3, 3],
              dips=[-1.5], odd=True),
]


def hard_region(function, x):
    if not math.isnan(x) and not math.isinf(x):
        if any(abs(x - c) <= CORNER_WIDTH for c in function["corners"]):
            return "corner"
        if any(abs(x - c) <= CORNER_WIDTH for c in function["dips"]):
            return "dip"
    return region(x)


def neighbours(c):
    """c itself and float32s on both sides of it: 1 and 2 ulps away, then 2^-20 and 2^-10."""
    # Every float32 here is a normal number with |c| in [1, 8), so its neighbours are c -+ k
    # units of 2^(e - 23), e = floor(log2 |c|) (the spacing halves just below a power of 2).
    e = math.frexp(c)[1] - 1
    above, below = math.ldexp(1, e - 23), math.ldexp(1, e - 23)
    if abs(c) == math.ldexp(1, e):
        if c > 0:
            below /= 2
        else:
            above /= 2
    points = [c]
    for k in (1, 2):
        points += [c - k * below, c + k * above]
    for offset in (math.ldexp(1, -20), 1e-4, math.ldexp(1, -10)):
        points += [c - offset, c + offset]
    return points


def hard_inputs():
    """The shared inputs, then the points around -3, 3, 6 and -1.5, without duplicates."""
    seeds = inputs()
    for c in (-3.0, 3.0, 6.0, -1.5):
        seeds += neighbours(c)
    seeds += [5.5, 6.5, 2.5, -2.5, 2.9, -2.9, 3.1, -3.1]   # Keras 2's kinks at +-2.5, too
    seen, result = set(), []
    for s in seeds:
        x = to_f32(s)
        key = "nan" if math.isnan(x) else (x, math.copysign(1.0, x))
        if key not in seen:
            seen.add(key)
            result.append(x)
    return result


# Gated units f(a, b) = v * h(g): g is the input inside the non-linearity h, v the linear one.
# GLU(a, b) = a*sigmoid(b) gates with g = b (PyTorch's F.glu order); SwiGLU(a, b) = swish(a)*b
# and GEGLU(a, b) = gelu(a)*b put g = a (Shazeer 2020 and LLaMA's order). Then
#   df/dv = h(g)  and  df/dg = v * h'(g).


def sigmoid_pair(t):
    if mpmath.isinf(t):
        return (mpf(1), mpf(0)) if t > 0 else (mpf(0), mpf(0))
    return sigmoid(t), sigmoid_derivative(t)


def swish_pair(t):
    if mpmath.isinf(t):
        return (mp.inf, mpf(1)) if t > 0 else (mpf(0), mpf(0))
    return t * sigmoid(t), sigmoid(t) + t * sigmoid_derivative(t)


def gelu_pair(t):
    if mpmath.isinf(t):
        return (mp.inf, mpf(1)) if t > 0 else (mpf(0), mpf(0))
    return t * phi_cdf(t), phi_cdf(t) + t * mp.exp(-t * t / 2) / mp.sqrt(2 * mp.pi)


GATED_UNITS = [
    dict(name="glu", header="GLU(a, b) = a*sigmoid(b) (the gate sigmoid is applied to b, as in "
         "PyTorch's F.glu); df/da = sigmoid(b), df/db = a*sigmoid(b)*sigmoid(-b)",
         gate="b", pair=sigmoid_pair),
    dict(name="swiglu", header="SwiGLU(a, b) = swish(a)*b with swish(a) = a*sigmoid(a) (beta = "
         "1); df/da = swish'(a)*b, df/db = swish(a)", gate="a", pair=swish_pair),
    dict(name="geglu", header="GEGLU(a, b) = gelu(a)*b with the exact gelu(a) = a*Phi(a); "
         "df/da = gelu'(a)*b, df/db = gelu(a)", gate="a", pair=gelu_pair),
]


def gated_pairs():
    """(g, v) pairs: every region of the gated input g, each with a few linear inputs v; zero,
    tiny and huge v with moderate g; one input infinite with the other ordinary; NaN; and
    fixed-seed random pairs. Pairs where f would be 0 * inf (no limit) are left out."""
    gs = [0.0, -0.0, LEAST_SUBNORMAL, -LEAST_SUBNORMAL, 2 * LEAST_SUBNORMAL, -2 * LEAST_SUBNORMAL]
    for m in (1e-40, 1e-30, 1e-20, 1e-8, 9e-4):
        gs += [m, -m]
    gs += [k / 4 for k in range(-40, 41) if k != 0] + [-1.2784645, -0.7517915]
    for m in (11, 13.5, 16.635532, 20, 30, 44.4, 60, 80, 87.336, 88,
              88.5, EXP_OVERFLOW, 89.5, 100, 104, 150, 1e4, 1e30, GREATEST_FINITE):
        gs += [m, -m]
    vs = [1.0, -1.0, 0.5, -2.75, 7.25]
    pairs = [(g, v) for g in gs for v in vs]
    pairs += [(g, v) for g in (-6.0, -1.5, -0.25, 0.5, 2.0, 5.5)
              for v in (0.0, -0.0, 1e-30, -1e-20, 3e4, -1e30, GREATEST_FINITE)]
    ordinary = (-2.5, 0.5, 3.0)
    pairs += [(g, v) for g in (math.inf, -math.inf) for v in ordinary]
    pairs += [(g, v) for v in (math.inf, -math.inf) for g in ordinary]
    pairs += [(math.nan, 1.5), (1.5, math.nan), (math.nan, math.nan), (math.nan, math.inf),
              (-math.inf, math.nan), (math.nan, 0.0)]
    generator = SplitMix64(20261202)
    pairs += [(generator.uniform(-10, 10), generator.uniform(-10, 10)) for _ in range(160)]
    pairs += [(generator.uniform(10, 30) * (1 if k % 2 else -1), generator.uniform(-10, 10))
              for k in range(40)]
    return [(to_f32(g), to_f32(v)) for g, v in pairs]


def gated_row(unit, g, v):
    """[region, a, b, f, df/da, df/db] as strings."""
    a, b = (v, g) if unit["gate"] == "b" else (g, v)
    if math.isnan(g) or math.isnan(v):
        values = [math.nan] * 3
    else:
        def parts():
            h, slope = unit["pair"](mpf(g))
            value, d_v, d_g = mpf(v) * h, h, mpf(v) * slope
            if any(mpmath.isnan(w) for w in (value, d_v, d_g)):
                raise ValueError("%s(%r, %r) has no limit" % (unit["name"], a, b))
            return [value, d_v, d_g] if unit["gate"] == "b" else [value, d_g, d_v]
        values = ziv(parts, exact=False)
    special = any(math.isnan(w) or math.isinf(w) for w in (g, v))
    row = ["special" if special else region(g), shortest(a), shortest(b)]
    return row + [shortest(w) for w in values]


def write_lesson12():
    points = hard_inputs()
    for function in HARD_FUNCTIONS:
        lines = provenance("%s: %s" % (function["name"], function["header"])) + [
            "# Regions by |x|: zero; kink (within 2 ulps of 0: +-1e-45, +-3e-45); tiny (< 2^-10); "
            "moderate (<= 10); tail (<= 88); overflow; special (+-inf, nan); and, before those, "
            "corner (within 2^-10 of a kink at %s, the kink included)%s. Exact rational "
            "arithmetic, rounded once." % (
                ", ".join(shortest(float(c)) for c in function["corners"]),
                "; dip (within 2^-10 of %s, where f' changes sign)" % ", ".join(
                    shortest(float(c)) for c in function["dips"]) if function["dips"] else ""),
            "# Columns (TAB-separated): region  x  f(x)  f'(x)"]
        for x in points:
            row = [hard_region(function, x), shortest(x)] + [
                shortest(v) for v in evaluate_exact(function, x)]
            lines.append("\t".join(row))
        write(os.path.join(FIXTURES, function["name"] + ".tsv"), lines)
        print("wrote %s.tsv (%d points)" % (function["name"], len(points)))
    pairs = gated_pairs()
    for unit in GATED_UNITS:
        lines = provenance("%s: %s" % (unit["name"], unit["header"])) + [
            "# Regions by |g|, g the input inside the non-linearity (%s): zero; kink (+-1e-45, "
            "+-3e-45); tiny (< 2^-10); moderate (<= 10); tail (<= 88); overflow; special (either "
            "input +-inf or nan). An infinite input with the other finite gives the limit as "
            "that input alone grows; NaN in either gives NaN in all three results." % unit["gate"],
            "# Columns (TAB-separated): region  a  b  f(a,b)  df/da  df/db"]
        for g, v in pairs:
            lines.append("\t".join(gated_row(unit, g, v)))
        write(os.path.join(FIXTURES, unit["name"] + ".tsv"), lines)
        print("wrote %s.tsv (%d pairs)" % (unit["name"], len(pairs)))


# --------------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------------

def provenance(title):
    return [
        "# " + title,
        "# Generated by: " + COMMAND,
        "# Do not edit by hand. Exact values computed with mpmath %s at >= %d bits, rounded "
        "correctly to Float32" % (mpmath.__version__, BASE_PRECISION),
        "#   (round to nearest, ties to even, subnormals kept, overflow to inf); numbers are the "
        "shortest decimals that read back exactly.",
    ]


def write(path, lines):
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        handle.write("\n".join(lines) + "\n")


def main():
    os.makedirs(FIXTURES, exist_ok=True)
    points = inputs()
    for function in FUNCTIONS:
        columns = "region  x  f(x)  f'(x)" + ("  df/dalpha" if function["alpha_gradient"] else "")
        lines = provenance("%s: %s" % (function["name"], function["header"])) + [
            "# Regions by |x|: zero; kink (within 2 ulps of 0: +-1e-45, +-3e-45); tiny (< 2^-10); "
            "moderate (<= 10); tail (<= 88; Float e^x overflows past 88.72); overflow; "
            "special (+-inf, nan).",
            "# Columns (TAB-separated): " + columns]
        for x in points:
            row = [region(x), shortest(x)] + [shortest(v) for v in evaluate(function, x)]
            lines.append("\t".join(row))
        write(os.path.join(FIXTURES, function["name"] + ".tsv"), lines)
        print("wrote %s.tsv (%d points)" % (function["name"], len(points)))

    generator = SplitMix64(7)
    lines = provenance("softmax: softmax, log-softmax, Jacobian and cross-entropy") + \
        SOFTMAX_HEADER.rstrip("\n").split("\n")
    for name, label, logits in SOFTMAX_CASES:
        if logits is None:
            logits = [generator.uniform(-3, 3) for _ in range(10)]
        logits = [to_f32(z) for z in logits]
        s, log_s, jacobian, loss, gradient = softmax_row(label, logits)
        lines.append("\t".join([name, str(label), vector(logits), vector(s), vector(log_s),
                                vector(jacobian), shortest(loss), vector(gradient)]))
    write(os.path.join(FIXTURES, "softmax.tsv"), lines)
    print("wrote softmax.tsv (%d cases)" % len(SOFTMAX_CASES))
    write_swish_beta()
    write_lesson12()


if __name__ == "__main__":
    main()
