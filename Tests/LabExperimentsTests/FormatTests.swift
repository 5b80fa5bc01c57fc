import LabExperiments
import Testing

@Suite struct FormatTests {
    /// [0.35, 0.36]: mean 0.355; sample variance (0.005² + 0.005²)/1 = 5e-5, so s = 0.0070711.
    /// Two significant digits of s end at the fourth decimal, and the mean is cut there too.
    @Test func meanAndDeviationShareTheDeviationsPrecision() {
        #expect(Format.number(SampleStatistics([0.35, 0.36])) == "0.3550 ± 0.0071")
    }

    /// [2.3, 2.5]: mean 2.4; s = √((0.1² + 0.1²)/1) = 0.14142: two digits → two decimals.
    @Test func largerDeviationsKeepFewerDecimals() {
        #expect(Format.number(SampleStatistics([2.3, 2.5])) == "2.40 ± 0.14")
    }

    @Test func aSingleRunHasNoDeviation() {
        #expect(Format.number(SampleStatistics([0.3568])) == "0.3568")
    }

    @Test func identicalRunsShowAZeroDeviation() {
        #expect(Format.number(SampleStatistics([2, 2, 2])) == "2 ± 0")
    }
}

@Suite struct MagnitudeFormatTests {
    @Test func ratiosReadAsPowersOfTen() {
        #expect(Format.magnitude(2.6e-10) == "2.6·10⁻¹⁰")
        #expect(Format.magnitude(1e-10) == "10⁻¹⁰")
        #expect(Format.magnitude(9.96e-5) == "10⁻⁴")
        #expect(Format.magnitude(0.41) == "0.41")
        #expect(Format.magnitude(0.052) == "0.052")
        #expect(Format.magnitude(1) == "1")
        #expect(Format.magnitude(3.1e5) == "3.1·10⁵")
        #expect(Format.magnitude(0) == "0")
        #expect(Format.magnitude(.nan) == "n/a")
    }
}
