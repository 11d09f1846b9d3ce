import Foundation

/// The one-line progress bar of a batch on a terminal: files done, failures,
/// throughput and time left.
struct Progress {
    let total: Int
    let started: ContinuousClock.Instant

    func line(done: Int, failed: Int, bytes: Int, now: ContinuousClock.Instant) -> String {
        let seconds = max(BenchCommand.seconds(now - started), 1e-3)
        let width = 24
        let filled = total == 0 ? width : width * done / total
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        let rate = Double(bytes) / 1_048_576 / seconds
        var text = "[\(bar)] \(Summary.grouped(done))/\(Summary.grouped(total)) files"
        if failed > 0 { text += ", \(Summary.grouped(failed)) failed" }
        text += String(format: ", %.1f MB/s", rate)
        if done > 0 && done < total {
            text += ", " + Self.duration(seconds / Double(done) * Double(total - done)) + " left"
        }
        return text
    }

    static func duration(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded(.up))
        if whole >= 3600 { return "\(whole / 3600)h\(String(format: "%02d", whole / 60 % 60))m" }
        if whole >= 60 { return "\(whole / 60)m\(String(format: "%02d", whole % 60))s" }
        return "\(whole)s"
    }
}
