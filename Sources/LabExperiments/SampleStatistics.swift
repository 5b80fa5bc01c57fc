/// Mean and spread of one measurement repeated over seeds.
///
/// The standard deviation is the *sample* one (divides by n − 1), because the seeds are a
/// sample of all the seeds one could have used; it is undefined for a single run, which is
/// exactly the articles' situation, and is reported as nil rather than as a reassuring 0.
public struct SampleStatistics: Codable, Sendable, Hashable {
    public let count: Int
    public let mean: Double
    /// nil for fewer than two values.
    public let standardDeviation: Double?

    /// Statistics of `values`; an empty list has mean NaN.
    public init(_ values: [Double]) {
        count = values.count
        guard !values.isEmpty else {
            mean = .nan
            standardDeviation = nil
            return
        }
        let mean = values.reduce(0, +) / Double(values.count)
        self.mean = mean
        if values.count > 1 {
            let squares = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
            standardDeviation = (squares / Double(values.count - 1)).squareRoot()
        } else {
            standardDeviation = nil
        }
    }

    /// Standard error of the mean, s / √n: how far the mean itself would move with other seeds.
    public var standardError: Double? {
        standardDeviation.map { $0 / Double(count).squareRoot() }
    }
}
