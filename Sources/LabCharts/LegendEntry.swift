/// One name in a legend, drawn with its colour and symbol.
struct LegendEntry: Sendable, Hashable {
    var name: String
    var color: Color
    var symbol: LegendSymbol
}
