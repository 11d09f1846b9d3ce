import ArgumentParser
import Foundation
import Quire
import QuireReaders

struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert documents from one format to another.",
        discussion: """
        The input format is guessed from the file content and name unless -f is given; the output
        format comes from -t, else from the name given to -o. Use - for standard input
        or output. Outputs are written to a temporary file and renamed, so a failed
        conversion never leaves a half-written or clobbered file.

        Examples:
          quire convert article.txt -t epub -o article.epub
          quire convert a.txt b.txt -t docbook --output-dir archive/
          quire convert --files-from list.txt -t epub --output-dir ebooks/ --skip-up-to-date
          quire convert - -f plain -t plain --wrap none < in.txt > out.txt
        """
    )

    @Argument(help: "Input files (- for standard input).")
    var inputs: [String] = []

    @Option(name: [.customShort("f"), .long], help: "Input format (see `quire formats`).")
    var from: String?

    @Option(name: [.customShort("t"), .long], help: "Output format (see `quire formats`).")
    var to: String?

    @Option(name: [.customShort("o"), .long], help: "Output file (- for standard output).")
    var output: String?

    @Option(name: .long, help: "Write one output per input into this folder, below the input's own path.")
    var outputDir: String?

    @OptionGroup(title: "Batches") var batch: BatchOptions
    @OptionGroup var metadata: MetadataOptions
    @OptionGroup var writing: WritingOptions

    @Option(help: "The inputs' text encoding when it is not UTF-8 (latin1, cp1252, … any name `iconv -l` lists).")
    var encoding: String?

    @Flag(help: "Replace invalid UTF-8 with U+FFFD instead of failing.")
    var lenient = false

    @Flag(help: "Treat warnings about lost content as errors.")
    var strict = false

    /// Checked in `run` rather than `validate` so the message is one line like every other error.
    func checkOutputs(inputCount: Int) throws {
        if output != nil && outputDir != nil {
            throw CLIError.usage("give either -o or --output-dir, not both")
        }
        if inputCount > 1 && outputDir == nil {
            throw CLIError.usage("several inputs need --output-dir DIR to hold their outputs")
        }
        if batch.skipUpToDate && output == nil && outputDir == nil {
            throw CLIError.usage("--skip-up-to-date compares outputs with inputs: give -o FILE or --output-dir DIR")
        }
        if let jobs = batch.jobs, jobs < 1 { throw CLIError.usage("--jobs takes 1 or more, not \(jobs)") }
        if let encoding, !TextEncoding.isKnown(encoding) {
            throw CLIError.usage("unknown encoding '\(encoding)': give one of the names `iconv -l` lists")
        }
    }

    func run() throws {
        try CLIErrors.guarding {
            let all = try InputList.collect(arguments: inputs, filesFrom: batch.filesFrom, nullSeparated: batch.nullSeparated)
            try checkOutputs(inputCount: all.count)
            let isBatch = all.count > 1 || batch.filesFrom != nil || batch.shard != nil
            let job = try makeJob(pdfEngine: isBatch ? WeasyPrint() : WeasyPrint.forCommandLine())
            let currentDirectory = FileManager.default.currentDirectoryPath
            let items = all.map { Batch.Item(input: $0, target: target(for: $0, format: job.format, currentDirectory: currentDirectory)) }
            if items.contains(where: { $0.target == nil || $0.target == "-" }), job.format.isBinary, FileIO.standardOutputIsTerminal {
                throw CLIError.usage("\(job.format.name) output is binary: write it to a file with -o FILE")
            }
            // Over the whole list, so that every shard of it gives the same verdict.
            try OutputPaths.checkCollisions(items.compactMap { item in item.target.map { (input: item.input, output: $0) } },
                                            mayReplaceInput: output != nil)
            let shard = try batch.shard.map { try Shard.parse($0, environment: ProcessInfo.processInfo.environment) }
            let mine = shard.map { shard in items.filter { shard.contains($0.input) } } ?? items
            if isBatch { Interruption.install() }
            let console = Console(showsProgress: isBatch && !batch.quiet && Console.standardErrorIsTerminal)
            let runner = Batch(job: job, items: mine, console: console, report: try batch.report.map { try BatchReport(path: $0) },
                               failFast: batch.failFast,
                               upToDateAfter: batch.skipUpToDate ? FileIO.modificationTime("/proc/self/exe") ?? 0 : nil)
            let summary = runner.run(jobs: batch.jobs ?? ProcessInfo.processInfo.activeProcessorCount)
            if isBatch && !batch.quiet { console.print(summary.line + "\n") }
            if summary.exitCode != 0 { throw ExitCode(summary.exitCode) }
        }
    }

    func makeJob(pdfEngine: WeasyPrint) throws -> ConversionJob {
        let converter = Converter(
            registry: .standard, readerOptions: ReaderOptions(lenient: lenient, language: metadata.language),
            writerOptions: try writing.writerOptions(), metadata: try metadata.overrides())
        let registry = converter.registry
        if let from { _ = try registry.reader(named: from) }
        guard let writerName = to ?? output.flatMap({ registry.writer(forPath: $0) }).map({ type(of: $0).format.name }) else {
            throw QuireError.cannotGuessFormat(output ?? "standard output", role: "output")
        }
        let format = type(of: try registry.writer(named: writerName)).format
        return ConversionJob(converter: converter, from: from, format: format, strict: strict, encoding: encoding, pdfEngine: pdfEngine)
    }

    /// -o, else the input's place under --output-dir, else nil (standard output).
    func target(for input: String, format: FormatDescription, currentDirectory: String) -> String? {
        if let output { return output }
        guard let outputDir else { return nil }
        return OutputPaths.path(for: input, in: outputDir, extension: format.extensions.first ?? format.name,
                                currentDirectory: currentDirectory)
    }
}
