import LabExperiments
import Testing

@Suite struct SampleStatisticsTests {
    @Test func threeValues() {
        // mean = (0.80 + 0.82 + 0.84) / 3 = 0.82; deviations −0.02, 0, +0.02;
        // s² = (0.0004 + 0 + 0.0004) / (3 − 1) = 0.0004, s = 0.02; SE = 0.02 / √3 = 0.011547005
        let statistics = SampleStatistics([0.80, 0.82, 0.84])
        #expect(statistics.count == 3)
        #expect(abs(statistics.mean - 0.82) < 1e-12)
        #expect(abs(statistics.standardDeviation! - 0.02) < 1e-12)
        #expect(abs(statistics.standardError! - 0.011547005) < 1e-9)
    }

    @Test func fourIntegers() {
        // mean 2.5; squared deviations 2.25 + 0.25 + 0.25 + 2.25 = 5; s² = 5 / 3, s = 1.2909944;
        // SE = s / √4 = 0.6454972
        let statistics = SampleStatistics([1, 2, 3, 4])
        #expect(statistics.mean == 2.5)
        #expect(abs(statistics.standardDeviation! - 1.2909944) < 1e-7)
        #expect(abs(statistics.standardError! - 0.6454972) < 1e-7)
    }

    @Test func singleRunHasNoSpread() {
        let statistics = SampleStatistics([0.875])
        #expect(statistics.mean == 0.875)
        #expect(statistics.standardDeviation == nil)
        #expect(statistics.standardError == nil)
    }

    @Test func emptyHasNoMean() {
        #expect(SampleStatistics([]).mean.isNaN)
        #expect(SampleStatistics([]).count == 0)
    }
}
