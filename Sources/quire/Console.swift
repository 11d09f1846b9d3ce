import Foundation
import Synchronization

/// Standard error, shared by the workers of a batch: whole lines only, and on
/// a terminal a progress line kept below them (cleared before each message,
/// drawn again after it).
final class Console: Sendable {
    let showsProgress: Bool
    private let progressLine = Mutex<String?>(nil)

    init(showsProgress: Bool) {
        self.showsProgress = showsProgress
    }

    static var standardErrorIsTerminal: Bool { isatty(2) != 0 }

    /// Writes one or more whole lines (each ending in a newline).
    func print(_ lines: String) {
        progressLine.withLock { shown in
            FileIO.writeStandardError(shown == nil ? lines : "\r\u{1B}[K" + lines + shown!)
        }
    }

    /// Replaces the progress line (nothing when progress is not shown).
    func progress(_ line: String) {
        guard showsProgress else { return }
        progressLine.withLock { shown in
            shown = line
            FileIO.writeStandardError("\r" + line + "\u{1B}[K")
        }
    }

    /// Removes the progress line for good.
    func endProgress() {
        progressLine.withLock { shown in
            if shown != nil { FileIO.writeStandardError("\r\u{1B}[K") }
            shown = nil
        }
    }
}
