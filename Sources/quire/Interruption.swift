import Foundation
import Synchronization

/// SIGINT and SIGTERM (Ctrl-C, a job runner's preemption) stop a batch
/// between files: the files being converted are finished and written, no new
/// one is started, so nothing is left half-written and `--skip-up-to-date`
/// goes on from there.
enum Interruption {
    /// The signal received, or 0.
    static let signalNumber = Atomic<Int32>(0)

    static func install() {
        for number in [SIGINT, SIGTERM] {
            // Storing to an atomic and resetting the handler are all a signal
            // handler may safely do; a second Ctrl-C stops at once.
            signal(number) { received in
                Interruption.signalNumber.store(received, ordering: .relaxed)
                signal(received, SIG_DFL)
            }
        }
    }

    static var received: Int32? {
        let number = signalNumber.load(ordering: .relaxed)
        return number == 0 ? nil : number
    }
}
