/// The distance between two Floats in units in the last place: how many representable Floats
/// one must step over to get from `a` to `b`.
///
/// Float bit patterns, read as sign-magnitude integers, are ordered like the numbers they
/// encode; mapping the negative ones to negative integers makes the order hold across zero, so
/// the distance is a plain difference. Consequences: +0 and −0 are 0 apart, the least subnormal
/// is 1 from 0, the greatest finite Float is 1 from ∞, and 1 is 1 from 1 + 2⁻²³ but also 1 from
/// 1 − 2⁻²⁴ (the spacing halves below a power of two).
///
/// NaN is not a number on the line: two NaNs are 0 apart (the expected NaN was produced) and a
/// NaN against anything else is `UInt64.max`, farther than any two numbers can be.
public func ulpDistance(_ a: Float, _ b: Float) -> UInt64 {
    if a.isNaN || b.isNaN { return a.isNaN && b.isNaN ? 0 : UInt64.max }
    return orderedKey(a) > orderedKey(b)
        ? UInt64(orderedKey(a) - orderedKey(b))
        : UInt64(orderedKey(b) - orderedKey(a))
}

/// The position of x on the line of Floats: ±(magnitude bits), so that −0 and +0 coincide.
private func orderedKey(_ x: Float) -> Int64 {
    let magnitude = Int64(x.bitPattern & 0x7FFF_FFFF)
    return x.sign == .minus ? -magnitude : magnitude
}
