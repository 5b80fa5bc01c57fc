/// What a failing custom-activation check most likely means.
enum CustomHints {
    static let finite =
        "your activation must give finite values and derivatives for every finite Float, including ±3.4e38: avoid exponentiating large positive numbers (eˣ overflows above 88.72), squaring huge x, and ∞/∞ or ∞·0 (Hint 3 in Exercises/11-custom-activation/README.md)"
    static let nan =
        "NaN in must give NaN out for the value and the derivative: comparisons with NaN are false, so a branch like `x > 0 ? … : …` can turn NaN into a number; test x.isNaN first and return x (Hint 1 in Exercises/01-warm-up/README.md)"
    static let limits =
        "at ±∞ return the limits of your function and its derivative (they may be ±∞), never NaN: handle infinite x explicitly if your formula produces ∞/∞ or ∞·0 (Hint 3 in Exercises/11-custom-activation/README.md)"
    static let slope =
        "your derivative disagrees with the slope of your own function: differentiate your formula again (product and chain rules), and make sure both are written for the same function (Hint 1 in Exercises/11-custom-activation/README.md)"
    static let linear =
        "an activation must be non-linear, or a deep network collapses into a single linear layer: f(x) = ax + b fails; add a bend, a saturation or a gate"
    static let copy =
        "this is a built-in activation (up to scaling and shifting); design a function of your own, e.g. combine ideas from the lessons or invent a new shape"
    static let flat =
        "a derivative that is 0 everywhere lets no gradient through, so nothing can be learned: your activation needs a non-zero slope somewhere (Hint 2 in Exercises/11-custom-activation/README.md)"
    static let diverged =
        "the loss became NaN or ∞ while training: your activation or its derivative grows too fast (e.g. eˣ for large x) or returns NaN somewhere; keep both bounded by something like |x| for large |x| (Hints 2 and 3 in Exercises/11-custom-activation/README.md)"
    static let trains =
        "a network with your activation did not learn a simple non-linear data set: check that the derivative really is the slope of your function (a wrong derivative sends gradient descent the wrong way), that the slope is not 0 over most inputs, and that the function bends somewhere near 0 (Hint 2 in Exercises/11-custom-activation/README.md)"
}
