import Foundation
import XCTest

/// Locates test data. `Samples/` and `Tests/Fixtures/` are in the repository,
/// so a plain clone has them; the corpora live in `shared/` beside the clone
/// (../shared from the package root; a git worktree sits one level deeper, so
/// the search walks up from the package root until it finds it).
enum SharedFixtures {
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// A file of the repository, such as `Samples/life-of-trotsky.txt`.
    static func repository(_ relative: String) -> URL {
        packageRoot.appendingPathComponent(relative)
    }

    /// `shared/<relative>` in the nearest ancestor of the package root that has it, or nil.
    static func url(_ relative: String) -> URL? {
        var directory = packageRoot.deletingLastPathComponent()
        for _ in 0..<3 {
            let candidate = directory.appendingPathComponent("shared").appendingPathComponent(relative)
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return nil
    }

    /// `shared/<relative>`, or a skip that says why: a plain clone has no
    /// shared data. Under CI (`CI=true`) the data is always there, so its
    /// absence is a failure rather than a quiet skip.
    static func required(_ relative: String) throws -> URL {
        if let found = url(relative) { return found }
        let reason = "needs ../shared/\(relative) beside the clone, which is not there"
        if ProcessInfo.processInfo.environment["CI"] == "true" { throw MissingSharedData(reason: reason) }
        throw XCTSkip("skipped: \(reason)")
    }

    struct MissingSharedData: Error, CustomStringConvertible {
        var reason: String
        var description: String { "CI=true but the test \(reason)" }
    }
}
