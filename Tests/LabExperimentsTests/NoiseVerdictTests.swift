import LabExperiments
import Testing

@Suite struct NoiseVerdictTests {
    @Test func differenceBeyondNoise() {
        // a: mean 0.82, s 0.02; b: mean 0.86, s 0.01 (n = 3 each).
        // threshold = 2·√(0.0004/3 + 0.0001/3) = 2·√0.000166667 = 2·0.0129099 = 0.0258199;
        // Δ = −0.04, |Δ| ≥ 0.0258 → beyond the noise.
        let verdict = NoiseVerdict(SampleStatistics([0.80, 0.82, 0.84]), versus: SampleStatistics([0.85, 0.86, 0.87]))
        guard case .beyondNoise(let difference, let threshold) = verdict else {
            Issue.record("expected beyondNoise, got \(verdict)")
            return
        }
        #expect(abs(difference - -0.04) < 1e-12)
        #expect(abs(threshold - 0.0258199) < 1e-7)
    }

    @Test func differenceInsideNoise() {
        // a: mean 0.85, s 0.02; b: mean 0.87, s 0.01; same threshold 0.0258199 > |Δ| = 0.02.
        let verdict = NoiseVerdict(SampleStatistics([0.83, 0.85, 0.87]), versus: SampleStatistics([0.86, 0.87, 0.88]))
        guard case .withinNoise(let difference, let threshold) = verdict else {
            Issue.record("expected withinNoise, got \(verdict)")
            return
        }
        #expect(abs(difference - -0.02) < 1e-12)
        #expect(abs(threshold - 0.0258199) < 1e-7)
        #expect(verdict.phrase == "inside the noise (2·SE = 2.58 pt)")
    }

    @Test func singleRunsGiveNoVerdict() {
        // The first article's numbers: one run each, Δ = 0.875 − 0.872 = 0.003.
        let verdict = NoiseVerdict(SampleStatistics([0.875]), versus: SampleStatistics([0.872]))
        guard case .singleRun(let difference) = verdict else {
            Issue.record("expected singleRun, got \(verdict)")
            return
        }
        #expect(abs(difference - 0.003) < 1e-12)
        #expect(verdict.threshold == nil)
    }

    @Test func oneSideSingleIsStillSingle() {
        let verdict = NoiseVerdict(SampleStatistics([0.9]), versus: SampleStatistics([0.85, 0.86, 0.87]))
        #expect(verdict.name == "single-run")
    }

    @Test func identicalDeterministicRunsTie() {
        // Both s = 0, Δ = 0: a tie, not a "real" difference.
        let verdict = NoiseVerdict(SampleStatistics([0.5, 0.5]), versus: SampleStatistics([0.5, 0.5]))
        #expect(verdict.name == "within-noise")
    }
}
