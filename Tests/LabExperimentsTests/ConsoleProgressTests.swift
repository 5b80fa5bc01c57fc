import LabExperiments
import Testing

@Suite struct ConsoleProgressTests {
    @Test func logsEveryEpochOfShortRuns() {
        #expect((1...5).allSatisfy { ConsoleProgress.logs(epoch: $0, of: 5) })
        #expect((1...10).allSatisfy { ConsoleProgress.logs(epoch: $0, of: 10) })
    }

    @Test func logsAboutTenLinesOfLongRuns() {
        // 100 epochs: every ⌈100 / 10⌉ = 10th; 25 epochs: every ⌈25 / 10⌉ = 3rd, plus the last.
        #expect((1...100).filter { ConsoleProgress.logs(epoch: $0, of: 100) } == [10, 20, 30, 40, 50, 60, 70, 80, 90, 100])
        #expect((1...25).filter { ConsoleProgress.logs(epoch: $0, of: 25) } == [3, 6, 9, 12, 15, 18, 21, 24, 25])
    }
}
