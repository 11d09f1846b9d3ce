import QuireModel

/// The YAML metadata block at the top: every `Metadata` field has a key, and
/// text that may hold markup (title, abstract) is written as Markdown.
enum MarkdownMetadata {
    static func yaml(_ metadata: Metadata, renderer: MarkdownRenderer) -> String {
        var lines: [String] = []
        func scalar(_ key: String, _ value: String?) {
            if let value { lines.append("\(key): \(quoted(value))") }
        }
        func list(_ key: String, _ values: [String]) {
            guard !values.isEmpty else { return }
            lines.append("\(key):")
            for value in values { lines.append("  - \(quoted(value))") }
        }
        func blocks(_ key: String, _ blocks: [Block]) {
            guard !blocks.isEmpty else { return }
            lines.append("\(key): |")
            for line in renderer.fragment(blocks).split(separator: "\n", omittingEmptySubsequences: false) {
                lines.append(line.isEmpty ? "" : "  " + line)
            }
        }
        if !metadata.title.isEmpty { scalar("title", renderer.inlineText(metadata.title)) }
        if !metadata.subtitle.isEmpty { scalar("subtitle", renderer.inlineText(metadata.subtitle)) }
        list("author", metadata.authors)
        scalar("date", metadata.date)
        scalar("lang", metadata.language)
        list("subjects", metadata.subjects)
        scalar("kicker", metadata.kicker)
        blocks("abstract", metadata.abstract)
        blocks("author-note", metadata.authorNote)
        scalar("source", metadata.source)
        scalar("rights", metadata.rights)
        scalar("publisher", metadata.publisher)
        scalar("identifier", metadata.identifier)
        guard !lines.isEmpty else { return "" }
        return "---\n" + lines.joined(separator: "\n") + "\n---\n\n"
    }

    /// A double-quoted YAML scalar: always a string, whatever it looks like.
    static func quoted(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
