import ArgumentParser

@main
struct QuireCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quire",
        abstract: "Turn articles and e-texts into EPUB 3, DocBook 5, printable HTML and clean plain text.",
        discussion: """
        Examples:
          quire convert article.txt -t epub -o article.epub
          quire convert essay.txt -t plain --columns 66 --ascii
          quire convert *.txt -t docbook --output-dir out/
          cat article.txt | quire convert - -f plain -t json
          quire inspect article.txt        # why each block became what it is
          quire formats                    # every reader and writer
        """,
        version: "0.1.0",
        subcommands: [ConvertCommand.self, InspectCommand.self, FormatsCommand.self, BenchCommand.self]
    )
}
