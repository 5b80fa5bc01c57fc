import Foundation
import GradingSupport

/// A built-in activation, or a family of them, that a custom activation must not merely copy.
///
/// A shape is a set of basis functions; a custom f "is" the shape when some combination
/// f ≈ Σ cₖ·basisₖ(x) + c₀ matches it within 0.1 % of f's range at every point of the grid.
/// That catches the built-ins up to scaling and shifting (2·ReLU(x), tanh(x) + 1,
/// 2σ(x) − 1 = tanh(x/2)) with input scales ½, 1 and 2, and whole families: ReLU plus a
/// linear term is every leaky ReLU and PReLU, ReLU plus expm1(min(x, 0)) is every ELU and SELU.
/// It is deliberately no stricter than that: anything that is not such a combination counts as
/// the student's own design, however close in spirit.
struct BuiltInShape {
    let name: String
    let basis: [@Sendable (Double) -> Double]

    /// How close, relative to the range of f on the grid, counts as the same function.
    static let sameShapeTolerance = 1e-3

    static let all: [BuiltInShape] = {
        let scaled: [(String, @Sendable (Double) -> Double)] = [
            ("the binary step", Oracle.binaryStep), ("arctan", Oracle.arctan), ("the sigmoid", Oracle.sigmoid),
            ("tanh", Oracle.tanh), ("softplus", Oracle.softplus), ("GELU", Oracle.gelu), ("Mish", Oracle.mish),
            ("Swish/SiLU", { Oracle.swish($0, beta: 1) }), ("Swish with β = 1.702", { Oracle.swish($0, beta: 1.702) }),
        ]
        var shapes = [BuiltInShape(name: "the identity (a linear function)", basis: [{ $0 }])]
        shapes += scaled.flatMap { name, g in
            [0.5, 1, 2].map { b in BuiltInShape(name: name, basis: [{ g(b * $0) }]) }
        }
        shapes.append(BuiltInShape(name: "a (leaky/parametric) ReLU", basis: [Oracle.relu, { $0 }]))
        shapes += [0.5, 1, 2].map { b in
            BuiltInShape(name: "ELU/SELU", basis: [{ Oracle.relu(b * $0) }, { expm1(min(b * $0, 0)) }])
        }
        return shapes
    }()

    /// The largest deviation of `values` (f on `grid`) from the best combination of this
    /// shape's basis, by least squares; nil when the basis is degenerate on the grid.
    func deviation(of values: [Double], on grid: [Double]) -> Double? {
        let columns = basis.map { g in grid.map(g) } + [grid.map { _ in 1 }]
        let k = columns.count
        var matrix = (0..<k).map { i in (0..<k).map { j in zip(columns[i], columns[j]).reduce(0) { $0 + $1.0 * $1.1 } } }
        var rhs = (0..<k).map { i in zip(columns[i], values).reduce(0) { $0 + $1.0 * $1.1 } }
        guard let coefficients = Self.solve(&matrix, &rhs) else { return nil }
        return grid.indices.map { p in
            abs(values[p] - (0..<k).reduce(0) { $0 + coefficients[$1] * columns[$1][p] })
        }.max()
    }

    /// Gaussian elimination with partial pivoting for the small normal equations.
    private static func solve(_ a: inout [[Double]], _ b: inout [Double]) -> [Double]? {
        let n = b.count
        for column in 0..<n {
            guard let pivot = (column..<n).max(by: { abs(a[$0][column]) < abs(a[$1][column]) }),
                  abs(a[pivot][column]) > 1e-9 else { return nil }
            a.swapAt(column, pivot)
            b.swapAt(column, pivot)
            for row in (column + 1)..<n {
                let factor = a[row][column] / a[column][column]
                for j in column..<n { a[row][j] -= factor * a[column][j] }
                b[row] -= factor * b[column]
            }
        }
        var x = [Double](repeating: 0, count: n)
        for row in (0..<n).reversed() {
            let known = ((row + 1)..<n).reduce(0) { $0 + a[row][$1] * x[$1] }
            x[row] = (b[row] - known) / a[row][row]
        }
        return x
    }
}
