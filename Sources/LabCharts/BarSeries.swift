/// One named set of bars in a `BarChart`: one value per category, optionally with an error
/// half-width (e.g. the standard deviation over seeds, drawn as value ± error).
public struct BarSeries: Sendable, Hashable {
    /// The legend entry.
    public var name: String
    /// One per category, in the chart's category order; nil (or non-finite) for a missing bar.
    public var values: [Double?]
    /// Error half-widths, parallel to `values`; nil for no error bars at all, a nil element
    /// for none on that bar (a single seed has no spread, and drawing ± 0 would claim one).
    public var errors: [Double?]?
    /// nil picks the next Okabe–Ito colour by the series' position.
    public var color: Color?

    public init(_ name: String, values: [Double?], errors: [Double?]? = nil, color: Color? = nil) {
        self.name = name
        self.values = values
        self.errors = errors
        self.color = color
    }

    /// The bar for category `index`, if present and finite.
    func value(at index: Int) -> Double? {
        guard index < values.count, let value = values[index], value.isFinite else { return nil }
        return value
    }

    /// The error half-width for category `index`, if present, finite and positive.
    func error(at index: Int) -> Double? {
        guard let errors, index < errors.count, let error = errors[index], error.isFinite, error > 0 else {
            return nil
        }
        return error
    }
}
