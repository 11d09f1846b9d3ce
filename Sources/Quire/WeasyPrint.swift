import Foundation
import QuireModel

/// The PDF engine Quire uses: WeasyPrint, run as a process on a temporary
/// copy of the print HTML. Found as `$QUIRE_WEASYPRINT`, else `weasyprint` on
/// the PATH, else `python3 -m weasyprint`. It renders with
/// `SOURCE_DATE_EPOCH` set to the conversion's timestamp (WeasyPrint and
/// fontTools then write the same bytes every time) and reports its warnings,
/// its progress and the fonts it embedded (through poppler's `pdffonts`,
/// when installed).
public struct WeasyPrint: PDFEngine {
    /// How far the rendering is, for progress on a terminal.
    public enum Progress: Sendable, Equatable {
        /// The page being laid out (a book is laid out more than once, to
        /// settle the page numbers of its contents).
        case page(Int)
        case done
    }

    public var progress: (@Sendable (Progress) -> Void)?

    public init(progress: (@Sendable (Progress) -> Void)? = nil) {
        self.progress = progress
    }

    public func render(_ job: PDFJob) throws -> PDFRendering {
        let command = try Self.locate()
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("quire-pdf-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("print.html")
        let output = folder.appendingPathComponent("print.pdf")
        try Data(job.html).write(to: input)

        var arguments = command.dropFirst() + ["--verbose"]
        if let variant = job.variant { arguments += ["--pdf-variant", variant] }
        arguments += [input.path, output.path]
        var environment = ProcessInfo.processInfo.environment
        environment["SOURCE_DATE_EPOCH"] = String(job.timestamp)
        let run = try Self.run(command[0], Array(arguments), environment: environment, onLine: report)
        progress?(.done)
        let messages = run.lines.compactMap(Self.message)
        guard run.status == 0, let bytes = try? Data(contentsOf: output) else {
            let reason = messages.last ?? run.lines.last ?? "exit status \(run.status)"
            throw WeasyPrintError.failed(reason)
        }
        return PDFRendering(bytes: Array(bytes), warnings: messages, fonts: Self.fonts(in: output))
    }

    /// `INFO: Step 5 - Creating layout - Page 12` moves the progress on.
    private func report(_ line: String) {
        guard let progress, let range = line.range(of: "Creating layout - Page ") else { return }
        if let page = Int(line[range.upperBound...]) { progress(.page(page)) }
    }

    /// WeasyPrint's warnings and errors, without their level; progress and
    /// information lines are not messages.
    static func message(_ line: String) -> String? {
        for level in ["WARNING: ", "ERROR: ", "CRITICAL: "] where line.hasPrefix(level) {
            return String(line.dropFirst(level.count))
        }
        return nil
    }

    // MARK: - Finding and running programs

    /// The command that runs WeasyPrint, or a one-line error with the install command.
    static func locate() throws -> [String] {
        let environment = ProcessInfo.processInfo.environment
        if let given = environment["QUIRE_WEASYPRINT"], !given.isEmpty {
            var command = given.split(separator: " ").map(String.init)
            // A bare name is looked up on the PATH, as a shell would.
            if !command[0].contains("/"), let path = executable(named: command[0]) { command[0] = path }
            return command
        }
        if let path = executable(named: "weasyprint") { return [path] }
        if let python = executable(named: "python3"),
           (try? run(python, ["-c", "import weasyprint"], environment: environment))?.status == 0 {
            return [python, "-m", "weasyprint"]
        }
        throw WeasyPrintError.notInstalled
    }

    static func executable(named name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    struct Run {
        var status: Int32
        var lines: [String]
    }

    /// Runs a program, reading its standard error line by line as it comes.
    static func run(_ program: String, _ arguments: [String], environment: [String: String],
                    onLine: (String) -> Void = { _ in }) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.environment = environment
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        do { try process.run() } catch { throw WeasyPrintError.cannotStart(program, "\(error)") }
        var lines: [String] = []
        var pending: [UInt8] = []
        while true {
            let chunk = errors.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            pending += chunk
            while let end = pending.firstIndex(of: 0x0A) {
                let line = String(decoding: pending[..<end], as: UTF8.self)
                pending.removeSubrange(...end)
                lines.append(line)
                onLine(line)
            }
        }
        if !pending.isEmpty { lines.append(String(decoding: pending, as: UTF8.self)) }
        process.waitUntilExit()
        return Run(status: process.terminationStatus, lines: lines)
    }

    /// The fonts `pdffonts` lists (name column), or nil without poppler-utils.
    static func fonts(in pdf: URL) -> [String]? {
        guard let pdffonts = executable(named: "pdffonts") else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: pdffonts)
        process.arguments = [pdf.path]
        let listing = Pipe()
        process.standardOutput = listing
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let data = listing.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        // Two header lines (names, dashes), then one row per font.
        return String(decoding: data, as: UTF8.self).split(separator: "\n").dropFirst(2)
            .compactMap { $0.split(separator: " ").first.map(String.init) }
    }
}

/// Why WeasyPrint could not make the PDF.
public enum WeasyPrintError: CategorizedError, Equatable {
    case notInstalled
    case cannotStart(String, String)
    case failed(String)

    public var category: ErrorCategory {
        switch self {
        case .notInstalled, .cannotStart: return .io
        case .failed: return .badInput
        }
    }

    public var description: String {
        switch self {
        case .notInstalled:
            return "-t pdf needs WeasyPrint, which is not installed: install it with 'apt-get install weasyprint' "
                + "or 'pip install weasyprint' (or set QUIRE_WEASYPRINT to its command)"
        case .cannotStart(let program, let reason):
            return "cannot run '\(program)': \(reason); check QUIRE_WEASYPRINT or reinstall WeasyPrint"
        case .failed(let reason):
            return "WeasyPrint could not make the PDF: \(reason)"
        }
    }
}
