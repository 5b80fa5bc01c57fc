// The grading suites' hints in Simplified Chinese, mainland usage (代码, 函数, 溢出, 默认, 文件),
// keyed by their English text without the closing "(Hint N in …/README.md)", which the grader
// writes itself in this language (HintPointer). Numbers, formulas and code stay exactly as in
// the English; `{name}` is a value the hint is built from. `make test`
// (HintCatalogTests, and step 7 of grade self-check) names every hint missing here, every stale
// entry and every translation whose numbers or code differ. Terms: docs/glossary.md.
extension HintCatalog {
    static let simplifiedChinese = HintCatalog(.simplifiedChinese, [
        // MARK: Tests/GradingSupport (every lesson)
        "the kit's Tests/Fixtures are incomplete; tell your instructor":
            "本套件的 Tests/Fixtures 不完整；请告知授课教师",
        "return one entry per input entry, in the same order":
            "输入有几个元素，就要返回几个元素，顺序也要相同",
        "set GRADE_SEED to a non-negative integer such as 2026, or unset it":
            "把 GRADE_SEED 设为非负整数（例如 2026），或取消这个设置",
        "a finite input must give a finite result; if you have not started yet, replace unimplemented() with your formula":
            "有限的输入必须得到有限的结果；如果你还没开始写，请把 unimplemented() 换成你的公式",
        "eˣ overflows Float above x ≈ 88.72 (and e⁻ˣ below −88.72), giving ∞ and then ∞/∞ = NaN or ∞ − ∞; rewrite so you only ever exponentiate a non-positive number, e.g. use e^−|x|":
            "x ≈ 88.72 以上时 eˣ 会超出 Float 的范围而溢出（e⁻ˣ 则是在 −88.72 以下），先得到 ∞，接着变成 ∞/∞ = NaN 或 ∞ − ∞；请改写成只对非正数取指数，例如使用 e^−|x|",
        "at ±∞ return the limits: formulas like x·σ(x) or (eˣ − e⁻ˣ)/(eˣ + e⁻ˣ) produce ∞·0 or ∞/∞ = NaN there, so handle infinite x explicitly (x.isInfinite)":
            "在 ±∞ 要返回极限值：像 x·σ(x) 或 (eˣ − e⁻ˣ)/(eˣ + e⁻ˣ) 这类公式在那里会算出 ∞·0 或 ∞/∞ = NaN，所以请显式处理无穷大的 x（x.isInfinite）",
        "NaN in must give NaN out, for the value and the derivative: comparisons with NaN are false, so max(0, x) or `x > 0 ? 1 : 0` silently turn NaN into a number; test x.isNaN first (and return x)":
            "输入 NaN 就必须输出 NaN，函数值和导数都一样：任何与 NaN 的比较都是 false，所以 max(0, x) 或 `x > 0 ? 1 : 0` 会悄悄把 NaN 变成普通的数；请先检查 x.isNaN（并返回 x）",
        "your derivative disagrees with the slope of your own function: check you differentiated with respect to x and applied the chain and product rules, e.g. σ′(x) is σ(x)·σ(−x), a function of σ(x), not x(1 − x)":
            "你的导数和你自己函数的斜率不一致：请确认你是对 x 微分，并用对了链式法则与乘积法则；例如 σ′(x) 是 σ(x)·σ(−x)，是 σ(x) 的函数，而不是 x(1 − x)",
        "at a kink the kit uses the left derivative (the slope for x ≤ 0), as PyTorch does: ReLU′(0) = 0, LeakyReLU′(0) = α, ELU′(0) = α, SELU′(0) = λα; compare with `x > 0`, not `x >= 0`":
            "在折点上本套件采用左导数（x ≤ 0 那一侧的斜率），和 PyTorch 相同：ReLU′(0) = 0、LeakyReLU′(0) = α、ELU′(0) = α、SELU′(0) = λα；比较时请用 `x > 0`，不要用 `x >= 0`",
        "run the checks through the grader: make grade":
            "请通过评分程序运行这些检查：make grade",
        "fix the first crash or endless loop reported for this lesson; the checks after it then run normally":
            "先修正这一课报告的第一个崩溃或无穷循环；修好之后，后面的检查项就会正常运行",
        "this is a problem of the grading setup; tell your instructor":
            "这是评分环境的问题；请告知授课教师",
        "keep the names and signatures the stub declared":
            "请保留骨架代码（stub）声明的名称与签名",
        "look for a loop that never ends (a `while` whose condition never changes, or one that NaN keeps going)":
            "找找看有没有永远不会结束的循环（条件永远不变的 `while`，或是遇到 NaN 就一直跑下去的循环）",
        "this is a problem of the grading setup, not of your code; tell your instructor":
            "这是评分环境的问题，不是你的代码的问题；请告知授课教师",
        "a lesson function must return its answer; do not call exit()":
            "课程的函数必须返回答案；不要调用 exit()",
        "a trap: an index out of range, a failed precondition, an integer overflow, or Int(x) of a NaN or huge Float":
            "这是运行时陷阱（trap）：索引越界、前置条件不成立、整数溢出，或是对 NaN 或极大的 Float 做 Int(x)",
        "your code's process wrote something other than its answers to the grader's channel":
            "你的代码所在的进程，在评分程序的通道上写入了答案以外的东西",
        // MARK: 01-warm-up
        "atan is odd, atan(−x) = −atan(x): use Foundation's atan":
            "atan 是奇函数，atan(−x) = −atan(x)：请使用 Foundation 的 atan",
        "the identity returns its input unchanged: f(x) = x, for every Float including ±∞":
            "恒等函数原封不动地返回输入：f(x) = x，对每个 Float 都成立，包括 ±∞",
        "the identity's slope is 1 everywhere, also at ±∞; only NaN gives NaN":
            "恒等函数的斜率处处为 1，在 ±∞ 也是；只有 NaN 会得到 NaN",
        "the kit's step is 1 at x = 0 (and at −0, which equals 0): compare with x >= 0, not x > 0":
            "本套件的阶跃函数在 x = 0 时为 1（在 −0 也是，它等于 0）：比较时请用 x >= 0，不要用 x > 0",
        "just left of 0 the step is 0, at and right of 0 it is 1: compare with x >= 0":
            "在 0 的左侧，阶跃函数为 0；在 0 本身及其右侧为 1：比较时请用 x >= 0",
        "the binary step is 1 for x ≥ 0 and 0 for x < 0":
            "二元阶跃函数在 x ≥ 0 时为 1，在 x < 0 时为 0",
        "the binary step is flat on both sides and the kit takes its derivative as 0 at the jump too: f′(x) = 0 for every non-NaN x":
            "二元阶跃函数在两侧都是平的，本套件在跳跃处也把它的导数当作 0：对每个不是 NaN 的 x，f′(x) = 0",
        "atan(x) approaches ±π/2 ≈ ±1.57079637 for huge |x|: use Foundation's atan, which handles every Float":
            "|x| 极大时，atan(x) 趋近 ±π/2 ≈ ±1.57079637：请使用 Foundation 的 atan，它能正确处理每个 Float",
        "1/(1 + x²) with x² overflowing to ∞ correctly gives 0; NaN here usually means ∞/∞ from a rewritten formula":
            "1/(1 + x²) 在 x² 溢出成 ∞ 时会正确地得到 0；这里出现 NaN，通常表示改写后的公式算出了 ∞/∞",
        "arctan′(x) = 1/(1 + x²): for large |x| it is about 1/x², small but not 0":
            "arctan′(x) = 1/(1 + x²)：|x| 很大时约为 1/x²，很小，但不是 0",
        "arctan(x) = atan(x) (Foundation), with range (−π/2, π/2)":
            "arctan(x) = atan(x)（Foundation），值域为 (−π/2, π/2)",
        "arctan′(x) = 1/(1 + x²)":
            "arctan′(x) = 1/(1 + x²)",
        // MARK: 02-sigmoid
        "σ(0) = 1/(1 + e⁰) = 1/2 exactly":
            "σ(0) = 1/(1 + e⁰)，恰好等于 1/2",
        "near 0, σ(x) ≈ 1/2 + x/4: check the sign in the exponent, σ(x) = 1/(1 + e^−x)":
            "在 0 附近，σ(x) ≈ 1/2 + x/4：请检查指数的符号，σ(x) = 1/(1 + e^−x)",
        "check the formula σ(x) = 1/(1 + e^−x), including the minus sign in the exponent":
            "请检查公式 σ(x) = 1/(1 + e^−x)，包括指数里的负号",
        "far from 0, σ(x) is either almost exactly 1 or a tiny positive number; compute each side from e^−|x| (1/(1 + e^−x) for x ≥ 0, eˣ/(1 + eˣ) for x < 0) so neither overflows":
            "离 0 很远时，σ(x) 要么几乎恰好等于 1，要么是一个极小的正数；两侧都从 e^−|x| 算起（x ≥ 0 时用 1/(1 + e^−x)，x < 0 时用 eˣ/(1 + eˣ)），这样两边都不会溢出",
        "eˣ overflows Float above x ≈ 88.72, so eˣ/(1 + eˣ) becomes ∞/∞ = NaN; rewrite so you only ever exponentiate a non-positive number: 1/(1 + e^−x) for x ≥ 0 and eˣ/(1 + eˣ) for x < 0":
            "x ≈ 88.72 以上时 eˣ 会超出 Float 的范围而溢出，于是 eˣ/(1 + eˣ) 变成 ∞/∞ = NaN；请改写成只对非正数取指数：x ≥ 0 时用 1/(1 + e^−x)，x < 0 时用 eˣ/(1 + eˣ)",
        "σ(+∞) = 1 and σ(−∞) = 0: a formula that only ever exponentiates −|x| gets these for free":
            "σ(+∞) = 1，σ(−∞) = 0：只对 −|x| 取指数的公式，自然就会得到这两个值",
        "σ′(0) = σ(0)·σ(−0) = 1/4":
            "σ′(0) = σ(0)·σ(−0) = 1/4",
        "in the tails σ′(x) ≈ e^−|x| is tiny but not 0: compute it from e^−|x|, σ′ = e^−|x|/(1 + e^−|x|)², rather than from a formula with eˣ or e^−x that can overflow, or with 1 − σ, which cancels":
            "在尾部，σ′(x) ≈ e^−|x| 虽然极小，但不是 0：请从 e^−|x| 计算，σ′ = e^−|x|/(1 + e^−|x|)²，不要用含有 eˣ 或 e^−x、可能溢出的公式，也不要用 1 − σ，它会发生抵消",
        "σ′ must not overflow for large |x|: e^−x/(1 + e^−x)² is 0 below x ≈ −44.4 and ∞/∞ = NaN below −88.72; with e = e^−|x| (which never overflows) it is e/(1 + e)², the same for both signs":
            "|x| 很大时 σ′ 不能溢出：e^−x/(1 + e^−x)² 在 x ≈ −44.4 以下为 0，在 −88.72 以下则是 ∞/∞ = NaN；令 e = e^−|x|（它永远不会溢出），σ′ 就是 e/(1 + e)²，正负两侧都一样",
        "σ′(±∞) = 0: e^−|x|/(1 + e^−|x|)² gives it for free, as e^−|±∞| = 0":
            "σ′(±∞) = 0：e^−|x|/(1 + e^−|x|)² 自然会得到这个值，因为 e^−|±∞| = 0",
        "σ(x) = 1/(1 + e^−x): check the formula":
            "σ(x) = 1/(1 + e^−x)：请检查公式",
        "σ′(x) = σ(x)·σ(−x) (equal to σ(x)(1 − σ(x)) in exact arithmetic), a function of σ(x); writing x(1 − x) differentiates in the wrong variable":
            "σ′(x) = σ(x)·σ(−x)（在精确算术下等于 σ(x)(1 − σ(x))），是 σ(x) 的函数；写成 x(1 − x) 就是对错误的变量微分",
        "1 − σ(x) cancels once σ(x) is close to 1, and is exactly 0 once σ(x) has rounded to 1 (from x ≈ 16.64 for σ computed as 1/(1 + e^−x) in Float); use the symmetry 1 − σ(x) = σ(−x): σ′(x) = σ(x)σ(−x) = e^−|x|/(1 + e^−|x|)², which subtracts nothing; why the tails are graded: 'Practice versus this kit's strictness' in Exercises/02-sigmoid/README.md":
            "σ(x) 接近 1 时，1 − σ(x) 会发生抵消，而 σ(x) 一旦舍入成 1，它就恰好是 0（在 Float 中以 1/(1 + e^−x) 计算 σ 时，从 x ≈ 16.64 开始）；请利用对称性 1 − σ(x) = σ(−x)：σ′(x) = σ(x)σ(−x) = e^−|x|/(1 + e^−|x|)²，完全不用减法；至于为什么尾部也要评分，请看 Exercises/02-sigmoid/README.zh-Hans.md 的“实际做法与本套件的严格要求”一节",
        "σ is symmetric about (0, 1/2); a formula that is right for x > 0 but not for x < 0 (or the reverse) breaks this":
            "σ 对点 (0, 1/2) 对称；公式如果对 x > 0 正确、对 x < 0 却不正确（或反过来），这条性质就会被破坏",
        "σ′ is even, σ′(−x) = σ′(x); a derivative that differs between the two sides probably uses a different formula on each":
            "σ′ 是偶函数，σ′(−x) = σ′(x)；导数如果在两侧不一样，很可能是两侧用了不同的公式",
        "σ is increasing: check the sign in e^−x and both branches of your formula":
            "σ 是递增函数：请检查 e^−x 中的符号，以及公式的两个分支",
        // MARK: 03-tanh
        "tanh(0) = 0":
            "tanh(0) = 0",
        "for tiny x, eˣ and e⁻ˣ are both ≈ 1 and eˣ − e⁻ˣ (or 2σ(2x) − 1) cancels to a few bits; use Foundation's tanh, or expm1: tanh x = −u/(u + 2) with u = expm1(−2x) for x ≥ 0":
            "x 极小时，eˣ 和 e⁻ˣ 都 ≈ 1，eˣ − e⁻ˣ（或 2σ(2x) − 1）抵消之后只剩下几位有效数字；请使用 Foundation 的 tanh，或 expm1：x ≥ 0 时，tanh x = −u/(u + 2)，其中 u = expm1(−2x)",
        "tanh(x) = (eˣ − e⁻ˣ)/(eˣ + e⁻ˣ); Foundation's tanh computes it accurately":
            "tanh(x) = (eˣ − e⁻ˣ)/(eˣ + e⁻ˣ)；Foundation 的 tanh 能精确地算出它",
        "for large |x|, tanh rounds to ±1; check both signs and that nothing overflows":
            "|x| 很大时，tanh 会舍入成 ±1；请检查正负两种情形，并确认没有任何运算溢出",
        "eˣ overflows Float above x ≈ 88.72, so (eˣ − e⁻ˣ)/(eˣ + e⁻ˣ) becomes ∞/∞ = NaN where the answer is ±1; use Foundation's tanh, or a formula that only exponentiates −2|x|":
            "x ≈ 88.72 以上时 eˣ 会超出 Float 的范围而溢出，于是 (eˣ − e⁻ˣ)/(eˣ + e⁻ˣ) 在答案为 ±1 的地方变成 ∞/∞ = NaN；请使用 Foundation 的 tanh，或只对 −2|x| 取指数的公式",
        "tanh(±∞) = ±1 and tanh′(±∞) = 0":
            "tanh(±∞) = ±1，tanh′(±∞) = 0",
        "tanh′(0) = sech²(0) = 1/cosh²(0) = 1":
            "tanh′(0) = sech²(0) = 1/cosh²(0) = 1",
        "tanh′ must stay finite for huge |x|: compute it as sech² x = 1/cosh² x, not from a ratio of exponentials that becomes ∞/∞, and check what your form does past |x| ≈ 45.05, where cosh x · cosh x overflows, and at ±∞":
            "|x| 极大时 tanh′ 必须保持有限：请用 sech² x = 1/cosh² x 计算，不要用会变成 ∞/∞ 的指数比值；也请检查你的写法在 |x| ≈ 45.05 之后（cosh x · cosh x 在那里溢出）以及在 ±∞ 时的结果",
        "tanh′(±∞) = 0":
            "tanh′(±∞) = 0",
        "tanh(x) = (eˣ − e⁻ˣ)/(eˣ + e⁻ˣ): use Foundation's tanh":
            "tanh(x) = (eˣ − e⁻ˣ)/(eˣ + e⁻ˣ)：请使用 Foundation 的 tanh",
        "tanh′(x) = sech²(x) = 1/cosh²(x) (= 1 − tanh²(x) in exact arithmetic): check you differentiated with respect to x, not wrote 1 − x²":
            "tanh′(x) = sech²(x) = 1/cosh²(x)（在精确算术下 = 1 − tanh²(x)）：请确认你是对 x 微分，而不是写成 1 − x²",
        "1 − tanh²(x) cancels once tanh(x) ≈ ±1 (it is exactly 0 from |x| ≈ 9.01); use sech²(x) = 1/cosh²(x), which subtracts nothing; why the tails are graded: 'Practice versus this kit's strictness' in Exercises/02-sigmoid/README.md":
            "tanh(x) ≈ ±1 时，1 − tanh²(x) 会发生抵消（从 |x| ≈ 9.01 起恰好为 0）；请使用 sech²(x) = 1/cosh²(x)，完全不用减法；至于为什么尾部也要评分，请看 Exercises/02-sigmoid/README.zh-Hans.md 的“实际做法与本套件的严格要求”一节",
        "tanh is odd; if only one sign is wrong, your formula probably overflows or cancels for that sign (compute tanh(|x|) and restore the sign)":
            "tanh 是奇函数；如果只有一种符号出错，你的公式很可能在那一侧溢出或发生抵消（先算 tanh(|x|)，再补回符号）",
        // MARK: 04-relu
        "ReLU(0) = 0 (and ReLU(−0) = 0 or −0, both equal 0)":
            "ReLU(0) = 0（ReLU(−0) 为 0 或 −0 都可以，两者都等于 0）",
        "ReLU is x for x > 0 and 0 for x ≤ 0, down to the smallest subnormals on either side of 0":
            "ReLU 在 x > 0 时为 x，在 x ≤ 0 时为 0，一直到 0 两侧最小的次正规数都是如此",
        "ReLU′ is 1 for every x > 0, however tiny, and 0 for x ≤ 0: compare with x > 0":
            "对每个 x > 0（无论多小），ReLU′ 都是 1；x ≤ 0 时为 0：比较时请用 x > 0",
        "ReLU(x) = max(0, x): x for x > 0, otherwise 0, and NaN stays NaN":
            "ReLU(x) = max(0, x)：x > 0 时为 x，否则为 0，而 NaN 仍然是 NaN",
        "ReLU′(x) is 1 for x > 0 and 0 for x ≤ 0":
            "ReLU′(x) 在 x > 0 时为 1，在 x ≤ 0 时为 0",
        // MARK: 05-leaky-relu
        "{name}(0) = α·0 = 0":
            "{name}(0) = α·0 = 0",
        "{name} is x for x > 0 and αx for x ≤ 0, down to the smallest subnormals on either side of 0":
            "{name} 在 x > 0 时为 x，在 x ≤ 0 时为 αx，一直到 0 两侧最小的次正规数都是如此",
        "{name}(x) = x for x > 0 and αx for x ≤ 0, using the stored α (default {defaultAlpha}), not a constant":
            "{name}(x) 在 x > 0 时为 x，在 x ≤ 0 时为 αx，要用存储的 α（默认为 {defaultAlpha}），不是常数",
        "αx for huge negative x is a large negative number, not 0 and not NaN":
            "x 是极大的负数时，αx 是一个很大的负数，不是 0，也不是 NaN",
        "at the kink the kit uses the left derivative: {name}′(0) = α: compare with x > 0, not x >= 0":
            "在折点上本套件采用左导数：{name}′(0) = α：比较时请用 x > 0，不要用 x >= 0",
        "{name}′ is 1 for every x > 0, however tiny, and α for x ≤ 0":
            "对每个 x > 0（无论多小），{name}′ 都是 1；x ≤ 0 时为 α",
        "{name}(x) = x for x > 0 and αx otherwise, with the stored α (default {defaultAlpha})":
            "{name}(x) 在 x > 0 时为 x，否则为 αx，要用存储的 α（默认为 {defaultAlpha}）",
        "{name}′(x) = 1 for x > 0 and α otherwise, α at 0 too":
            "{name}′(x) 在 x > 0 时为 1，否则为 α，在 0 也是 α",
        "∂f/∂α is the slope with respect to α, not x: f = αx for x ≤ 0 gives ∂f/∂α = x there, and f = x for x > 0 gives 0":
            "∂f/∂α 是对 α 的斜率，不是对 x：x ≤ 0 时 f = αx，所以那里 ∂f/∂α = x；x > 0 时 f = x，所以是 0",
        "the default slope of LeakyReLU is α = 0.01 (init(alpha: Float = 0.01)), and callAsFunction must use self.alpha":
            "LeakyReLU 的默认斜率是 α = 0.01（init(alpha: Float = 0.01)），而 callAsFunction 必须使用 self.alpha",
        "with the default α = 0.01, leakyReLU′(x) = 0.01 for x ≤ 0":
            "默认 α = 0.01 时，x ≤ 0 的 leakyReLU′(x) = 0.01",
        "use the stored self.alpha, not a hard-coded 0.01":
            "请使用存储的 self.alpha，不要硬编码 0.01",
        "leakyReLU′(x) = self.alpha for x ≤ 0, whatever α is":
            "x ≤ 0 时 leakyReLU′(x) = self.alpha，无论 α 是多少",
        "the default slope of PReLU is α = 0.25 (init(alpha: Float = 0.25)), and callAsFunction must use self.alpha":
            "PReLU 的默认斜率是 α = 0.25（init(alpha: Float = 0.25)），而 callAsFunction 必须使用 self.alpha",
        "with the default α = 0.25, prelu′(x) = 0.25 for x ≤ 0":
            "默认 α = 0.25 时，x ≤ 0 的 prelu′(x) = 0.25",
        "use the stored self.alpha, not a hard-coded 0.25":
            "请使用存储的 self.alpha，不要硬编码 0.25",
        "prelu′(x) = self.alpha for x ≤ 0 (including 0, the left derivative)":
            "x ≤ 0 时 prelu′(x) = self.alpha（包括 0，这是左导数）",
        // MARK: 06-elu
        "ELU(0) = α(e⁰ − 1) = 0":
            "ELU(0) = α(e⁰ − 1) = 0",
        "for tiny negative x, eˣ − 1 cancels (eˣ rounds to 1 ± an ulp); use expm1(x), which computes eˣ − 1 accurately":
            "x 是极小的负数时，eˣ − 1 会发生抵消（eˣ 舍入成 1 ± 一个 ulp）；请使用 expm1(x)，它能精确地计算 eˣ − 1",
        "for tiny negative x, eˣ − 1 cancels; use expm1(x). For x > 0, ELU(x) = x exactly":
            "x 是极小的负数时，eˣ − 1 会发生抵消；请使用 expm1(x)。x > 0 时，ELU(x) 恰好等于 x",
        "ELU(x) = x for x > 0 and α(eˣ − 1) for x ≤ 0, with the stored α (default 1)":
            "ELU(x) 在 x > 0 时为 x，在 x ≤ 0 时为 α(eˣ − 1)，要用存储的 α（默认为 1）",
        "for large negative x, α(eˣ − 1) approaches −α":
            "x 是很大的负数时，α(eˣ − 1) 趋近 −α",
        "for huge positive x, ELU(x) = x: make sure the negative branch's eˣ is never evaluated there (or never overflows into your result)":
            "x 是极大的正数时，ELU(x) = x：请确保那里永远不会计算负数分支的 eˣ（或者它的溢出不会影响你的结果）",
        "at the kink the kit uses the left derivative: ELU′(0) = αe⁰ = α: compare with x > 0":
            "在折点上本套件采用左导数：ELU′(0) = αe⁰ = α：比较时请用 x > 0",
        "ELU′ is 1 for every x > 0 and αeˣ for x ≤ 0":
            "对每个 x > 0，ELU′ 都是 1；x ≤ 0 时为 αeˣ",
        "ELU(x) = x for x > 0 and α·expm1(x) otherwise":
            "ELU(x) 在 x > 0 时为 x，否则为 α·expm1(x)",
        "ELU′(x) = 1 for x > 0 and αeˣ for x ≤ 0, computed as alpha * exp(x), not as ELU(x) + α, which cancels to 0 in the tail":
            "ELU′(x) 在 x > 0 时为 1，在 x ≤ 0 时为 αeˣ，要写成 alpha * exp(x)，不要写成 ELU(x) + α，后者在尾部会抵消成 0",
        "SELU(0) = 0":
            "SELU(0) = 0",
        "for tiny negative x, eˣ − 1 cancels; use expm1(x)":
            "x 是极小的负数时，eˣ − 1 会发生抵消；请使用 expm1(x)",
        "for tiny negative x, eˣ − 1 cancels; use expm1(x). For x > 0, SELU(x) = λx":
            "x 是极小的负数时，eˣ − 1 会发生抵消；请使用 expm1(x)。x > 0 时，SELU(x) = λx",
        "SELU(x) = λx for x > 0 and λα(eˣ − 1) for x ≤ 0, with λ = 1.0507009873554804934 and α = 1.6732632423543772848: check both constants":
            "SELU(x) 在 x > 0 时为 λx，在 x ≤ 0 时为 λα(eˣ − 1)，其中 λ = 1.0507009873554804934，α = 1.6732632423543772848：请检查这两个常数",
        "for large negative x, SELU approaches −λα ≈ −1.7581: check both constants":
            "x 是很大的负数时，SELU 趋近 −λα ≈ −1.7581：请检查这两个常数",
        "for huge positive x, SELU(x) = λx; for huge negative x, −λα":
            "x 是极大的正数时，SELU(x) = λx；x 是极大的负数时，为 −λα",
        "at the kink the kit uses the left derivative: SELU′(0) = λα ≈ 1.7581":
            "在折点上本套件采用左导数：SELU′(0) = λα ≈ 1.7581",
        "SELU′ is λ for x > 0 and λαeˣ for x ≤ 0":
            "SELU′ 在 x > 0 时为 λ，在 x ≤ 0 时为 λαeˣ",
        "SELU(x) = λ·ELU_α(x) with λ = 1.0507009873554804934 and α = 1.6732632423543772848 (Klambauer et al., 2017)":
            "SELU(x) = λ·ELU_α(x)，其中 λ = 1.0507009873554804934，α = 1.6732632423543772848（Klambauer 等人，2017）",
        "SELU′(x) = λ for x > 0 and λαeˣ for x ≤ 0, from exp(x), not SELU(x) + λα":
            "SELU′(x) 在 x > 0 时为 λ，在 x ≤ 0 时为 λαeˣ，要从 exp(x) 计算，不要用 SELU(x) + λα",
        "ELU(x) + α cancels once ELU(x) is close to −α (it is exactly 0 from x ≈ −17.33 with α = 1, where ELU′(−20) = 2.06·10⁻⁹); compute ELU′ as α·exp(x) for x ≤ 0":
            "ELU(x) 接近 −α 时，ELU(x) + α 会发生抵消（α = 1 时从 x ≈ −17.33 起恰好为 0，而 ELU′(−20) = 2.06·10⁻⁹）；x ≤ 0 时请把 ELU′ 算成 α·exp(x)",
        "SELU(x) + λα cancels once SELU(x) is close to −λα; compute SELU′ as λα·exp(x) for x ≤ 0":
            "SELU(x) 接近 −λα 时，SELU(x) + λα 会发生抵消；x ≤ 0 时请把 SELU′ 算成 λα·exp(x)",
        "SELU's constants are λ = 1.0507009873554804934 and α = 1.6732632423543772848 (Klambauer et al., 2017); rounded values like 1.05 and 1.67 break self-normalisation":
            "SELU 的常数是 λ = 1.0507009873554804934 与 α = 1.6732632423543772848（Klambauer 等人，2017）；像 1.05 和 1.67 这样的近似值会破坏自归一化",
        "the default α of ELU is 1 (init(alpha: Float = 1)), and callAsFunction must use self.alpha":
            "ELU 的默认 α 是 1（init(alpha: Float = 1)），而 callAsFunction 必须使用 self.alpha",
        "with α = 1, ELU′(x) = eˣ for x ≤ 0":
            "α = 1 时，x ≤ 0 的 ELU′(x) = eˣ",
        "use the stored self.alpha: ELU(x) = α·expm1(x) for x ≤ 0":
            "请使用存储的 self.alpha：x ≤ 0 时 ELU(x) = α·expm1(x)",
        "ELU′(x) = αeˣ for x ≤ 0, so ELU′(0) = α (the left derivative)":
            "x ≤ 0 时 ELU′(x) = αeˣ，所以 ELU′(0) = α（左导数）",
        // MARK: 07-softplus
        "softplus(0) = log(1 + e⁰) = log 2 ≈ 0.693147182":
            "softplus(0) = log(1 + e⁰) = log 2 ≈ 0.693147182",
        "near 0, softplus(x) ≈ log 2 + x/2":
            "在 0 附近，softplus(x) ≈ log 2 + x/2",
        "softplus(x) = log(1 + eˣ); for negative x, 1 + eˣ rounds away eˣ's digits, so use log1p(eˣ)":
            "softplus(x) = log(1 + eˣ)；x 为负数时，1 + eˣ 会把 eˣ 的有效数字舍入掉，所以请使用 log1p(eˣ)",
        "for large negative x, 1 + eˣ rounds to 1 and log(1 + eˣ) to 0 although softplus(x) ≈ eˣ > 0: use log1p(eˣ); for large positive x, softplus(x) ≈ x":
            "x 是很大的负数时，1 + eˣ 会舍入成 1，log(1 + eˣ) 舍入成 0，但 softplus(x) ≈ eˣ > 0：请使用 log1p(eˣ)；x 是很大的正数时，softplus(x) ≈ x",
        "eˣ overflows Float above x ≈ 88.72, so log(1 + eˣ) becomes ∞ where the answer is ≈ x; use the stable form max(x, 0) + log1p(e^−|x|), which only exponentiates a non-positive number":
            "x ≈ 88.72 以上时 eˣ 会超出 Float 的范围而溢出，于是 log(1 + eˣ) 在答案 ≈ x 的地方变成 ∞；请使用数值稳定的写法 max(x, 0) + log1p(e^−|x|)，它只对非正数取指数",
        "softplus(+∞) = +∞ and softplus(−∞) = 0; softplus′(±∞) = 1 and 0":
            "softplus(+∞) = +∞，softplus(−∞) = 0；softplus′(±∞) 分别为 1 和 0",
        "softplus′(0) = σ(0) = 1/2":
            "softplus′(0) = σ(0) = 1/2",
        "softplus′ = σ must not overflow: compute it as σ(x) from e^−|x| (1/(1 + e^−x) for x ≥ 0, eˣ/(1 + eˣ) for x < 0)":
            "softplus′ = σ 不能溢出：请从 e^−|x| 计算 σ(x)（x ≥ 0 时用 1/(1 + e^−x)，x < 0 时用 eˣ/(1 + eˣ)）",
        "softplus(x) = log(1 + eˣ), computed stably as max(x, 0) + log1p(e^−|x|)":
            "softplus(x) = log(1 + eˣ)，以数值稳定的 max(x, 0) + log1p(e^−|x|) 计算",
        "softplus′(x) = eˣ/(1 + eˣ) = σ(x), the logistic sigmoid":
            "softplus′(x) = eˣ/(1 + eˣ) = σ(x)，也就是逻辑函数 Sigmoid",
        "log(1 + eˣ) − log(1 + e⁻ˣ) = x; if this fails only for large |x|, one side overflows (eˣ) or rounds to 0 (log(1 + tiny)): use max(x, 0) + log1p(e^−|x|)":
            "log(1 + eˣ) − log(1 + e⁻ˣ) = x；如果只有 |x| 很大时不成立，就是有一侧溢出（eˣ）或舍入成 0（log(1 + tiny)）：请使用 max(x, 0) + log1p(e^−|x|)",
        // MARK: 08-swish-gelu-mish
        "x·Φ(x) − (−x)·Φ(−x) = x(Φ(x) + Φ(−x)) = x; check Φ(x) = erfc(−x/√2)/2 for both signs":
            "x·Φ(x) − (−x)·Φ(−x) = x(Φ(x) + Φ(−x)) = x；请检查 Φ(x) = erfc(−x/√2)/2 在正负两侧都正确",
        "swish(0) = 0·σ(0) = 0":
            "swish(0) = 0·σ(0) = 0",
        "swish(x) = x·σ(βx) with the stored β (default 1)":
            "swish(x) = x·σ(βx)，要用存储的 β（默认为 1）",
        "for large negative x, swish(x) = x·σ(x) is a tiny negative number, not 0: compute σ(βx) from e^−|βx| in both branches (1/(1 + e⁻ˣ) gives 0 once e⁻ˣ overflows)":
            "x 是很大的负数时，swish(x) = x·σ(x) 是一个极小的负数，不是 0：请在两个分支都从 e^−|βx| 计算 σ(βx)（e⁻ˣ 溢出之后，1/(1 + e⁻ˣ) 会得到 0）",
        "an exponential overflows beyond |x| ≈ 88.72: eˣ/(1 + eˣ) becomes ∞/∞ = NaN for large x, and 1/(1 + e⁻ˣ) becomes 0 for x < −88.72 although x·σ(x) is still a normal Float down to x ≈ −91.86 and non-zero down to −108.66; compute σ(βx) from e^−|βx| in both branches":
            "|x| ≈ 88.72 以外，指数会溢出：x 很大时 eˣ/(1 + eˣ) 变成 ∞/∞ = NaN，x < −88.72 时 1/(1 + e⁻ˣ) 变成 0，但 x·σ(x) 一直到 x ≈ −91.86 都仍是正规的 Float，到 −108.66 都不为零；请在两个分支都从 e^−|βx| 计算 σ(βx)",
        "swish(+∞) = +∞ and swish(−∞) = 0, but x·σ(βx) at −∞ is −∞·0 = NaN: return the limits for infinite x explicitly; swish′(±∞) = 1 and 0":
            "swish(+∞) = +∞，swish(−∞) = 0，但 x·σ(βx) 在 −∞ 是 −∞·0 = NaN：x 为无穷大时请显式返回极限值；swish′(±∞) 分别为 1 和 0",
        "swish′(0) = σ(0) = 1/2":
            "swish′(0) = σ(0) = 1/2",
        "swish′(x) = σ(βx) + βx·σ′(βx) = σ(t)(1 + t·σ(−t)) with t = βx, by the product rule: both factors of x·σ(βx) depend on x":
            "swish′(x) = σ(βx) + βx·σ′(βx) = σ(t)(1 + t·σ(−t))，其中 t = βx，这来自乘积法则：x·σ(βx) 的两个因子都和 x 有关",
        "swish′(+∞) = 1 and swish′(−∞) = 0; t·σ(−t) with t = βx is ∞·0 = NaN there, so handle infinite x (and infinite βx) explicitly":
            "swish′(+∞) = 1，swish′(−∞) = 0；其中 t = βx 时 t·σ(−t) 在那里是 ∞·0 = NaN，所以请显式处理无穷大的 x（以及无穷大的 βx）",
        "swish(x) = x·σ(βx), with a stable σ":
            "swish(x) = x·σ(βx)，σ 要用数值稳定的写法",
        "swish′(x) = σ(t)(1 + t·σ(−t)) with t = βx: the product rule, and the chain rule's factor β":
            "swish′(x) = σ(t)(1 + t·σ(−t))，其中 t = βx：乘积法则，再加上链式法则带出的因子 β",
        "gelu(0) = 0":
            "gelu(0) = 0",
        "gelu(x) = x·Φ(x) = (x/2)(1 + erf(x/√2)), the exact erf form (not the tanh approximation)":
            "gelu(x) = x·Φ(x) = (x/2)(1 + erf(x/√2))，也就是精确的 erf 形式（不是 tanh 近似）",
        "for negative x, 1 + erf(x/√2) cancels (erf → −1; it is exactly 0 from x ≈ −5.54) and gives 0 or garbage; use the complementary error function: Φ(x) = erfc(−x/√2)/2":
            "x 为负数时，1 + erf(x/√2) 会发生抵消（erf → −1；从 x ≈ −5.54 起恰好为 0），得到 0 或无意义的值；请使用互补误差函数：Φ(x) = erfc(−x/√2)/2",
        "for huge |x|, gelu(x) is x (x > 0) or 0 (x < 0): use Φ(x) = erfc(−x/√2)/2, which is finite everywhere":
            "|x| 极大时，gelu(x) 为 x（x > 0）或 0（x < 0）：请使用 Φ(x) = erfc(−x/√2)/2，它处处有限",
        "gelu(+∞) = +∞ and gelu(−∞) = 0, but x·Φ(x) at −∞ is −∞·0 = NaN: return the limits for infinite x explicitly; gelu′(±∞) = 1 and 0":
            "gelu(+∞) = +∞，gelu(−∞) = 0，但 x·Φ(x) 在 −∞ 是 −∞·0 = NaN：x 为无穷大时请显式返回极限值；gelu′(±∞) 分别为 1 和 0",
        "gelu′(0) = Φ(0) = 1/2":
            "gelu′(0) = Φ(0) = 1/2",
        "gelu′(x) = Φ(x) + x·φ(x) with φ(x) = e^(−x²/2)/√(2π); for negative x compute Φ as erfc(−x/√2)/2, not (1 + erf)/2":
            "gelu′(x) = Φ(x) + x·φ(x)，其中 φ(x) = e^(−x²/2)/√(2π)；x 为负数时请把 Φ 算成 erfc(−x/√2)/2，不要用 (1 + erf)/2",
        "gelu′(+∞) = 1 and gelu′(−∞) = 0; x·φ(x) is ∞·0 = NaN there, so handle infinite x explicitly":
            "gelu′(+∞) = 1，gelu′(−∞) = 0；x·φ(x) 在那里是 ∞·0 = NaN，所以请显式处理无穷大的 x",
        "gelu(x) = x·Φ(x), Φ(x) = erfc(−x/√2)/2":
            "gelu(x) = x·Φ(x)，Φ(x) = erfc(−x/√2)/2",
        "gelu′(x) = Φ(x) + x·φ(x), φ(x) = e^(−x²/2)/√(2π): the product rule":
            "gelu′(x) = Φ(x) + x·φ(x)，φ(x) = e^(−x²/2)/√(2π)：乘积法则",
        "mish(0) = 0·tanh(log 2) = 0":
            "mish(0) = 0·tanh(log 2) = 0",
        "mish(x) = x·tanh(softplus(x)) with softplus(x) = log(1 + eˣ)":
            "mish(x) = x·tanh(softplus(x))，其中 softplus(x) = log(1 + eˣ)",
        "for large negative x, log(1 + eˣ) rounds to 0 and mish to 0 although it is ≈ x·eˣ: compute softplus as max(x, 0) + log1p(e^−|x|)":
            "x 是很大的负数时，log(1 + eˣ) 会舍入成 0，mish 也跟着变成 0，但它其实 ≈ x·eˣ：请用 max(x, 0) + log1p(e^−|x|) 计算 softplus",
        "eˣ overflows Float above x ≈ 88.72 (and e^(2x) or (1 + eˣ)² much earlier), making ∞/∞ = NaN; compute softplus stably and use tanh, never a ratio of big exponentials":
            "x ≈ 88.72 以上时 eˣ 会超出 Float 的范围而溢出（e^(2x) 或 (1 + eˣ)² 更早就溢出），造成 ∞/∞ = NaN；请用数值稳定的写法计算 softplus 并使用 tanh，绝不要用大指数的比值",
        "mish(+∞) = +∞ and mish(−∞) = 0, but x·tanh(softplus(x)) at −∞ is −∞·0 = NaN: return the limits for infinite x explicitly; mish′(±∞) = 1 and 0":
            "mish(+∞) = +∞，mish(−∞) = 0，但 x·tanh(softplus(x)) 在 −∞ 是 −∞·0 = NaN：x 为无穷大时请显式返回极限值；mish′(±∞) 分别为 1 和 0",
        "mish′(0) = tanh(log 2) ≈ 0.6":
            "mish′(0) = tanh(log 2) ≈ 0.6",
        "mish′ = tanh(sp) + x·sech²(sp)·σ(x) with sp = softplus(x): build it from a stable softplus and σ; closed forms with e^(3x) or e^(4x) overflow long before x = 88":
            "mish′ = tanh(sp) + x·sech²(sp)·σ(x)，其中 sp = softplus(x)：请由数值稳定的 softplus 和 σ 组合出来；含 e^(3x) 或 e^(4x) 的闭合形式，早在 x = 88 之前就会溢出",
        "mish′ = tanh(sp) + x·sech²(sp)·σ(x) with sp = softplus(x): closed forms with e^(3x) or e^(4x) overflow for x > 22; build it from a stable softplus and σ":
            "mish′ = tanh(sp) + x·sech²(sp)·σ(x)，其中 sp = softplus(x)：含 e^(3x) 或 e^(4x) 的闭合形式在 x > 22 时就会溢出；请由数值稳定的 softplus 和 σ 组合出来",
        "mish′(+∞) = 1 and mish′(−∞) = 0; handle infinite x explicitly":
            "mish′(+∞) = 1，mish′(−∞) = 0；请显式处理无穷大的 x",
        "mish(x) = x·tanh(softplus(x))":
            "mish(x) = x·tanh(softplus(x))",
        "mish′(x) = tanh(sp) + x·sech²(sp)·σ(x) with sp = softplus(x) and sech² = 1/cosh²: the product rule and the chain rule (softplus′ = σ)":
            "mish′(x) = tanh(sp) + x·sech²(sp)·σ(x)，其中 sp = softplus(x)，sech² = 1/cosh²：乘积法则加上链式法则（softplus′ = σ）",
        "the default β of Swish is 1 (init(beta: Float = 1)), making it SiLU: x·σ(x)":
            "Swish 的默认 β 是 1（init(beta: Float = 1)），这时它就是 SiLU：x·σ(x)",
        "with β = 1, swish′(x) = σ(x)(1 + x·σ(−x)), with no 1 − σ":
            "β = 1 时，swish′(x) = σ(x)(1 + x·σ(−x))，不含 1 − σ",
        "use the stored self.beta: swish(x) = x·σ(βx)":
            "请使用存储的 self.beta：swish(x) = x·σ(βx)",
        "swish′(x) = σ(t)(1 + t·σ(−t)) with t = βx, with no 1 − σ: the chain rule brings out a factor β":
            "swish′(x) = σ(t)(1 + t·σ(−t))，其中 t = βx，不含 1 − σ：链式法则会带出因子 β",
        "Swish(beta: β) must compute x·σ(βx) with its own β":
            "Swish(beta: β) 必须用它自己的 β 计算 x·σ(βx)",
        "x·σ(βx) − (−x)·σ(−βx) = x(σ(βx) + σ(−βx)) = x; if it fails only for large |x|, σ overflows on one side":
            "x·σ(βx) − (−x)·σ(−βx) = x(σ(βx) + σ(−βx)) = x；如果只有 |x| 很大时不成立，就是 σ 在某一侧溢出了",
        "∂f/∂β holds x fixed and differentiates through t = βx: ∂f/∂β = x·σ′(t)·x = x²·σ(t)·σ(−t), with two factors of x, one from f = x·σ(t) and one from ∂t/∂β = x":
            "∂f/∂β 是固定 x、通过 t = βx 来求导：∂f/∂β = x·σ′(t)·x = x²·σ(t)·σ(−t)，共有两个 x 因子，一个来自 f = x·σ(t)，另一个来自 ∂t/∂β = x",
        "in the tails 1 − σ(βx) cancels: x²·σ(1 − σ) is 0.05% off at βx = 10, 17% at 15 and exactly 0 from βx ≈ 16.6, where ∂f/∂β = x²·e/(1 + e)² with e = e^−|βx| is still not 0: write σ(t)·σ(−t) as e/(1 + e)², with no subtraction":
            "在尾部 1 − σ(βx) 会发生抵消：x²·σ(1 − σ) 在 βx = 10 时差了 0.05%，在 15 时差了 17%，从 βx ≈ 16.6 起更是恰好变成 0，而此时 ∂f/∂β = x²·e/(1 + e)²（其中 e = e^−|βx|）仍然不是 0：请把 σ(t)·σ(−t) 写成 e/(1 + e)²，不做减法",
        "for |x| > 88: x·x overflows Float beyond |x| ≈ 1.8e19 (then ∞·0 = NaN where the answer is 0), and e^−|βx| turns subnormal past |βx| ≈ 87.3 and loses digits while x²·e^−|βx| is still a normal Float; compute in Double and round once, or square x·e^(−|βx|/2)/(1 + e^−|βx|)":
            "当 |x| > 88：|x| ≈ 1.8e19 以上时 x·x 会在 Float 中溢出（接着 ∞·0 = NaN，但正确答案是 0），而 |βx| ≈ 87.3 以上时 e^−|βx| 会变成次正规数并丢失有效位数，此时 x²·e^−|βx| 却仍是正规的 Float；请用 Double 计算、最后只舍入一次，或者把 x·e^(−|βx|/2)/(1 + e^−|βx|) 平方",
        "∂f/∂β(±0) = 0; at x = ±∞ the limit is 0 (e^−|βx| beats x²), except for β = 0, where swish is x/2 and ∂f/∂β = x²/4 → +∞; return the limits for infinite x explicitly, and NaN for NaN":
            "∂f/∂β(±0) = 0；在 x = ±∞ 时极限是 0（e^−|βx| 衰减得比 x² 增长得快），只有 β = 0 例外：这时 swish 是 x/2，∂f/∂β = x²/4 → +∞；请显式地对无穷大的 x 返回极限值，对 NaN 返回 NaN",
        "∂f/∂β = x²·σ(βx)·σ(−βx) is even in x: a result that changes sign with x has lost a factor of x, one that is right for one sign only has a formula that breaks on the other side":
            "∂f/∂β = x²·σ(βx)·σ(−βx) 是 x 的偶函数：结果随 x 变号，说明少了一个 x 因子；只有一种正负号算对，说明公式在另一侧失效",
        // MARK: 09-softmax
        "e^z overflows Float for z > 88.72 (∞/∞ = NaN) and underflows to 0 for z < −103 (0/0 = NaN); subtract the largest logit first: softmax(z) = softmax(z − max z), so every exponent is ≤ 0 and the sum is ≥ 1":
            "z > 88.72 时 e^z 会超出 Float 的范围而溢出（∞/∞ = NaN），z < −103 时则下溢成 0（0/0 = NaN）；请先减去最大的 logit：softmax(z) = softmax(z − max z)，这样每个指数都 ≤ 0，总和也 ≥ 1",
        "softmax(z)ᵢ = e^(zᵢ − m) / Σⱼ e^(zⱼ − m) with m = max z":
            "softmax(z)ᵢ = e^(zᵢ − m) / Σⱼ e^(zⱼ − m)，其中 m = max z",
        "log softmax(z)ᵢ = zᵢ − m − log Σⱼ e^(zⱼ − m) with m = max z; taking log(softmax(z)) instead gives −∞ once an entry underflows to 0":
            "log softmax(z)ᵢ = zᵢ − m − log Σⱼ e^(zⱼ − m)，其中 m = max z；改用 log(softmax(z)) 的话，一旦某个元素下溢成 0，就会得到 −∞",
        "∂softmaxᵢ/∂zⱼ = sᵢ(δᵢⱼ − sⱼ): sᵢ(1 − sᵢ) on the diagonal and −sᵢsⱼ off it, with s = softmax(z)":
            "∂softmaxᵢ/∂zⱼ = sᵢ(δᵢⱼ − sⱼ)：对角线上是 sᵢ(1 − sᵢ)，对角线外是 −sᵢsⱼ，其中 s = softmax(z)",
        "cross-entropy = −log softmax(z)[label] = m + log Σⱼ e^(zⱼ − m) − z[label]; computing log(softmax(z)[label]) gives log 0 = −∞ (a loss of ∞) when the prediction is confidently wrong":
            "交叉熵 = −log softmax(z)[label] = m + log Σⱼ e^(zⱼ − m) − z[label]；若计算 log(softmax(z)[label])，在模型很有把握却预测错误时，会得到 log 0 = −∞（损失为 ∞）",
        "∂CE/∂zⱼ = softmax(z)ⱼ − [j = label]: the softmax with 1 subtracted at the label":
            "∂CE/∂zⱼ = softmax(z)ⱼ − [j = label]：也就是在 label 的位置减去 1 的 Softmax",
        "return one entry per logit, in the same order":
            "每个 logit 都要对应返回一个元素，顺序也要相同",
        "the Jacobian of n logits is an n×n matrix, one row per softmax entry":
            "n 个 logit 的 Jacobian 是 n×n 矩阵，每个 Softmax 元素一行",
        // MARK: 10-vanishing-gradients
        "forward(x) returns every activation [a₀ = x, a₁, …, a_L]: one more entry than there are layers, starting with x itself; gradients returns one weight and one bias gradient per layer":
            "forward(x) 返回每一层的激活值 [a₀ = x, a₁, …, a_L]：元素比层数多一个，第一个就是 x 本身；gradients 则为每一层返回一个权重梯度和一个偏置梯度",
        "each layer computes aᵢ = f(wᵢ·aᵢ₋₁ + bᵢ) from the previous activation, starting from a₀ = x, in layer order":
            "每一层都由前一层的激活值计算 aᵢ = f(wᵢ·aᵢ₋₁ + bᵢ)，从 a₀ = x 开始，按层的顺序",
        "backpropagate δᵢ = ∂a_L/∂zᵢ from the output: δ_L = f′(z_L), δᵢ = δᵢ₊₁·wᵢ₊₁·f′(zᵢ); then ∂a_L/∂wᵢ = δᵢ·aᵢ₋₁, ∂a_L/∂bᵢ = δᵢ and ∂a_L/∂x = δ₁·w₁. Forgetting the factor wᵢ₊₁ when passing δ back is the classic slip":
            "从输出端反向传播 δᵢ = ∂a_L/∂zᵢ：δ_L = f′(z_L)，δᵢ = δᵢ₊₁·wᵢ₊₁·f′(zᵢ)；接着 ∂a_L/∂wᵢ = δᵢ·aᵢ₋₁、∂a_L/∂bᵢ = δᵢ，以及 ∂a_L/∂x = δ₁·w₁。把 δ 往回传时忘了乘上因子 wᵢ₊₁，是最典型的错误",
        "your gradients disagree with the slope of your own forward pass: nudge a weight, a bias or x and the output should change by gradient × nudge; check every factor of the chain rule (f′ at zᵢ, not at aᵢ, and the weight of the layer above)":
            "你的梯度和你自己的前向传播的斜率不一致：把某个权重、偏置或 x 稍微改动一点，输出的变化应该等于梯度 × 改动量；请检查链式法则的每一个因子（f′ 要在 zᵢ 求值，不是 aᵢ，还有上一层的权重）",
        "in a deep sigmoid chain every layer multiplies the gradient by wᵢ·σ′(zᵢ) ≤ |wᵢ|/4, so it shrinks geometrically towards the input; compute it by the chain rule in Float without rescaling, and evaluate f′ at the pre-activation zᵢ":
            "在很深的 Sigmoid 链中，每一层都会把梯度乘上 wᵢ·σ′(zᵢ) ≤ |wᵢ|/4，所以梯度往输入端按几何级数缩小；请在 Float 中用链式法则计算，不要重新缩放，并在预激活值 zᵢ 上计算 f′",
        "a ReLU unit with zᵢ ≤ 0 outputs 0 and has ReLU′(zᵢ) = 0, so it passes back exactly 0: every gradient below it (and its own weight and bias gradients) must be exactly 0.0, while the layers above still learn":
            "zᵢ ≤ 0 的 ReLU 单元输出 0，且 ReLU′(zᵢ) = 0，所以它往回传的恰好是 0：它下方的每个梯度（以及它自己的权重与偏置梯度）都必须恰好是 0.0，而上方的层仍然会学习",
        "with no layers the output is x itself: ∂a_L/∂x = 1 and there are no parameters":
            "没有任何层时，输出就是 x 本身：∂a_L/∂x = 1，而且没有参数",
        // MARK: 11-custom-activation
        "your activation must give finite values and derivatives for every finite Float, including ±3.4e38: avoid exponentiating large positive numbers (eˣ overflows above 88.72), squaring huge x, and ∞/∞ or ∞·0":
            "你的激活函数对每个有限的 Float（包括 ±3.4e38）都必须给出有限的函数值与导数：避免对很大的正数取指数（eˣ 在 88.72 以上溢出）、对极大的 x 取平方，以及 ∞/∞ 或 ∞·0",
        "NaN in must give NaN out for the value and the derivative: comparisons with NaN are false, so a branch like `x > 0 ? … : …` can turn NaN into a number; test x.isNaN first and return x":
            "输入 NaN 就必须输出 NaN，函数值和导数都一样：任何与 NaN 的比较都是 false，所以像 `x > 0 ? … : …` 这样的分支可能把 NaN 变成普通的数；请先检查 x.isNaN 并返回 x",
        "at ±∞ return the limits of your function and its derivative (they may be ±∞), never NaN: handle infinite x explicitly if your formula produces ∞/∞ or ∞·0":
            "在 ±∞ 要返回你的函数及其导数的极限（可以是 ±∞），绝不能是 NaN：如果你的公式会算出 ∞/∞ 或 ∞·0，请显式处理无穷大的 x",
        "your derivative disagrees with the slope of your own function: differentiate your formula again (product and chain rules), and make sure both are written for the same function":
            "你的导数和你自己函数的斜率不一致：请再对你的公式微分一次（乘积法则与链式法则），并确认两者写的是同一个函数",
        "an activation must be non-linear, or a deep network collapses into a single linear layer: f(x) = ax + b fails; add a bend, a saturation or a gate":
            "激活函数必须是非线性的，否则深层网络会退化成只有一个线性层：f(x) = ax + b 不行；请加入弯曲、饱和或门控",
        "this is a built-in activation (up to scaling and shifting); design a function of your own, e.g. combine ideas from the lessons or invent a new shape":
            "这是一个内置的激活函数（只差缩放与平移）；请设计你自己的函数，例如结合各课的想法，或发明一个新的形状",
        "a derivative that is 0 everywhere lets no gradient through, so nothing can be learned: your activation needs a non-zero slope somewhere":
            "处处为 0 的导数不让任何梯度通过，所以什么都学不到：你的激活函数需要在某处有非零的斜率",
        "the loss became NaN or ∞ while training: your activation or its derivative grows too fast (e.g. eˣ for large x) or returns NaN somewhere; keep both bounded by something like |x| for large |x|":
            "训练时损失变成了 NaN 或 ∞：你的激活函数或它的导数增长得太快（例如 x 很大时的 eˣ），或在某处返回 NaN；请让两者在 |x| 很大时都以 |x| 之类的量为界",
        "a network with your activation did not learn a simple non-linear data set: check that the derivative really is the slope of your function (a wrong derivative sends gradient descent the wrong way), that the slope is not 0 over most inputs, and that the function bends somewhere near 0":
            "使用你的激活函数的网络，学不会一个简单的非线性数据集：请检查导数确实是你的函数的斜率（错误的导数会让梯度下降走错方向）、斜率不会在大部分输入上都是 0，而且函数在 0 附近有弯曲",
        // MARK: 12-hard-and-gated
        "geglu(a, b) = GELU(a)·b: a goes through GELU and b is linear (Shazeer's order)":
            "geglu(a, b) = GELU(a)·b：a 经过 GELU，b 是线性的（Shazeer 的顺序）",
        "∂geglu/∂a = GELU′(a)·b: a is the input inside GELU":
            "∂geglu/∂a = GELU′(a)·b：a 是 GELU 里面的那个输入",
        "∂geglu/∂b = GELU(a): b is the linear input":
            "∂geglu/∂b = GELU(a)：b 是线性的那个输入",
        "glu(a, b) = a·σ(b): a is the value and b the gate input, so glu(3, 0) = 1.5 and glu(0, 3) = 0, not the other way round (PyTorch's F.glu order)":
            "glu(a, b) = a·σ(b)：a 是值，b 是门控输入，所以 glu(3, 0) = 1.5、glu(0, 3) = 0，不是反过来（PyTorch F.glu 的顺序）",
        "∂glu/∂a = σ(b), the gate: a is the linear input":
            "∂glu/∂a = σ(b)，也就是门控值：a 是线性的那个输入",
        "∂glu/∂b = a·σ′(b): b is the input inside σ":
            "∂glu/∂b = a·σ′(b)：b 是 σ 里面的那个输入",
        "glu(a, 0) = a·σ(0) = a/2: σ is applied to the second input, b, and a is the value it lets through":
            "glu(a, 0) = a·σ(0) = a/2：σ 作用在第二个输入 b 上，a 则是它放行的值",
        "glu(a, b) = a·σ(b): the first input a is the value, the second b goes through σ":
            "glu(a, b) = a·σ(b)：第一个输入 a 是值，第二个输入 b 经过 σ",
        "for large |b|, σ(b) is almost 1 or a tiny positive number: compute it from e^−|b| in both branches, as in lesson 02":
            "|b| 很大时，σ(b) 要么几乎等于 1，要么是一个极小的正数：请在两个分支都从 e^−|b| 计算，和第 02 课一样",
        "e^−b overflows Float for b < −88.72, and eᵇ for b > 88.72: compute σ(b) from e^−|b|":
            "b < −88.72 时 e^−b 会超出 Float 的范围而溢出，b > 88.72 时则是 eᵇ 溢出：请从 e^−|b| 计算 σ(b)",
        "glu(a, +∞) = a, glu(a, −∞) = 0, glu(±∞, b) = ±∞: take each factor's limit":
            "glu(a, +∞) = a，glu(a, −∞) = 0，glu(±∞, b) = ±∞：分别取每个因子的极限",
        "NaN in either input gives NaN in f and in both gradients; ∂f/∂a = σ(b) does not contain a, so test a.isNaN || b.isNaN first":
            "任一个输入是 NaN，f 和两个梯度就都是 NaN；∂f/∂a = σ(b) 里没有 a，所以请先检查 a.isNaN || b.isNaN",
        "∂glu/∂a = σ(b), the gate itself, which is your glu(1, b)":
            "∂glu/∂a = σ(b)，就是门控值本身，也就是你的 glu(1, b)",
        "your ∂glu/∂a disagrees with the slope of your glu as a varies: glu is linear in a, with slope σ(b)":
            "你的 ∂glu/∂a 和 a 变动时你的 glu 的斜率不一致：glu 对 a 是线性的，斜率为 σ(b)",
        "∂glu/∂a = σ(b): σ(±∞) = 1 and 0, and ∂glu/∂a(±∞, b) = σ(b)":
            "∂glu/∂a = σ(b)：σ(±∞) 分别为 1 和 0，而 ∂glu/∂a(±∞, b) = σ(b)",
        "∂glu/∂b(a, 0) = a·σ′(0) = a/4":
            "∂glu/∂b(a, 0) = a·σ′(0) = a/4",
        "for large |b|, σ′(b) ≈ e^−|b| is tiny but not 0: compute σ(b)σ(−b) from e^−|b|":
            "|b| 很大时，σ′(b) ≈ e^−|b| 虽然极小，但不是 0：请从 e^−|b| 计算 σ(b)σ(−b)",
        "σ′(b) must not overflow for large |b|: compute it from e^−|b|":
            "|b| 很大时 σ′(b) 不能溢出：请从 e^−|b| 计算",
        "your ∂glu/∂b disagrees with the slope of your glu as b varies: ∂(a·σ(b))/∂b = a·σ′(b) = a·σ(b)σ(−b)":
            "你的 ∂glu/∂b 和 b 变动时你的 glu 的斜率不一致：∂(a·σ(b))/∂b = a·σ′(b) = a·σ(b)σ(−b)",
        "∂glu/∂b(a, ±∞) = a·σ′(±∞) = 0, and ∂glu/∂b(±∞, b) = ±∞ since σ′(b) > 0":
            "∂glu/∂b(a, ±∞) = a·σ′(±∞) = 0，而 ∂glu/∂b(±∞, b) = ±∞，因为 σ′(b) > 0",
        "glu(a, b) = a·σ(b), with a stable σ":
            "glu(a, b) = a·σ(b)，σ 要用数值稳定的写法",
        "∂glu/∂a = σ(b): a enters linearly":
            "∂glu/∂a = σ(b)：a 以线性方式出现",
        "∂glu/∂b = a·σ′(b) = a·σ(b)σ(−b)":
            "∂glu/∂b = a·σ′(b) = a·σ(b)σ(−b)",
        "swiglu(0, b) = Swish(0)·b = 0: Swish is applied to the first input, a, and b is linear":
            "swiglu(0, b) = Swish(0)·b = 0：Swish 作用在第一个输入 a 上，b 是线性的",
        "for tiny a, Swish(a) ≈ a/2, so swiglu(a, b) ≈ a·b/2":
            "a 极小时，Swish(a) ≈ a/2，所以 swiglu(a, b) ≈ a·b/2",
        "swiglu(a, b) = Swish(a)·b = a·σ(a)·b: the first input goes through Swish (β = 1), the second is linear":
            "swiglu(a, b) = Swish(a)·b = a·σ(a)·b：第一个输入经过 Swish（β = 1），第二个是线性的",
        "for large negative a, Swish(a) = a·σ(a) is a tiny negative number, not 0: compute σ(a) from e^−|a| in both branches":
            "a 是很大的负数时，Swish(a) = a·σ(a) 是一个极小的负数，不是 0：请在两个分支都从 e^−|a| 计算 σ(a)",
        "an exponential overflows beyond |a| ≈ 88.72: compute σ(a) from e^−|a| in both branches":
            "|a| ≈ 88.72 以外，指数会溢出：请在两个分支都从 e^−|a| 计算 σ(a)",
        "swiglu(+∞, b) = ±∞ (the sign of b) and swiglu(−∞, b) = 0, where a·σ(a) is −∞·0 = NaN unless you return Swish's limits; swiglu(a, ±∞) = ±∞":
            "swiglu(+∞, b) = ±∞（符号与 b 相同），swiglu(−∞, b) = 0，而 a·σ(a) 在那里是 −∞·0 = NaN，除非你返回 Swish 的极限；swiglu(a, ±∞) = ±∞",
        "NaN in either input gives NaN in f and in both gradients; ∂f/∂b = Swish(a) does not contain b, so test a.isNaN || b.isNaN first":
            "任一个输入是 NaN，f 和两个梯度就都是 NaN；∂f/∂b = Swish(a) 里没有 b，所以请先检查 a.isNaN || b.isNaN",
        "∂swiglu/∂a(0, b) = Swish′(0)·b = b/2":
            "∂swiglu/∂a(0, b) = Swish′(0)·b = b/2",
        "∂swiglu/∂a = Swish′(a)·b = (σ(a) + a·σ(a)σ(−a))·b: the product rule inside Swish, then the factor b":
            "∂swiglu/∂a = Swish′(a)·b = (σ(a) + a·σ(a)σ(−a))·b：先在 Swish 里用乘积法则，再乘上因子 b",
        "your ∂swiglu/∂a disagrees with the slope of your swiglu as a varies: Swish′(a)·b, where Swish′ needs the product rule, σ(a) + a·σ′(a)":
            "你的 ∂swiglu/∂a 和 a 变动时你的 swiglu 的斜率不一致：应为 Swish′(a)·b，而 Swish′ 需要用乘积法则，σ(a) + a·σ′(a)",
        "∂swiglu/∂a(+∞, b) = Swish′(+∞)·b = b, ∂swiglu/∂a(−∞, b) = 0, ∂swiglu/∂a(a, ±∞) = ±∞":
            "∂swiglu/∂a(+∞, b) = Swish′(+∞)·b = b，∂swiglu/∂a(−∞, b) = 0，∂swiglu/∂a(a, ±∞) = ±∞",
        "∂swiglu/∂b = Swish(a), which is your swiglu(a, 1)":
            "∂swiglu/∂b = Swish(a)，也就是你的 swiglu(a, 1)",
        "your ∂swiglu/∂b disagrees with the slope of your swiglu as b varies: swiglu is linear in b, with slope Swish(a)":
            "你的 ∂swiglu/∂b 和 b 变动时你的 swiglu 的斜率不一致：swiglu 对 b 是线性的，斜率为 Swish(a)",
        "∂swiglu/∂b = Swish(a): +∞ at a = +∞, 0 at a = −∞":
            "∂swiglu/∂b = Swish(a)：在 a = +∞ 时为 +∞，在 a = −∞ 时为 0",
        "swiglu(a, b) = Swish(a)·b with Swish(a) = a·σ(a)":
            "swiglu(a, b) = Swish(a)·b，其中 Swish(a) = a·σ(a)",
        "∂swiglu/∂a = Swish′(a)·b = (σ(a) + a·σ(a)σ(−a))·b":
            "∂swiglu/∂a = Swish′(a)·b = (σ(a) + a·σ(a)σ(−a))·b",
        "∂swiglu/∂b = Swish(a): b enters linearly":
            "∂swiglu/∂b = Swish(a)：b 以线性方式出现",
        "geglu(0, b) = GELU(0)·b = 0: GELU is applied to the first input, a, and b is linear":
            "geglu(0, b) = GELU(0)·b = 0：GELU 作用在第一个输入 a 上，b 是线性的",
        "for tiny a, GELU(a) ≈ a/2, so geglu(a, b) ≈ a·b/2":
            "a 极小时，GELU(a) ≈ a/2，所以 geglu(a, b) ≈ a·b/2",
        "geglu(a, b) = GELU(a)·b with the exact GELU(a) = a·Φ(a), Φ(a) = erfc(−a/√2)/2 (not the tanh approximation)":
            "geglu(a, b) = GELU(a)·b，其中用精确的 GELU(a) = a·Φ(a)，Φ(a) = erfc(−a/√2)/2（不是 tanh 近似）",
        "for negative a, 1 + erf(a/√2) cancels and gives 0 or garbage: Φ(a) = erfc(−a/√2)/2":
            "a 为负数时，1 + erf(a/√2) 会发生抵消，得到 0 或无意义的值：Φ(a) = erfc(−a/√2)/2",
        "for huge |a|, GELU(a) is a (a > 0) or 0 (a < 0): Φ via erfc is finite everywhere":
            "|a| 极大时，GELU(a) 为 a（a > 0）或 0（a < 0）：通过 erfc 计算的 Φ 处处有限",
        "geglu(+∞, b) = ±∞ (the sign of b) and geglu(−∞, b) = 0, where a·Φ(a) is −∞·0 = NaN unless you return GELU's limits; geglu(a, ±∞) = ±∞":
            "geglu(+∞, b) = ±∞（符号与 b 相同），geglu(−∞, b) = 0，而 a·Φ(a) 在那里是 −∞·0 = NaN，除非你返回 GELU 的极限；geglu(a, ±∞) = ±∞",
        "NaN in either input gives NaN in f and in both gradients; ∂f/∂b = GELU(a) does not contain b, so test a.isNaN || b.isNaN first":
            "任一个输入是 NaN，f 和两个梯度就都是 NaN；∂f/∂b = GELU(a) 里没有 b，所以请先检查 a.isNaN || b.isNaN",
        "∂geglu/∂a(0, b) = GELU′(0)·b = b/2":
            "∂geglu/∂a(0, b) = GELU′(0)·b = b/2",
        "∂geglu/∂a = GELU′(a)·b = (Φ(a) + a·φ(a))·b with φ(a) = e^(−a²/2)/√(2π)":
            "∂geglu/∂a = GELU′(a)·b = (Φ(a) + a·φ(a))·b，其中 φ(a) = e^(−a²/2)/√(2π)",
        "∂geglu/∂a = (Φ(a) + a·φ(a))·b: for negative a compute Φ as erfc(−a/√2)/2, not (1 + erf)/2":
            "∂geglu/∂a = (Φ(a) + a·φ(a))·b：a 为负数时请把 Φ 算成 erfc(−a/√2)/2，不要用 (1 + erf)/2",
        "your ∂geglu/∂a disagrees with the slope of your geglu as a varies: GELU′(a)·b, where GELU′ = Φ(a) + a·φ(a) by the product rule":
            "你的 ∂geglu/∂a 和 a 变动时你的 geglu 的斜率不一致：应为 GELU′(a)·b，而由乘积法则，GELU′ = Φ(a) + a·φ(a)",
        "∂geglu/∂a(+∞, b) = GELU′(+∞)·b = b, ∂geglu/∂a(−∞, b) = 0, ∂geglu/∂a(a, ±∞) = ±∞":
            "∂geglu/∂a(+∞, b) = GELU′(+∞)·b = b，∂geglu/∂a(−∞, b) = 0，∂geglu/∂a(a, ±∞) = ±∞",
        "∂geglu/∂b = GELU(a), which is your geglu(a, 1)":
            "∂geglu/∂b = GELU(a)，也就是你的 geglu(a, 1)",
        "∂geglu/∂b = GELU(a) = a·Φ(a) with Φ(a) = erfc(−a/√2)/2":
            "∂geglu/∂b = GELU(a) = a·Φ(a)，其中 Φ(a) = erfc(−a/√2)/2",
        "your ∂geglu/∂b disagrees with the slope of your geglu as b varies: geglu is linear in b, with slope GELU(a)":
            "你的 ∂geglu/∂b 和 b 变动时你的 geglu 的斜率不一致：geglu 对 b 是线性的，斜率为 GELU(a)",
        "∂geglu/∂b = GELU(a): +∞ at a = +∞, 0 at a = −∞":
            "∂geglu/∂b = GELU(a)：在 a = +∞ 时为 +∞，在 a = −∞ 时为 0",
        "geglu(a, b) = GELU(a)·b, GELU(a) = a·Φ(a), Φ(a) = erfc(−a/√2)/2":
            "geglu(a, b) = GELU(a)·b，GELU(a) = a·Φ(a)，Φ(a) = erfc(−a/√2)/2",
        "∂geglu/∂a = GELU′(a)·b = (Φ(a) + a·φ(a))·b":
            "∂geglu/∂a = GELU′(a)·b = (Φ(a) + a·φ(a))·b",
        "∂geglu/∂b = GELU(a): b enters linearly":
            "∂geglu/∂b = GELU(a)：b 以线性方式出现",
        "relu6(0) = 0":
            "relu6(0) = 0",
        "relu6 is x for 0 < x ≤ 6, however tiny x is, and 0 for x ≤ 0":
            "relu6 在 0 < x ≤ 6 时为 x（无论 x 多小），在 x ≤ 0 时为 0",
        "relu6(x) = min(max(0, x), 6): 0 for x ≤ 0, then x, then 6 from x = 6 on":
            "relu6(x) = min(max(0, x), 6)：x ≤ 0 时为 0，接着是 x，从 x = 6 起为 6",
        "relu6 is x up to 6 and exactly 6 above it, also one ulp either side of 6":
            "relu6 在 6 以下为 x，超过之后恰好为 6，在 6 两侧只差一个 ulp 的输入也一样",
        "relu6 is 6 for every x ≥ 6, however large, and 0 for every x ≤ 0: the cap is the point of ReLU6":
            "对每个 x ≥ 6（无论多大），relu6 都是 6；对每个 x ≤ 0 都是 0：这个上限正是 ReLU6 的重点",
        "relu6 is 6 for every x ≥ 6, however large, and 0 for every x ≤ 0":
            "对每个 x ≥ 6（无论多大），relu6 都是 6；对每个 x ≤ 0 都是 0",
        "relu6(+∞) = 6 and relu6(−∞) = 0, and relu6′(±∞) = 0":
            "relu6(+∞) = 6，relu6(−∞) = 0，而 relu6′(±∞) = 0",
        "relu6′(0) = 0, the left derivative (the slope of the flat piece left of 0): compare with x > 0, not x >= 0":
            "relu6′(0) = 0，也就是左导数（0 左边那段平坦部分的斜率）：比较时请用 x > 0，不要用 x >= 0",
        "relu6′ is 1 for every x > 0, however tiny, and 0 for x ≤ 0":
            "对每个 x > 0（无论多小），relu6′ 都是 1；x ≤ 0 时为 0",
        "relu6′(6) = 1, the left derivative (the slope of the piece x), and 0 for every x > 6: the piece with slope 1 is (0, 6]":
            "relu6′(6) = 1，也就是左导数（x 那一段的斜率）；对每个 x > 6 则为 0：斜率为 1 的那一段是 (0, 6]",
        "your relu6′ disagrees with the slope of your relu6: 1 where relu6(x) = x, 0 where it is constant":
            "你的 relu6′ 和你的 relu6 的斜率不一致：relu6(x) = x 的地方为 1，为常数的地方为 0",
        "relu6(x) = min(max(0, x), 6)":
            "relu6(x) = min(max(0, x), 6)",
        "relu6′ is 1 on (0, 6] and 0 elsewhere, the left derivative at both kinks":
            "relu6′ 在 (0, 6] 上为 1，其他地方为 0，在两个折点都取左导数",
        "hardSigmoid(0) = relu6(3)/6 = 1/2":
            "hardSigmoid(0) = relu6(3)/6 = 1/2",
        "near 0, hardSigmoid(x) = (x + 3)/6 ≈ 1/2 + x/6":
            "在 0 附近，hardSigmoid(x) = (x + 3)/6 ≈ 1/2 + x/6",
        "hardSigmoid(x) = relu6(x + 3)/6: 0 for x ≤ −3, (x + 3)/6 between, 1 for x ≥ 3, so slope 1/6 and kinks at ±3; if only inputs near −3 are off, keep x + 3 exact":
            "hardSigmoid(x) = relu6(x + 3)/6：x ≤ −3 时为 0，中间为 (x + 3)/6，x ≥ 3 时为 1，所以斜率为 1/6，折点在 ±3；如果只有 −3 附近的输入有误差，请让 x + 3 保持精确",
        "just right of −3, hardSigmoid is tiny, and x/6 + 1/2 gets it as the difference of two numbers near 1/2, off by up to half of itself; compute (x + 3)/6, where x + 3 is exact":
            "在 −3 的右边一点点，hardSigmoid 极小，而 x/6 + 1/2 是用两个接近 1/2 的数相减得到它，误差可能高达它本身的一半；请计算 (x + 3)/6，在那里 x + 3 是精确的",
        "hardSigmoid is 0 for every x ≤ −3 and 1 for every x ≥ 3":
            "对每个 x ≤ −3，hardSigmoid 都是 0；对每个 x ≥ 3 都是 1",
        "hardSigmoid is 0 for every x ≤ −3 and 1 for every x ≥ 3, however large |x|":
            "对每个 x ≤ −3，hardSigmoid 都是 0；对每个 x ≥ 3 都是 1，无论 |x| 多大",
        "hardSigmoid(+∞) = 1 and hardSigmoid(−∞) = 0, and hardSigmoid′(±∞) = 0":
            "hardSigmoid(+∞) = 1，hardSigmoid(−∞) = 0，而 hardSigmoid′(±∞) = 0",
        "hardSigmoid′(0) = 1/6":
            "hardSigmoid′(0) = 1/6",
        "hardSigmoid′(−3) = 0 and hardSigmoid′(3) = 1/6: at a kink the kit takes the slope of the piece on its left, so the 1/6 piece is (−3, 3]":
            "hardSigmoid′(−3) = 0，hardSigmoid′(3) = 1/6：在折点上本套件取左边那一段的斜率，所以斜率为 1/6 的那一段是 (−3, 3]",
        "your hardSigmoid′ disagrees with the slope of your hardSigmoid: 1/6 where it rises, 0 where it is flat":
            "你的 hardSigmoid′ 和你的 hardSigmoid 的斜率不一致：上升的地方为 1/6，平坦的地方为 0",
        "hardSigmoid(x) = relu6(x + 3)/6":
            "hardSigmoid(x) = relu6(x + 3)/6",
        "hardSigmoid′ is 1/6 on (−3, 3] and 0 elsewhere":
            "hardSigmoid′ 在 (−3, 3] 上为 1/6，其他地方为 0",
        "hardSwish(0) = 0·relu6(3)/6 = 0":
            "hardSwish(0) = 0·relu6(3)/6 = 0",
        "near 0, hardSwish(x) = x(x + 3)/6 ≈ x/2, down to the smallest subnormals":
            "在 0 附近，hardSwish(x) = x(x + 3)/6 ≈ x/2，一直到最小的次正规数都是如此",
        "near 0, hardSwish(x) = x(x + 3)/6 ≈ x/2":
            "在 0 附近，hardSwish(x) = x(x + 3)/6 ≈ x/2",
        "hardSwish(x) = x·relu6(x + 3)/6: 0 for x ≤ −3, x(x + 3)/6 between, x for x ≥ 3; if only inputs near −3 are off, keep x + 3 exact":
            "hardSwish(x) = x·relu6(x + 3)/6：x ≤ −3 时为 0，中间为 x(x + 3)/6，x ≥ 3 时为 x；如果只有 −3 附近的输入有误差，请让 x + 3 保持精确",
        "near −3 the factor x + 3 is tiny: compute it as x + 3, which is exact there, not through x/6 + 1/2":
            "在 −3 附近，因子 x + 3 极小：请直接计算 x + 3（在那里它是精确的），不要通过 x/6 + 1/2",
        "hardSwish dips to its minimum −3/8 at x = −3/2: x(x + 3)/6":
            "hardSwish 在 x = −3/2 下降到最小值 −3/8：x(x + 3)/6",
        "hardSwish is 0 for every x ≤ −3 and x itself for every x ≥ 3":
            "对每个 x ≤ −3，hardSwish 都是 0；对每个 x ≥ 3 则是 x 本身",
        "hardSwish is 0 for every x ≤ −3 and x for every x ≥ 3; x·(x + 3) overflows for huge x, so don't form it outside (−3, 3)":
            "对每个 x ≤ −3，hardSwish 都是 0；对每个 x ≥ 3 则是 x；x 极大时 x·(x + 3) 会溢出，所以不要在 (−3, 3) 之外计算它",
        "hardSwish(+∞) = +∞ and hardSwish(−∞) = 0, but x·relu6(x + 3)/6 at −∞ is −∞·0 = NaN: let the x ≤ −3 branch return 0; hardSwish′(±∞) = 1 and 0":
            "hardSwish(+∞) = +∞，hardSwish(−∞) = 0，但 x·relu6(x + 3)/6 在 −∞ 是 −∞·0 = NaN：让 x ≤ −3 的分支返回 0；hardSwish′(±∞) 分别为 1 和 0",
        "hardSwish′(0) = (2·0 + 3)/6 = 1/2":
            "hardSwish′(0) = (2·0 + 3)/6 = 1/2",
        "hardSwish′(−3) = 0 and hardSwish′(3) = 3/2: the left derivatives; in between the slope (2x + 3)/6 runs from −1/2 to 3/2, and it is 1 above 3":
            "hardSwish′(−3) = 0，hardSwish′(3) = 3/2：这些是左导数；在两者之间，斜率 (2x + 3)/6 从 −1/2 变到 3/2，而在 3 以上为 1",
        "hardSwish′ changes sign at the minimum x = −3/2: (2x + 3)/6":
            "hardSwish′ 在最小值 x = −3/2 处变号：(2x + 3)/6",
        "hardSwish′ = hardSigmoid(x) + x·hardSigmoid′(x) by the product rule: (x + 3)/6 + x/6 = (2x + 3)/6 on (−3, 3]":
            "由乘积法则，hardSwish′ = hardSigmoid(x) + x·hardSigmoid′(x)：在 (−3, 3] 上为 (x + 3)/6 + x/6 = (2x + 3)/6",
        "your hardSwish′ disagrees with the slope of your hardSwish: both factors of x·hardSigmoid(x) depend on x, so use the product rule":
            "你的 hardSwish′ 和你的 hardSwish 的斜率不一致：x·hardSigmoid(x) 的两个因子都和 x 有关，所以要用乘积法则",
        "hardSwish(x) = x·relu6(x + 3)/6":
            "hardSwish(x) = x·relu6(x + 3)/6",
        "hardSwish′ = 0 for x ≤ −3, (2x + 3)/6 on (−3, 3], 1 above":
            "hardSwish′ 在 x ≤ −3 时为 0，在 (−3, 3] 上为 (2x + 3)/6，再往上为 1",
        "at a kink the kit takes the slope of the piece on its left: hardSigmoid′(−3) = 0 (the flat piece) and hardSigmoid′(3) = 1/6 (the sloped one), i.e. 1/6 exactly on (−3, 3]":
            "在折点上本套件取左边那一段的斜率：hardSigmoid′(−3) = 0（平坦的那一段），hardSigmoid′(3) = 1/6（倾斜的那一段），也就是在 (−3, 3] 上恰好为 1/6",
        "hardSigmoid is relu6(x + 3)/6 (PyTorch's Hardsigmoid, MobileNetV3): slope 1/6 and kinks at ±3; Keras 2's hard_sigmoid, 0.2x + 0.5 clipped at ±2.5, is a different function":
            "hardSigmoid 是 relu6(x + 3)/6（PyTorch 的 Hardsigmoid，MobileNetV3）：斜率 1/6，折点在 ±3；Keras 2 的 hard_sigmoid，即截在 ±2.5 的 0.2x + 0.5，是另一个函数",
        "hardSigmoid′ is 1/6 on (−3, 3], not 0.2":
            "hardSigmoid′ 在 (−3, 3] 上为 1/6，不是 0.2",
        "the line (x + 3)/6 is symmetric about (0, 1/2): clamp it to 0 below −3 and to 1 above 3":
            "直线 (x + 3)/6 对点 (0, 1/2) 对称：在 −3 以下把它截为 0，在 3 以上截为 1",
        "at a kink the kit takes the slope of the piece on its left: hardSwish′(−3) = 0 (the flat piece) and hardSwish′(3) = (2·3 + 3)/6 = 3/2 (the curved one), then 1 above 3":
            "在折点上本套件取左边那一段的斜率：hardSwish′(−3) = 0（平坦的那一段），hardSwish′(3) = (2·3 + 3)/6 = 3/2（弯曲的那一段），3 以上则为 1",
        "hard swish is x times the hard sigmoid: Swish x·σ(x) with σ replaced by relu6(x + 3)/6":
            "hard swish 就是 x 乘上 hard sigmoid：把 Swish x·σ(x) 中的 σ 换成 relu6(x + 3)/6",
        "at a kink the kit takes the slope of the piece on its left: relu6′(0) = 0 (compare with x > 0) and relu6′(6) = 1 (compare with x <= 6)":
            "在折点上本套件取左边那一段的斜率：relu6′(0) = 0（比较时用 x > 0），relu6′(6) = 1（比较时用 x <= 6）",
        "swiglu(a, b) = Swish(a)·b: a goes through Swish and b is linear, so swiglu(3, 0) = 0 and swiglu(0, 3) = 0 but swiglu(2, -1) = −Swish(2) (Shazeer's and LLaMA's order)":
            "swiglu(a, b) = Swish(a)·b：a 经过 Swish，b 是线性的，所以 swiglu(3, 0) = 0、swiglu(0, 3) = 0，但 swiglu(2, -1) = −Swish(2)（Shazeer 与 LLaMA 的顺序）",
        "∂swiglu/∂a = Swish′(a)·b: a is the input inside Swish":
            "∂swiglu/∂a = Swish′(a)·b：a 是 Swish 里面的那个输入",
        "∂swiglu/∂b = Swish(a): b is the linear input":
            "∂swiglu/∂b = Swish(a)：b 是线性的那个输入",
    ])
}
