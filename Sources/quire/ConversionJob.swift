import Foundation
import Quire
import QuireReaders

/// Everything one input's conversion needs, decided once for the whole
/// batch: the workers share this and nothing else, so an input gives the same
/// bytes whichever worker converts it and however many there are.
struct ConversionJob: Sendable {
    let converter: Converter
    /// -f, else each input's format is guessed from its name.
    let from: String?
    let format: FormatDescription
    let strict: Bool
    /// --encoding: the inputs' text encoding when it is not UTF-8.
    let encoding: String?
    /// What renders `-t pdf` (WeasyPrint; it shows its own progress only for a single file).
    let pdfEngine: WeasyPrint

    /// Converts `input` and writes it to `target` (nil or `-`: standard
    /// output). Never throws: a failure is an outcome, reported on the
    /// console with the input's name, so the batch goes on.
    func run(_ input: String, to target: String?, console: Console) -> Outcome {
        let clock = ContinuousClock()
        let start = clock.now
        var outcome = Outcome(path: input, output: target ?? "-", status: .converted)
        var writing = false
        do {
            let context = ConversionContext(
                timestamp: try FileIO.timestamp(for: input), inputName: input == "-" ? nil : input,
                resources: FileResources(), strict: strict, pdfEngine: pdfEngine)
            let document = try read(input, context: context, size: &outcome.bytes)
            let output = try converter.write(document, to: format.name, context: context)
            let diagnostics = context.diagnostics
            outcome.warnings = diagnostics.filter { $0.severity == .warning }.map(\.message)
            if !diagnostics.isEmpty { console.print(CLIErrors.lines(diagnostics, input: input).joined()) }
            try CLIErrors.enforce(diagnostics, strict: strict)
            writing = true
            if let target, target != "-" {
                try FileIO.writeAtomically(output, to: target)
            } else {
                try FileIO.writeStandardOutput(output)
            }
        } catch {
            let (message, code) = CLIErrors.describe(error)
            outcome.status = .failed
            outcome.error = message
            outcome.code = code
            outcome.failedWriting = writing
            console.print(CLIErrors.line("error", message, input: input))
        }
        outcome.milliseconds = Int((clock.now - start) / .milliseconds(1))
        return outcome
    }

    /// The input's tree; its bytes are released here, before writing starts.
    func read(_ input: String, context: ConversionContext, size: inout Int) throws -> Document {
        var bytes = try FileIO.read(input)
        size = bytes.count
        // By name, or by content (an EPUB or DOCX declares itself; `book` without an extension still converts).
        guard let readerName = from ?? converter.registry.reader(forPath: input, content: bytes).map({ type(of: $0).format.name }) else {
            throw QuireError.cannotGuessFormat(input, role: "input")
        }
        if let encoding {
            bytes = try TextEncoding.utf8(from: bytes, encoding: encoding, lenient: converter.readerOptions.lenient)
        }
        return try converter.read(bytes, from: readerName, context: context)
    }
}
