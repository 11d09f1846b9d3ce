import QuireModel
import Yams

/// A YAML metadata block at the very top, between `---` and `---` (or `...`),
/// as pandoc reads it. Values that hold text (title, abstract) are Markdown.
enum YAMLFrontMatter {
    /// The YAML text and where the Markdown body starts, when the input opens with a block.
    static func split(_ text: [UInt8], context: ConversionContext) -> (yaml: String, bodyStart: Int)? {
        guard text.starts(with: "---\n".utf8) else { return nil }
        var lineStart = 4
        while lineStart < text.count {
            var lineEnd = lineStart
            while lineEnd < text.count, text[lineEnd] != 0x0A { lineEnd += 1 }
            var line = text[lineStart..<lineEnd]
            while line.last == 0x20 { line.removeLast() }
            if line.elementsEqual("---".utf8) || line.elementsEqual("...".utf8) {
                let yaml = String(decoding: text[4..<lineStart], as: UTF8.self)
                // Only a mapping is metadata; `---` then text is a thematic break.
                let node: Node?
                do {
                    node = try Yams.compose(yaml: yaml)
                } catch {
                    context.warn("the block between --- lines at the top is not valid YAML, read as Markdown: \(error)")
                    return nil
                }
                guard let node, node.mapping != nil else { return nil }
                return (yaml, min(lineEnd + 1, text.count))
            }
            lineStart = lineEnd + 1
        }
        return nil
    }

    static func metadata(from yaml: String, context: ConversionContext, extensions: MarkdownExtensions) -> Metadata {
        var metadata = Metadata()
        guard let node = try? Yams.compose(yaml: yaml), let mapping = node.mapping else { return metadata }
        let inner = MarkdownReader(extensions: extensions.subtracting(.yamlMetadata))
        func blocks(_ text: String) -> [Block] {
            inner.read(decoded: Array(text.utf8), options: ReaderOptions(), context: context).blocks
        }
        func inlines(_ text: String) -> [Inline] {
            let parsed = blocks(text)
            if parsed.count == 1, case .paragraph(let inlines) = parsed[0] { return inlines }
            return parsed.isEmpty ? [] : [.text(text: text)]
        }
        for (keyNode, value) in mapping {
            guard let key = keyNode.string?.lowercased() else { continue }
            switch key {
            case "title": if let text = string(value) { metadata.title = inlines(text) }
            case "subtitle": if let text = string(value) { metadata.subtitle = inlines(text) }
            case "author", "authors": metadata.authors = strings(value)
            case "date": metadata.date = string(value)
            case "lang", "language": metadata.language = string(value)
            case "subjects", "subject", "keywords", "tags": metadata.subjects += strings(value)
            case "kicker": metadata.kicker = string(value)
            case "abstract", "description": if let text = string(value) { metadata.abstract = blocks(text) }
            case "author-note", "authornote": if let text = string(value) { metadata.authorNote = blocks(text) }
            case "source": metadata.source = string(value)
            case "rights", "copyright": metadata.rights = string(value)
            case "publisher": metadata.publisher = string(value)
            case "identifier": metadata.identifier = string(value)
            default: context.note("metadata field \"\(key)\" is not used")
            }
        }
        return metadata
    }

    static func string(_ node: Node) -> String? {
        if let scalar = node.scalar { return scalar.string }
        if let sequence = node.sequence { return sequence.compactMap(string).joined(separator: ", ") }
        if let mapping = node.mapping, let name = mapping["name"] { return string(name) }
        return nil
    }

    /// A string or a list of strings (or of `{name: ...}` mappings).
    static func strings(_ node: Node) -> [String] {
        if let sequence = node.sequence { return sequence.compactMap(string) }
        return string(node).map { [$0] } ?? []
    }
}
