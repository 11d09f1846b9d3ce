import Foundation
import Synchronization

/// Converts a list of inputs on `jobs` threads. Each worker takes the next
/// input, converts it and writes it before taking another, so memory holds at
/// most `jobs` documents whatever the length of the list. A failure is
/// counted and reported and the batch goes on (unless --fail-fast).
final class Batch: Sendable {
    struct Item: Sendable {
        var input: String
        var target: String?
    }

    let job: ConversionJob
    let items: [Item]
    let console: Console
    let report: BatchReport?
    let failFast: Bool
    /// With --skip-up-to-date: the quire binary's modification time, which an
    /// output must also be newer than (a new quire may write other bytes).
    let upToDateAfter: Int64?
    private let next = Atomic<Int>(0)
    private let state: Mutex<State>

    struct State {
        var summary = Summary()
        var progress: Progress
        var lastDrawn: ContinuousClock.Instant
        var stop = false
        var reportError: String?
    }

    init(job: ConversionJob, items: [Item], console: Console, report: BatchReport?, failFast: Bool, upToDateAfter: Int64?) {
        self.job = job
        self.items = items
        self.console = console
        self.report = report
        self.failFast = failFast
        self.upToDateAfter = upToDateAfter
        let now = ContinuousClock.now
        var summary = Summary()
        summary.total = items.count
        state = Mutex(State(summary: summary, progress: Progress(total: items.count, started: now), lastDrawn: now - .seconds(1)))
    }

    /// Runs the batch and returns its tally.
    func run(jobs: Int) -> Summary {
        let workers = min(jobs, items.count)
        if workers <= 1 {
            work()
        } else {
            let group = DispatchGroup()
            for _ in 0..<workers {
                group.enter()
                let thread = Thread { [self] in
                    work()
                    group.leave()
                }
                // A worker may recurse as deep as the main thread (8 MiB on Linux).
                thread.stackSize = 16 << 20
                thread.start()
            }
            group.wait()
        }
        console.endProgress()
        var summary = state.withLock { $0.summary }
        summary.interruptedBy = Interruption.received
        if let report {
            do { try report.finish() } catch { state.withLock { $0.reportError = "\(error)" } }
        }
        if let message = state.withLock({ $0.reportError }) {
            console.print(CLIErrors.line("error", message, input: nil))
            summary.writeFailed = true
            summary.failed = max(summary.failed, 1)
        }
        return summary
    }

    private func work() {
        while Interruption.received == nil && !state.withLock({ $0.stop }) {
            let index = next.add(1, ordering: .relaxed).oldValue
            guard index < items.count else { return }
            finish(convert(items[index]))
        }
    }

    private func convert(_ item: Item) -> Outcome {
        if let after = upToDateAfter, let target = item.target, isUpToDate(target, input: item.input, after: after) {
            return Outcome(path: item.input, output: target, status: .skipped)
        }
        return job.run(item.input, to: item.target, console: console)
    }

    private func isUpToDate(_ target: String, input: String, after binary: Int64) -> Bool {
        guard let output = FileIO.modificationTime(target), let source = FileIO.modificationTime(input) else { return false }
        return output > source && output > binary
    }

    private func finish(_ outcome: Outcome) {
        var reportError: String?
        do { try report?.add(outcome) } catch { reportError = "\(error)" }
        state.withLock { state in
            state.summary.record(outcome)
            if let reportError, state.reportError == nil { state.reportError = reportError }
            if failFast && outcome.status == .failed { state.stop = true }
            let summary = state.summary
            let done = summary.converted + summary.skipped + summary.failed
            let now = ContinuousClock.now
            // Redrawn ten times a second at most: a terminal is slower than a small file.
            if console.showsProgress && (now - state.lastDrawn >= .milliseconds(100) || done == summary.total) {
                state.lastDrawn = now
                console.progress(state.progress.line(done: done, failed: summary.failed, bytes: summary.bytes, now: now))
            }
        }
    }
}
