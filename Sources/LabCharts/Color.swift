/// An opaque sRGB colour, written into SVG as `#rrggbb`.
///
/// ```swift
/// let blue = Color.okabeIto[0]           // #0072B2
/// let pale = blue.lightened(by: 0.7)     // 70 % of the way to white
/// ```
public struct Color: Sendable, Hashable {
    public var red: UInt8
    public var green: UInt8
    public var blue: UInt8

    public init(red: UInt8, green: UInt8, blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// A colour from `0xRRGGBB`.
    public init(hex: UInt32) {
        self.init(red: UInt8((hex >> 16) & 0xFF), green: UInt8((hex >> 8) & 0xFF), blue: UInt8(hex & 0xFF))
    }

    /// Okabe & Ito's eight colours (2008), distinguishable with every common colour-vision
    /// deficiency, reordered so that the first ones stand out best on white: blue, orange,
    /// bluish green, vermillion, reddish purple, sky blue, black, and yellow last because it is
    /// the faintest against a white background.
    public static let okabeIto: [Color] = [
        Color(hex: 0x0072B2), Color(hex: 0xE69F00), Color(hex: 0x009E73), Color(hex: 0xD55E00),
        Color(hex: 0xCC79A7), Color(hex: 0x56B4E9), Color(hex: 0x000000), Color(hex: 0xF0E442),
    ]

    /// The palette colour for series number `index`, cycling after eight.
    public static func series(_ index: Int) -> Color {
        okabeIto[((index % okabeIto.count) + okabeIto.count) % okabeIto.count]
    }

    public static let white = Color(hex: 0xFFFFFF)
    public static let black = Color(hex: 0x000000)
    /// Text and axis lines: softer than pure black.
    public static let ink = Color(hex: 0x222222)
    /// Tick labels, footnotes.
    public static let secondaryInk = Color(hex: 0x555555)
    /// Major grid lines.
    public static let grid = Color(hex: 0xDDDDDD)
    /// Minor grid lines (log axes).
    public static let minorGrid = Color(hex: 0xEEEEEE)
    /// The x = 0 and y = 0 lines, a little stronger than the grid.
    public static let zeroLine = Color(hex: 0x999999)

    /// This colour moved `amount` (0 … 1) of the way towards white: 0 is unchanged, 1 is white.
    public func lightened(by amount: Double) -> Color {
        let t = min(max(amount, 0), 1)
        func mix(_ channel: UInt8) -> UInt8 {
            UInt8((Double(channel) + (255 - Double(channel)) * t).rounded())
        }
        return Color(red: mix(red), green: mix(green), blue: mix(blue))
    }

    /// `#rrggbb`, lower case.
    public var hex: String {
        let digits = Array("0123456789abcdef")
        return "#" + [red, green, blue].map { "\(digits[Int($0 >> 4)])\(digits[Int($0 & 0xF)])" }.joined()
    }
}
