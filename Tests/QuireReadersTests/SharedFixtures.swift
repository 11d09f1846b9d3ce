import Foundation

/// Locates the shared samples and corpus, which live in `shared/` beside the
/// clone (../shared from the package root). A git worktree sits one level
/// deeper, so the search walks up from the package root until it finds it.
enum SharedFixtures {
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
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
}
