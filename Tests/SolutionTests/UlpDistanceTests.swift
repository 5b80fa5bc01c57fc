import GradingSupport
import Testing

/// `ulpDistance`, which every reference comparison relies on, against hand-counted cases.
@Suite("ulpDistance")
struct UlpDistanceTests {
    @Test("counts representable Floats")
    func counts() {
        #expect(ulpDistance(1, 1) == 0)
        #expect(ulpDistance(0, -0.0) == 0)
        #expect(ulpDistance(1, Float(1).nextUp) == 1)
        #expect(ulpDistance(1, Float(1).nextDown) == 1)
        #expect(ulpDistance(Float(1).nextDown, Float(1).nextUp) == 2)
        #expect(ulpDistance(0, .leastNonzeroMagnitude) == 1)
        #expect(ulpDistance(-.leastNonzeroMagnitude, .leastNonzeroMagnitude) == 2)
        #expect(ulpDistance(.greatestFiniteMagnitude, .infinity) == 1)
        #expect(ulpDistance(-.infinity, .infinity) == 2 * 0x7F80_0000)
        #expect(ulpDistance(2, 1) == 0x80_0000)
    }

    @Test("treats NaN as a match only for NaN")
    func nan() {
        #expect(ulpDistance(.nan, .nan) == 0)
        #expect(ulpDistance(.nan, -.nan) == 0)
        #expect(ulpDistance(.nan, 1) == .max)
        #expect(ulpDistance(.infinity, .nan) == .max)
    }
}
