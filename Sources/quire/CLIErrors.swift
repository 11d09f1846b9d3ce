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
    /// Runs a command; an error becomes one line on standard error, naming
    /// the input file it concerns when there is one, and an exit code.
    static func guarding(input: String? = nil, _ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as ExitCode {
            throw error
        } catch {
            let (message, code) = describe(error)
            FileIO.writeStandardError(line("error", message, input: input))
            throw ExitCode(code)
        }
    }

    /// The message and exit code of any error (70, software error, for the unforeseen).
    static func describe(_ error: Error) -> (message: String, code: Int32) {
        if let error = error as? CategorizedError { return (error.description, code(for: error.category)) }
        return ("\(error)", 70)
    }

    static func code(for category: ErrorCategory) -> Int32 {
        switch category {
        case .usage: return 64
        case .badInput: return 65
        case .io: return 74
        }
    }

    /// `quire: error: notes/b.txt: message`: every message about an input names it.
    static func line(_ severity: String, _ message: String, input: String?) -> String {
        guard let input else { return "quire: \(severity): \(message)\n" }
        return "quire: \(severity): \(displayName(input)): \(message)\n"
    }

    static func displayName(_ input: String) -> String { input == "-" ? "standard input" : input }

    /// The lines of a conversion's warnings and notes, each naming the input.
    static func lines(_ diagnostics: [Diagnostic], input: String) -> [String] {
        diagnostics.map { line($0.severity.rawValue, $0.message, input: input) }
    }

    /// Under --strict a warning fails the conversion before anything is written.
    static func enforce(_ diagnostics: [Diagnostic], strict: Bool) throws {
        if strict, let first = diagnostics.first(where: { $0.severity == .warning }) {
            throw CLIError.strict("--strict: \(first.message)")
        }
    }
}
