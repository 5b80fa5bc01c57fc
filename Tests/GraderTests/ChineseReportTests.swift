import Foundation
@testable import Grader
import Testing

/// What a student reads in Chinese: the score table, the statuses, the hints, the watch screen
/// and results.json, drawn from small fake results.
@Suite struct ChineseReportTests {
    /// A real hint of lesson 02, as the checker records it.
    static let hint = "σ(+∞) = 1 and σ(−∞) = 0: a formula that only ever exponentiates −|x| gets these for free "
        + "(Hint 2 in Exercises/02-sigmoid/README.md)"
    static let results = [
        LessonResult(lesson: Samples.warmUp, status: .passed, checks: [Samples.check("identity is x [3 pts]", .passed)]),
        LessonResult(lesson: Samples.sigmoid, status: .failing(2), checks: [
            Samples.check("sigmoid(0) is one half [1 pt]", .passed),
            Samples.check("sigmoid reaches its limits [2 pts]", .failed([
                Failure(message: "sigmoid(inf): got nan, expected 1", hint: hint),
                Failure(message: "… and 3 more failing inputs", hint: hint),
            ])),
            Samples.check("b [1 pt]", .failed([Failure(message: "b is wrong", hint: "not in any catalog")])),
        ]),
        LessonResult.uncompiled(Samples.tanh, error: CompilerDiagnostic(
            file: "/kit/Exercises/03-tanh/Tanh.swift", line: 9, column: 5, message: "cannot find 'exp' in scope"),
            checks: [GradedCheck(name: "tanh [10 pts]")]),
        LessonResult(lesson: Samples.vanishing, status: .notStarted, checks: [Samples.check("forward [2 pts]", .notRun)]),
    ]

    @Test func theReportInTraditionalChinese() {
        let report = ReportRenderer(style: TextStyle(colour: false), root: "/kit", language: .traditionalChinese)
            .report(Self.results)
        // The headings are two columns a character wide: the columns still line up.
        #expect(report == """
            課程                    得分  狀態
            01-warm-up               3/3  通過
            02-sigmoid               1/4  2 個檢查項未通過
            03-tanh                 0/10  無法編譯
            10-vanishing-gradients   0/2  尚未開始

            02-sigmoid
              ✗ sigmoid reaches its limits [2 pts]
                  sigmoid(inf): got nan, expected 1
                  提示：σ(+∞) = 1，σ(−∞) = 0：只對 −|x| 取指數的公式，自然就會得到這兩個值（見 Exercises/02-sigmoid/README.zh-Hant.md 的提示 2）
              ✗ b [1 pt]
                  b is wrong
                  提示：not in any catalog

            03-tanh
              Exercises/03-tanh/Tanh.swift:9: cannot find 'exp' in scope
              提示：這一課要先能編譯，才有辦法評分

            總分：4/19 分 · 已完成 1/4 課
            下一步：02-sigmoid——請閱讀 Exercises/02-sigmoid/README.zh-Hant.md，然後執行 `make watch LESSON=02`。
            """)
    }

    @Test func theReportInSimplifiedChinese() {
        let renderer = ReportRenderer(style: TextStyle(colour: false), root: "/kit", language: .simplifiedChinese)
        #expect(renderer.table(Self.results) == """
            课程                    得分  状态
            01-warm-up               3/3  通过
            02-sigmoid               1/4  2 个检查项未通过
            03-tanh                 0/10  编译失败
            10-vanishing-gradients   0/2  尚未开始
            """)
        #expect(renderer.total(Self.results) == "总分：4/19 分 · 已完成 1/4 课")
        #expect(renderer.details(Self.results[1])[2]
                == "    提示：σ(+∞) = 1，σ(−∞) = 0：只对 −|x| 取指数的公式，自然就会得到这两个值（见 Exercises/02-sigmoid/README.zh-Hans.md 的提示 2）")
        #expect(renderer.next(Array(Self.results.prefix(1)))
                == "所有评分的课都通过了：用 `swift run -c release lab experiment custom` 看看你的激活函数实际训练网络的表现。")
    }

    static let statuses: [LessonStatus] = [
        .passed, .failing(1), .failing(3), .notStarted,
        .doesNotCompile(CompilerDiagnostic(file: "a", line: 1, column: 1, message: "m")),
        .crashed(signal: 4, exitStatus: nil, check: nil, report: CrashReport(message: nil, location: nil)),
        .crashed(signal: nil, exitStatus: 1, check: nil, report: CrashReport(message: nil, location: nil)),
        .crashed(signal: nil, exitStatus: nil, check: nil, report: CrashReport(message: nil, location: nil)),
        .timedOut(seconds: 5, check: nil), .timedOut(seconds: 0.5, check: nil),
    ]

    @Test func everyStatusInEveryLanguage() {
        #expect(Self.statuses.map { Phrases(language: .english).status($0) } == [
            "passed", "1 check failing", "3 checks failing", "not started", "does not compile", "crashed (signal 4: SIGILL)",
            "crashed (exited early with status 1)", "crashed", "timed out after 5 s", "timed out after 0.5 s"])
        #expect(Self.statuses.map(\.summary) == Self.statuses.map { Phrases(language: .english).status($0) })
        #expect(Self.statuses.map { Phrases(language: .traditionalChinese).status($0) } == [
            "通過", "1 個檢查項未通過", "3 個檢查項未通過", "尚未開始", "無法編譯", "崩潰（訊號 4：SIGILL）",
            "崩潰（提前結束，結束狀態 1）", "崩潰", "逾時（5 秒）", "逾時（0.5 秒）"])
        #expect(Self.statuses.map { Phrases(language: .simplifiedChinese).status($0) } == [
            "通过", "1 个检查项未通过", "3 个检查项未通过", "尚未开始", "编译失败", "崩溃（信号 4：SIGILL）",
            "崩溃（提前退出，退出状态 1）", "崩溃", "超时（5 秒）", "超时（0.5 秒）"])
    }

    @Test func crashesAndTimeoutsSayWhereInChinese() {
        let report = CrashReport(message: "Fatal error: Index out of range", location: "Exercises/03-tanh/Tanh.swift:11")
        let crashed = LessonResult(
            lesson: Samples.tanh, status: .crashed(signal: 4, exitStatus: nil, check: "tanh tails [2 pts]", report: report),
            checks: [Samples.check("tanh tails [2 pts]", .interrupted)])
        let renderer = ReportRenderer(style: TextStyle(colour: false), root: "/kit", language: .traditionalChinese)
        #expect(renderer.details(crashed) == [
            "崩潰，發生在「tanh tails [2 pts]」：Fatal error: Index out of range（Exercises/03-tanh/Tanh.swift:11）",
            "提示：用不到造成崩潰那個輸入的檢查項，分數照樣保留",
        ])
        let quit = LessonResult(lesson: Samples.tanh, status: .crashed(signal: nil, exitStatus: 0, check: nil,
                                                                       report: CrashReport(message: nil, location: nil)),
                                checks: [])
        #expect(ReportRenderer(style: TextStyle(colour: false), root: "/kit", language: .simplifiedChinese).details(quit) == [
            "你的代码所在的进程提前退出了（退出状态 0）",
            "提示：课程的函数必须返回答案；不要调用 exit()",
        ])
        let hung = LessonResult(lesson: Samples.tanh, status: .timedOut(seconds: 20, check: "tanh tails [2 pts]"),
                                checks: [Samples.check("tanh tails [2 pts]", .interrupted)])
        #expect(renderer.details(hung).first == "「tanh tails [2 pts]」在 20 秒內沒有得到回應")
    }

    @Test func aCheckStillSaysHowManyMoreInputsFailed() {
        #expect(Phrases(language: .traditionalChinese).message("… and 7 more failing inputs") == "……另有 7 個輸入未通過")
        #expect(Phrases(language: .simplifiedChinese).message("… and 1 more failing input") == "……另有 1 个输入未通过")
        #expect(Phrases(language: .traditionalChinese).message("sigmoid(1): got 0") == "sigmoid(1): got 0")
        #expect(Phrases(language: .english).message("… and 7 more failing inputs") == "… and 7 more failing inputs")
    }

    @Test func theWatchScreenInChinese() {
        var progress = WatchProgress(lessons: Samples.lessons, pinned: nil)
        progress.record([Self.results[0], LessonResult(lesson: Samples.sigmoid, status: .notStarted, checks: [])])
        let renderer = ReportRenderer(style: TextStyle(colour: false), root: "/kit", failuresShown: 1, language: .traditionalChinese)
        #expect(progress.screen(renderer: renderer, watching: "Exercises") == """
            02-sigmoid · 尚未開始 · 0/0 分
              請閱讀 Exercises/02-sigmoid/README.zh-Hant.md，然後把每個 unimplemented() 換成你的實作。

            進度：█░░░ 已完成 1/4 課
            正在監看 Exercises/：儲存檔案，就會重新評分它所屬的那一課；按 Ctrl-C 結束。
            """)
        progress.record([LessonResult(lesson: Samples.sigmoid, status: .passed, checks: []),
                         LessonResult(lesson: Samples.tanh, status: .failing(1), checks: [])])
        let simplified = ReportRenderer(style: TextStyle(colour: false), root: "/kit", language: .simplifiedChinese)
        #expect(progress.screen(renderer: simplified, watching: "Exercises").hasPrefix("✓ 02-sigmoid 通过了！\n03-tanh · "))
    }

    @Test func resultsJSONSpeaksChineseWhereAStudentReadsIt() throws {
        let results = GradescopeResults(results: Self.results, executionTime: 1, root: "/kit", isolation: "隔離：測試。",
                                         language: .traditionalChinese)
        #expect(results.output.contains("課程") && results.output.contains("總分：4/19 分") && results.output.hasSuffix("隔離：測試。"))
        let tests = results.tests
        #expect(tests[0].output == "通過")
        #expect(tests[2].output == "- `sigmoid(inf): got nan, expected 1`\n  - 提示：" + Language.traditionalChinese.hint(Self.hint)
                + "\n- `……另有 3 個輸入未通過`\n  - 提示：" + Language.traditionalChinese.hint(Self.hint))
        #expect(tests[4].output == "這一課無法編譯：`Exercises/03-tanh/Tanh.swift:9: cannot find 'exp' in scope`")
        #expect(tests[5].output == "尚未開始")
        // What Gradescope itself reads stays as it is.
        #expect(tests.map(\.status) == ["passed", "passed", "failed", "failed", "failed", "failed"])
        #expect(tests[2].name == "02-sigmoid: sigmoid reaches its limits [2 pts]")
    }

    @Test func theIsolationLineInEachLanguage() {
        let policy = SandboxPolicy(user: (65400, 65400), bubblewrap: "/usr/bin/bwrap", hidden: [], limits: SandboxPolicy.Limits())
        #expect(policy.summary.hasPrefix("Isolation: each submission in a bubblewrap sandbox"))
        #expect(policy.summary(in: .traditionalChinese).hasPrefix("隔離：每份作業都在 bubblewrap 沙箱中（沒有網路、唯讀檢視、私有的 /tmp、看不到本套件），以無特權的 uid 65400+ 執行"))
        #expect(policy.summary(in: .simplifiedChinese).contains("内存"))
        var plain = policy
        plain.user = nil
        plain.bubblewrap = nil
        #expect(plain.summary(in: .traditionalChinese).hasPrefix("隔離：除了獨立的行程與資源限制之外，沒有任何隔離"))
    }

    @Test func notesAndTheClassSummaryInChinese() {
        #expect(Phrases(language: .traditionalChinese).note(.unknownFile("Helper.swift")) == "已略過 Helper.swift：沒有任何一課有這個檔名")
        #expect(LessonFiles.Note.nothingFound.description == "no lesson files found in the upload")
        let student = ClassGrading.Student(id: "ada", folder: URL(fileURLWithPath: "/x"),
                                           summary: StudentSummary(results: Self.results))
        let summary = ClassReport.summary([student], lessons: Samples.lessons, language: .simplifiedChinese)
        #expect(summary.hasPrefix("# 全班成绩摘要\n\n已评分 1 位学生。\n\n| 课程 | 平均分数 | 通过人数 |\n"))
        #expect(summary.contains("| 01-warm-up | 3.0 / 3 | 1/1 |"))
        #expect(summary.contains("- 02-sigmoid：“sigmoid reaches its limits [2 pts]”：1 位学生中有 1 位"))
        // grades.csv stays English: its status codes are read by programs.
        #expect(ClassReport.csv([student], lessons: Samples.lessons).contains("does-not-compile:03 failing:02 not-started:10"))
    }
}
