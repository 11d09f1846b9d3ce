import ArgumentParser
import Quire

/// Errors the CLI itself raises.
enum CLIError: CategorizedError {
    case usage(String)
    case io(String)
    case strict(String)

    var category: ErrorCategory {
        switch self {
        case .usage: return .usage
        case .io: return .io
        case .strict: return .badInput
        }
    }

    var description: String {
        switch self {
        case .usage(let message), .io(let message), .strict(let message): return message
        }
    }
}

/// The one place errors become a message and an exit code (sysexits: usage 64,
/// bad input 65, I/O 74).
enum CLIErrors {
    static func guarding(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as CategorizedError {
            FileIO.writeStandardError("quire: error: \(error.description)\n")
            throw ExitCode(code(for: error.category))
        } catch let error as ExitCode {
            throw error
        } catch {
            FileIO.writeStandardError("quire: error: \(error)\n")
            throw ExitCode(70)
        }
    }

    static func code(for category: ErrorCategory) -> Int32 {
        switch category {
        case .usage: return 64
        case .badInput: return 65
        case .io: return 74
        }
    }

    /// Prints warnings; under --strict a warning fails the conversion before anything is written.
    static func report(_ diagnostics: [Diagnostic], strict: Bool) throws {
        for diagnostic in diagnostics {
            FileIO.writeStandardError("quire: \(diagnostic)\n")
        }
        if strict, let first = diagnostics.first(where: { $0.severity == .warning }) {
            throw CLIError.strict("--strict: \(first.message)")
        }
    }
}
