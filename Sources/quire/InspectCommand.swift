import ArgumentParser
import Quire
import QuireReaders

struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show how the plain-text reader classified every block, and why.",
        discussion: """
        Each line gives the input line number, the class chosen, the rule that chose
        it and the evidence it saw, then the start of the block's text.

        Example:
          quire inspect article.txt
        """
    )

    @Argument(help: "A plain-text file (- for standard input).")
    var input: String

    @Flag(help: "Replace invalid UTF-8 with U+FFFD instead of failing.")
    var lenient = false

    @Option(help: "Assume this language instead of detecting it.")
    var language: String?

    func run() throws {
        try CLIErrors.guarding(input: input) {
            let bytes = try FileIO.read(input)
            let analysis = try PlainTextReader().analyze(bytes, options: ReaderOptions(lenient: lenient, language: language))
            let metadata = analysis.document.metadata
            print("title:    \(metadata.plainTitle)")
            print("authors:  \(metadata.authors.joined(separator: "; "))")
            print("language: \(metadata.language ?? "unknown")")
            print("")
            for decision in analysis.decisions {
                let excerpt = decision.excerpt.count > 60 ? decision.excerpt.prefix(57) + "..." : Substring(decision.excerpt)
                print("\(pad(String(decision.line), 5)) \(pad(decision.kind, 12)) \(pad(decision.rule, 22)) \(decision.evidence)")
                if !excerpt.isEmpty { print("      \(excerpt)") }
            }
        }
    }

    func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}
