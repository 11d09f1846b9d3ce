/// The tally of a batch: what the summary line says and the exit code.
struct Summary {
    var total = 0
    var converted = 0
    var skipped = 0
    var failed = 0
    var bytes = 0
    /// Exit codes seen among the failures.
    var writeFailed = false
    var badInput = false
    var otherCode: Int32 = 0
    var interruptedBy: Int32?

    mutating func record(_ outcome: Outcome) {
        bytes += outcome.bytes
        switch outcome.status {
        case .converted: converted += 1
        case .skipped: skipped += 1
        case .failed:
            failed += 1
            if outcome.failedWriting { writeFailed = true }
            if outcome.code == 65 { badInput = true }
            otherCode = max(otherCode, outcome.code)
        }
    }

    /// 74 if an output could not be written, 65 if an input was bad, else the
    /// failures' own code (64 for an input whose format cannot be guessed, 74
    /// for an unreadable one); 128 + the signal after an interruption.
    var exitCode: Int32 {
        if let signal = interruptedBy { return 128 + signal }
        if failed == 0 { return 0 }
        if writeFailed { return 74 }
        if badInput { return 65 }
        return otherCode
    }

    /// `converted 1,998 of 2,000 files; 2 failed`
    var line: String {
        var text = "converted \(Self.grouped(converted)) of \(Self.grouped(total)) file\(total == 1 ? "" : "s")"
        if skipped > 0 { text += "; \(Self.grouped(skipped)) up to date" }
        if failed > 0 { text += "; \(Self.grouped(failed)) failed" }
        if interruptedBy != nil {
            let left = total - converted - skipped - failed
            text += "; interrupted with \(Self.grouped(left)) left: run again with --skip-up-to-date to go on"
        }
        return text
    }

    /// 1998 → `1,998`.
    static func grouped(_ number: Int) -> String {
        var digits = Array(String(number.magnitude))
        var index = digits.count - 3
        while index > 0 {
            digits.insert(",", at: index)
            index -= 3
        }
        return (number < 0 ? "-" : "") + String(digits)
    }
}
