import Foundation

/// The correctly rounded reference tables in `Tests/Fixtures/`, written by
/// `scripts/make_fixtures.py` (`make fixtures`).
///
/// The folder is found from this source file's own path (`#filePath`), so the tables load the
/// same way whatever the scratch path, the working directory or the package view (full or
/// `KIT_GRADING`) of the test run. A missing or malformed file stops the run with a message
/// naming the file and telling how to regenerate it: a grading run without its reference is
/// broken, not failed.
///
/// File format: lines starting with `#` are comments; data lines are TAB-separated. Numbers
/// are decimal Floats or `nan`, `inf`, `-inf`; vectors are comma-separated numbers.
public enum ReferenceTable {
    /// The rows of `Tests/Fixtures/<name>.tsv` for the activation called `name` (the kebab-case
    /// names of `ActivationCatalog`, e.g. `leaky-relu`), in file order.
    ///
    /// Columns: `region  x  f(x)  f′(x)`, and for `prelu` a fifth, `∂f/∂α`.
    public static func points(for name: String) -> [ReferencePoint] {
        rows(of: name).map { row in
            if !(4...5).contains(row.fields.count) {
                row.fail("expected 4 columns (5 for prelu), found \(row.fields.count)")
            }
            return ReferencePoint(
                region: row.fields[0], x: row.float(1), value: row.float(2),
                derivative: row.float(3), alphaGradient: row.fields.count == 5 ? row.float(4) : nil)
        }
    }

    /// The rows of a parameter-gradient table (`swish-beta`, Swish's ∂f/∂β), in file order.
    ///
    /// Columns: `region  β  x  ∂f/∂β`, one row per parameter value and input.
    public static func parameterGradients(for name: String) -> [ParameterGradientPoint] {
        rows(of: name).map { row in
            row.expect(columns: 4)
            return ParameterGradientPoint(region: row.fields[0], parameter: row.float(1), x: row.float(2),
                                          gradient: row.float(3))
        }
    }

    /// The rows of a gated unit's table (`glu`, `swiglu`, `geglu`), in file order.
    ///
    /// Columns: `region  a  b  f(a,b)  ∂f/∂a  ∂f/∂b`.
    public static func gatedPoints(for name: String) -> [GatedReferencePoint] {
        rows(of: name).map { row in
            row.expect(columns: 6)
            return GatedReferencePoint(
                region: row.fields[0], a: row.float(1), b: row.float(2), value: row.float(3),
                gradientA: row.float(4), gradientB: row.float(5))
        }
    }

    /// The cases of `Tests/Fixtures/softmax.tsv`, in file order.
    ///
    /// Columns: `case  label  logits  softmax  logSoftmax  jacobian  crossEntropy
    /// crossEntropyGradient`, with the n × n Jacobian flattened row-major.
    public static func softmaxCases() -> [SoftmaxCase] {
        rows(of: "softmax").map { row in
            row.expect(columns: 8)
            let logits = row.floats(2)
            let flat = row.floats(5)
            let n = logits.count
            guard let label = Int(row.fields[1]), flat.count == n * n else {
                row.fail("expected an integer label and an \(n) × \(n) Jacobian")
            }
            return SoftmaxCase(
                name: row.fields[0], label: label, logits: logits, softmax: row.floats(3),
                logSoftmax: row.floats(4),
                jacobian: (0..<n).map { i in Array(flat[(i * n)..<(i * n + n)]) },
                crossEntropy: row.float(6), crossEntropyGradient: row.floats(7))
        }
    }

    /// `Tests/Fixtures/`, two folders up from this file (`Tests/GradingSupport/…`).
    private static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// The data lines of `<name>.tsv`, split at tabs.
    private static func rows(of name: String) -> [Row] {
        let file = directory.appendingPathComponent("\(name).tsv")
        guard let text = try? String(contentsOf: file, encoding: .utf8) else {
            fatalError("ReferenceTable: cannot read \(file.path); regenerate it with `make fixtures`")
        }
        return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            .compactMap { index, line in
                line.isEmpty || line.hasPrefix("#") ? nil
                    : Row(file: file.lastPathComponent, line: index + 1,
                          fields: line.split(separator: "\t", omittingEmptySubsequences: false)
                              .map(String.init))
            }
    }

    /// One data line, able to report itself when it does not parse.
    private struct Row {
        let file: String
        let line: Int
        let fields: [String]

        func expect(columns: Int) {
            if fields.count != columns { fail("expected \(columns) columns, found \(fields.count)") }
        }

        func float(_ column: Int) -> Float {
            guard let value = ReferenceTable.parse(fields[column]) else {
                fail("column \(column + 1), '\(fields[column])', is not a number")
            }
            return value
        }

        func floats(_ column: Int) -> [Float] {
            fields[column].split(separator: ",").map { word in
                guard let value = ReferenceTable.parse(String(word)) else {
                    fail("column \(column + 1) holds '\(word)', which is not a number")
                }
                return value
            }
        }

        func fail(_ problem: String) -> Never {
            fatalError("ReferenceTable: \(file) line \(line): \(problem); regenerate it with `make fixtures`")
        }
    }

    /// A decimal Float, or `nan`, `inf`, `-inf`.
    private static func parse(_ word: String) -> Float? {
        switch word {
        case "nan": .nan
        case "inf": .infinity
        case "-inf": -.infinity
        default: Float(word)
        }
    }
}
