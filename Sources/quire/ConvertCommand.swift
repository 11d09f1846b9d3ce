import ArgumentParser
import Quire

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
          quire convert - -f plain -t plain --wrap none < in.txt > out.txt
        """
    )

    @Argument(help: "Input files (- for standard input).")
    var inputs: [String]

    @Option(name: [.customShort("f"), .long], help: "Input format (see `quire formats`).")
    var from: String?

    @Option(name: [.customShort("t"), .long], help: "Output format (see `quire formats`).")
    var to: String?

    @Option(name: [.customShort("o"), .long], help: "Output file (- for standard output).")
    var output: String?

    @Option(name: .long, help: "Write one output per input into this folder.")
    var outputDir: String?

    @OptionGroup var metadata: MetadataOptions
    @OptionGroup var writing: WritingOptions

    @Flag(help: "Replace invalid UTF-8 with U+FFFD instead of failing.")
    var lenient = false

    @Flag(help: "Treat warnings about lost content as errors.")
    var strict = false

    /// Checked in `run` rather than `validate` so the message is one line like every other error.
    func checkOutputs() throws {
        if output != nil && outputDir != nil {
            throw CLIError.usage("give either -o or --output-dir, not both")
        }
        if inputs.count > 1 && outputDir == nil {
            throw CLIError.usage("several inputs need --output-dir DIR to hold their outputs")
        }
    }

    func run() throws {
        try CLIErrors.guarding {
            try checkOutputs()
            let converter = try makeConverter()
            for input in inputs { try convert(input, with: converter) }
        }
    }

    func makeConverter() throws -> Converter {
        Converter(registry: .standard, readerOptions: ReaderOptions(lenient: lenient, language: metadata.language),
                         writerOptions: try writing.writerOptions(), metadata: try metadata.overrides())
    }

    func convert(_ input: String, with converter: Converter) throws {
        let registry = converter.registry
        var bytes = try FileIO.read(input)
        // By name, or by content (an EPUB or DOCX declares itself; `book` without an extension still converts).
        guard let readerName = from ?? registry.reader(forPath: input, content: bytes).map({ type(of: $0).format.name }) else {
            throw QuireError.cannotGuessFormat(input, role: "input")
        }
        let destination = output
        guard let writerName = to ?? destination.flatMap({ registry.writer(forPath: $0) }).map({ type(of: $0).format.name }) else {
            throw QuireError.cannotGuessFormat(destination ?? "standard output", role: "output")
        }
        let writer = try registry.writer(named: writerName)
        let format = type(of: writer).format

        let context = ConversionContext(
            timestamp: try FileIO.timestamp(for: input), inputName: input == "-" ? nil : input,
            resources: FileResources(), strict: strict)
        // The input's bytes are released once the tree is built, before writing.
        let document = try converter.read(bytes, from: readerName, context: context)
        bytes = []
        let out = try converter.write(document, to: format.name, context: context)
        try CLIErrors.report(context.diagnostics, strict: strict)

        let target = destination ?? outputDirPath(for: input, format: format)
        if let target, target != "-" {
            try FileIO.writeAtomically(out, to: target)
        } else {
            if format.isBinary && FileIO.standardOutputIsTerminal {
                throw CLIError.usage("\(format.name) output is binary: write it to a file with -o FILE")
            }
            try FileIO.writeStandardOutput(out)
        }
    }

    func outputDirPath(for input: String, format: FormatDescription) -> String? {
        guard let outputDir else { return nil }
        let base = input == "-" ? "stdin" : FileIO.baseName(input)
        let ext = format.extensions.first ?? format.name
        return outputDir + "/" + base + "." + ext
    }
}
