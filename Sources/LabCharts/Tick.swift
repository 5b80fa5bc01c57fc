/// A labelled position on an axis.
struct Tick: Sendable, Hashable {
    var value: Double
    var label: String
}
