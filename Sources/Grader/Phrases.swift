import GradingProtocol

/// Every sentence the grader itself writes for a student, in the run's language.
///
/// Each sentence is written once per language, side by side: `pick(english, traditional,
/// simplified)` takes all three, so none can be missing from one edition. Numbers, paths, check
/// names, commands and code stay as they are in every language. Traditional Chinese follows Taiwan
/// usage, Simplified Chinese mainland usage, both with the terms of the translators' glossary
/// (docs/glossary.md: its grader statuses 通過／N 個檢查項未通過／尚未開始／無法編譯／崩潰／逾時 and
/// 通过／N 个检查项未通过／尚未开始／编译失败／崩溃／超时, 檢查項／检查项 for a check, 課／课 for a lesson).
public struct Phrases: Sendable {
    public let language: Language

    public init(language: Language) {
        self.language = language
    }

    private func pick(_ english: String, _ traditional: String, _ simplified: String) -> String {
        switch language {
        case .english: english
        case .traditionalChinese: traditional
        case .simplifiedChinese: simplified
        }
    }

    // MARK: The score table

    var lessonHeading: String { pick("Lesson", "課程", "课程") }
    var pointsHeading: String { pick("Points", "得分", "得分") }
    var statusHeading: String { pick("Status", "狀態", "状态") }

    /// The label before every hint.
    var hintLabel: String { pick("hint: ", "提示：", "提示：") }
    /// The label before a note about how a submission was read.
    var noteLabel: String { pick("note: ", "注意：", "注意：") }

    /// The status column.
    func status(_ status: LessonStatus) -> String {
        switch status {
        case .passed:
            return pick("passed", "通過", "通过")
        case .failing(let count):
            return pick(count == 1 ? "1 check failing" : "\(count) checks failing",
                        "\(count) 個檢查項未通過", "\(count) 个检查项未通过")
        case .notStarted:
            return pick("not started", "尚未開始", "尚未开始")
        case .doesNotCompile:
            return pick("does not compile", "無法編譯", "编译失败")
        case .crashed(let signal?, _, _, _):
            let name = Termination.signalName(signal)
            return pick("crashed (signal \(signal)\(name.map { ": \($0)" } ?? ""))",
                        "崩潰（訊號 \(signal)\(name.map { "：\($0)" } ?? "")）",
                        "崩溃（信号 \(signal)\(name.map { "：\($0)" } ?? "")）")
        case .crashed(_, let exit?, _, _):
            return pick("crashed (exited early with status \(exit))",
                        "崩潰（提前結束，結束狀態 \(exit)）", "崩溃（提前退出，退出状态 \(exit)）")
        case .crashed:
            return pick("crashed", "崩潰", "崩溃")
        case .timedOut(let seconds, _):
            let shown = LessonStatus.format(seconds)
            return pick("timed out after \(shown) s", "逾時（\(shown) 秒）", "超时（\(shown) 秒）")
        }
    }

    /// `Total: 44/120 points · 3/11 lessons complete`: the two halves, the first drawn in bold.
    func total(score: Int, maximum: Int, complete: Int, lessons: Int) -> (points: String, lessons: String) {
        (pick("Total: \(score)/\(maximum) points", "總分：\(score)/\(maximum) 分", "总分：\(score)/\(maximum) 分"),
         pick(" · \(complete)/\(lessons) lessons complete", " · 已完成 \(complete)/\(lessons) 課", " · 已完成 \(complete)/\(lessons) 课"))
    }

    /// Where to go next: the first lesson not complete.
    func next(_ lesson: Lesson) -> String {
        let page = language.readme(lesson.folder)
        let watch = "`make watch LESSON=\(lesson.number)`"
        return pick("Next: \(lesson.folder) — read \(page), then run \(watch).",
                    "下一步：\(lesson.folder)——請閱讀 \(page)，然後執行 \(watch)。",
                    "下一步：\(lesson.folder)——请阅读 \(page)，然后运行 \(watch)。")
    }

    /// What to do once every graded lesson passes.
    var everyLessonPasses: String {
        let command = "`swift run -c release lab experiment custom`"
        return pick("Every graded lesson passes: see your activations train with \(command).",
                    "所有評分的課都通過了：用 \(command) 看看你的激活函數實際訓練網路的表現。",
                    "所有评分的课都通过了：用 \(command) 看看你的激活函数实际训练网络的表现。")
    }

    // MARK: What went wrong in a lesson

    var suiteCannotCallYourCode: String {
        pick("the checks cannot call your code: keep the names and signatures the stub declared",
             "檢查程式無法呼叫你的程式碼：請保留骨架程式（stub）宣告的名稱與簽章",
             "检查程序无法调用你的代码：请保留骨架代码（stub）声明的名称和签名")
    }

    var nothingGradedUntilItCompiles: String {
        pick("nothing in this lesson can be graded until it compiles",
             "這一課要先能編譯，才有辦法評分",
             "这一课要先能编译，才能评分")
    }

    /// ` in “check”`, or nothing when the check is unknown.
    private func place(_ check: String?) -> String {
        guard let check else { return "" }
        return pick(" in “\(check)”", "，發生在「\(check)」", "，发生在“\(check)”")
    }

    /// `: Fatal error: Index out of range (Exercises/03-tanh/Tanh.swift:11)`.
    private func crashDetail(_ report: CrashReport) -> String {
        let colon = pick(": ", "：", "：")
        return (report.message.map { colon + $0 } ?? "")
            + (report.location.map { pick(" (\($0))", "（\($0)）", "（\($0)）") } ?? "")
            + (report.checksStopped.map { colon + checksStopped($0) } ?? "")
    }

    /// The checker did not finish: the grader's fault, which the student should hear plainly.
    func checksStopped(_ stopped: ChecksStopped) -> String {
        let how: String
        switch stopped.termination {
        case .exited(let status):
            how = pick("exited early with status \(status)", "提前結束，結束狀態 \(status)", "提前退出，退出状态 \(status)")
        case .signaled(let signal):
            let name = Termination.signalName(signal).map { pick(": \($0)", "：\($0)", "：\($0)") } ?? ""
            how = pick("crashed (signal \(signal)\(name))", "崩潰，訊號 \(signal)\(name)", "崩溃，信号 \(signal)\(name)")
        case .timedOut(let seconds):
            let shown = LessonStatus.format(seconds)
            how = pick("timed out after \(shown) s", "逾時 \(shown) 秒", "超时 \(shown) 秒")
        }
        return pick("the checks themselves stopped (\(how)): a problem of the grader, not of your code (log: \(stopped.log))",
                    "檢查程式本身中止了（\(how)）：這是評分程式的問題，不是你的程式碼的問題（記錄檔：\(stopped.log)）",
                    "检查程序本身中止了（\(how)）：这是评分程序的问题，不是你的代码的问题（日志：\(stopped.log)）")
    }

    func processQuit(status: Int32, check: String?, report: CrashReport) -> String {
        pick("your code's process quit (status \(status))", "你的程式碼所在的行程提前結束了（結束狀態 \(status)）",
             "你的代码所在的进程提前退出了（退出状态 \(status)）") + place(check) + crashDetail(report)
    }

    var processQuitHint: String {
        pick("a lesson function must return its answer; do not call exit()",
             "課程的函式必須傳回答案；不要呼叫 exit()",
             "课程的函数必须返回答案；不要调用 exit()")
    }

    func crashed(check: String?, report: CrashReport) -> String {
        pick("crashed", "崩潰", "崩溃") + place(check) + crashDetail(report)
    }

    var crashedHint: String {
        pick("the checks that do not reach the crashing input keep their points",
             "用不到造成崩潰那個輸入的檢查項，分數照樣保留",
             "用不到导致崩溃的那个输入的检查项，分数照样保留")
    }

    func timedOut(check: String?, seconds: Double) -> String {
        let shown = LessonStatus.format(seconds)
        guard let check else {
            return pick("a check got no answer within \(shown) s", "有一個檢查項在 \(shown) 秒內沒有得到回應",
                        "有一个检查项在 \(shown) 秒内没有得到响应")
        }
        return pick("“\(check)” got no answer within \(shown) s", "「\(check)」在 \(shown) 秒內沒有得到回應",
                    "“\(check)”在 \(shown) 秒内没有得到响应")
    }

    var timedOutHint: String {
        pick("look for a loop that never ends; the checks that got their answers keep their points",
             "找找看有沒有永遠不會結束的迴圈；已經得到回應的檢查項，分數照樣保留",
             "找找看有没有永远不会结束的循环；已经得到响应的检查项，分数照样保留")
    }

    /// Under a lesson's first failing checks: how many more there are.
    func moreFailingChecks(_ count: Int) -> String {
        pick("… and \(count) more failing check\(count == 1 ? "" : "s")",
             "……另有 \(count) 個檢查項未通過", "……另有 \(count) 个检查项未通过")
    }

    /// A check's own last line after its first failing inputs (GradingSupport's `Check` writes
    /// `… and 7 more failing inputs`): the same count, in this language.
    func message(_ message: String) -> String {
        guard language != .english,
              let match = message.wholeMatch(of: /… and (\d+) more failing inputs?/), let count = Int(match.1) else {
            return message
        }
        return pick(message, "……另有 \(count) 個輸入未通過", "……另有 \(count) 个输入未通过")
    }

    // MARK: grade watch

    func lessonPasses(_ folder: String) -> String {
        pick("✓ \(folder) passes!", "✓ \(folder) 通過了！", "✓ \(folder) 通过了！")
    }

    /// `02-sigmoid · 3 checks failing · 4/12 points` (the folder drawn in bold before it).
    func focus(status: String, score: Int, maximum: Int) -> String {
        pick(" · \(status) · \(score)/\(maximum) points", " · \(status) · \(score)/\(maximum) 分",
             " · \(status) · \(score)/\(maximum) 分")
    }

    func startHere(_ lesson: Lesson, in folder: String) -> String {
        let page = language.readme(lesson.folder, in: folder)
        return pick("Read \(page), then replace each unimplemented().",
                    "請閱讀 \(page)，然後把每個 unimplemented() 換成你的實作。",
                    "请阅读 \(page)，然后把每个 unimplemented() 换成你的实现。")
    }

    var wellDone: String {
        pick("Every lesson passes. Well done!", "每一課都通過了，做得好！", "每一课都通过了，做得好！")
    }

    func progress(bar: String, complete: Int, lessons: Int) -> String {
        pick("Progress: \(bar) \(complete)/\(lessons) lessons complete", "進度：\(bar) 已完成 \(complete)/\(lessons) 課",
             "进度：\(bar) 已完成 \(complete)/\(lessons) 课")
    }

    func watching(_ folder: String) -> String {
        pick("Watching \(folder)/: save a file to regrade its lesson; Ctrl-C to stop.",
             "正在監看 \(folder)/：儲存檔案，就會重新評分它所屬的那一課；按 Ctrl-C 結束。",
             "正在监视 \(folder)/：保存文件，就会重新评分它所属的那一课；按 Ctrl-C 结束。")
    }

    // MARK: Runs, submissions, isolation

    func resultsWritten(_ path: String) -> String {
        pick("Results written to \(path)", "結果已寫入 \(path)", "结果已写入 \(path)")
    }

    func gradingSubmission(_ path: String) -> String {
        pick("Grading \(path) against this kit's checks…", "正在用本套件的檢查項評分 \(path)……",
             "正在用本套件的检查项评分 \(path)……")
    }

    func note(_ note: LessonFiles.Note) -> String {
        switch note {
        case .unknownFile(let name):
            pick("ignored \(name): no lesson has a file of that name", "已略過 \(name)：沒有任何一課有這個檔名",
                 "已忽略 \(name)：没有任何一课有这个文件名")
        case .secondCopy(let name):
            pick("ignored a second \(name)", "已略過第二個 \(name)", "已忽略第二个 \(name)")
        case .nothingFound:
            pick("no lesson files found in the upload", "上傳的檔案中找不到任何課程檔案", "上传的文件中找不到任何课程文件")
        }
    }

    /// The isolation in force, the last line of every report.
    func isolation(_ policy: SandboxPolicy) -> String {
        let limits = policy.limits
        let memory = limits.memoryBytes >> 20, files = limits.fileBytes >> 20
        let limitsText = pick(
            "limits: \(limits.cpuSeconds) s CPU, \(memory) MiB memory, \(files) MiB files, \(limits.processes) processes",
            "限制：CPU \(limits.cpuSeconds) 秒、記憶體 \(memory) MiB、檔案 \(files) MiB、行程 \(limits.processes) 個",
            "限制：CPU \(limits.cpuSeconds) 秒、内存 \(memory) MiB、文件 \(files) MiB、进程 \(limits.processes) 个")
        let sandbox = pick("in a bubblewrap sandbox (no network, read-only view, private /tmp, kit hidden)",
                           "在 bubblewrap 沙箱中（沒有網路、唯讀檢視、私有的 /tmp、看不到本套件）",
                           "在 bubblewrap 沙箱中（没有网络、只读视图、私有的 /tmp、看不到本套件）")
        switch (policy.bubblewrap != nil, policy.user?.uid) {
        case (true, let uid?):
            return pick("Isolation: each submission \(sandbox) as unprivileged uid \(uid)+ (one per lesson); \(limitsText).",
                        "隔離：每份作業都\(sandbox)，以無特權的 uid \(uid)+ 執行（每課一個）；\(limitsText)。",
                        "隔离：每份作业都\(sandbox)，以无特权的 uid \(uid)+ 运行（每课一个）；\(limitsText)。")
        case (true, nil):
            return pick("Isolation: each submission \(sandbox), as you; \(limitsText).",
                        "隔離：每份作業都\(sandbox)，以你的身分執行；\(limitsText)。",
                        "隔离：每份作业都\(sandbox)，以你的身份运行；\(limitsText)。")
        case (false, let uid?):
            return pick("Isolation: each submission in its own process as unprivileged uid \(uid)+ (one per lesson), "
                            + "no bubblewrap (install it: apt-get install bubblewrap); \(limitsText).",
                        "隔離：每份作業都在自己的行程中，以無特權的 uid \(uid)+ 執行（每課一個），沒有 bubblewrap"
                            + "（安裝方式：apt-get install bubblewrap）；\(limitsText)。",
                        "隔离：每份作业都在自己的进程中，以无特权的 uid \(uid)+ 运行（每课一个），没有 bubblewrap"
                            + "（安装方法：apt-get install bubblewrap）；\(limitsText)。")
        case (false, nil):
            return pick("Isolation: NONE beyond a separate process with resource limits — not root and no usable bubblewrap, "
                            + "so submissions run as you and could read or change your files (apt-get install bubblewrap); "
                            + "\(limitsText).",
                        "隔離：除了獨立的行程與資源限制之外，沒有任何隔離——不是 root，也沒有可用的 bubblewrap，"
                            + "所以作業以你的身分執行，可能讀取或修改你的檔案（apt-get install bubblewrap）；\(limitsText)。",
                        "隔离：除了独立的进程和资源限制之外，没有任何隔离——不是 root，也没有可用的 bubblewrap，"
                            + "所以作业以你的身份运行，可能读取或修改你的文件（apt-get install bubblewrap）；\(limitsText)。")
        }
    }

    // MARK: Gradescope's results.json

    var checkPassed: String { pick("passed", "通過", "通过") }

    func moreFailures(_ count: Int) -> String {
        pick("… and \(count) more", "……另有 \(count) 項", "……另有 \(count) 项")
    }

    func lessonDoesNotCompile(_ error: String) -> String {
        pick("the lesson does not compile: \(error)", "這一課無法編譯：\(error)", "这一课编译失败：\(error)")
    }

    func notRun(_ status: String) -> String {
        pick("not run: \(status)", "未執行：\(status)", "未运行：\(status)")
    }

    func autograderFailed(_ error: String) -> String {
        pick("The autograder could not grade this upload: \(error)", "自動評分程式無法評分這次上傳的作業：\(error)",
             "自动评分程序无法评分这次上传的作业：\(error)")
    }

    // MARK: Class grading

    func notGraded(_ reason: String) -> String {
        pick("Not graded: \(reason)", "未評分：\(reason)", "未评分：\(reason)")
    }

    var classSummaryTitle: String { pick("Class summary", "全班成績摘要", "全班成绩摘要") }

    func studentsGraded(_ count: Int) -> String {
        pick("\(count) students graded.", "已評分 \(count) 位學生。", "已评分 \(count) 位学生。")
    }

    var classTableHeader: String {
        pick("| Lesson | Mean score | Passed |", "| 課程 | 平均分數 | 通過人數 |", "| 课程 | 平均分数 | 通过人数 |")
    }

    func passedOf(_ passed: Int, _ total: Int) -> String {
        pick("\(passed) of \(total)", "\(passed)/\(total)", "\(passed)/\(total)")
    }

    var mostFailedTitle: String {
        pick("The checks the class fails most", "全班最常未通過的檢查項", "全班最常未通过的检查项")
    }

    var noneFailing: String {
        pick("None: every started lesson passes.", "沒有：每一課只要開始做了，就都通過了。", "没有：每一课只要开始做了，就都通过了。")
    }

    var amongStarters: String {
        pick("Among students who started the lesson:", "只計算已開始做該課的學生：", "只统计已开始做该课的学生：")
    }

    func failedBy(lesson: String, check: String, count: Int, of total: Int) -> String {
        pick("- \(lesson): “\(check)”: \(count) of \(total) students",
             "- \(lesson)：「\(check)」：\(total) 位學生中有 \(count) 位",
             "- \(lesson)：“\(check)”：\(total) 位学生中有 \(count) 位")
    }
}
