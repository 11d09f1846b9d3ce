import QuireModel

/// An inline node while delimiters are being matched: a doubly linked list
/// (owned by the parser's arena), so emphasis can wrap a run of siblings without copying arrays around.
final class InlineNode {
    enum Kind {
        /// Text still in the source: bytes `sliceStart..<sliceEnd`, copied only once, at the end.
        case slice
        case text, softBreak, hardBreak, code, emphasis, strong, link, image, html, quoted, note, container
    }

    var kind: Kind
    var literal: [UInt8]
    var sliceStart = 0
    var sliceEnd = 0
    var url = ""
    var title: String?
    var quoteKind: QuoteKind = .double
    unowned(unsafe) var parent: InlineNode?
    // Owned by the parser's arena, never by each other (see `MarkdownInlineParser.Arena`).
    unowned(unsafe) var firstChild: InlineNode?
    unowned(unsafe) var lastChild: InlineNode?
    unowned(unsafe) var next: InlineNode?
    unowned(unsafe) var previous: InlineNode?

    init(_ kind: Kind, literal: [UInt8] = []) {
        self.kind = kind
        self.literal = literal
    }

    func append(_ child: InlineNode) {
        child.unlink()
        child.parent = self
        if let last = lastChild {
            last.next = child
            child.previous = last
            lastChild = child
        } else {
            firstChild = child
            lastChild = child
        }
    }

    func insertAfter(_ sibling: InlineNode) {
        sibling.unlink()
        sibling.next = next
        if let next { next.previous = sibling }
        sibling.previous = self
        next = sibling
        sibling.parent = parent
        if parent?.lastChild === self { parent?.lastChild = sibling }
    }

    func unlink() {
        if let previous { previous.next = next } else if let parent { parent.firstChild = next }
        if let next { next.previous = previous } else if let parent { parent.lastChild = previous }
        parent = nil
        next = nil
        previous = nil
    }

    /// The children as tree inlines; adjacent text (and soft breaks, as spaces) joined.
    func inlines(source: UnsafeBufferPointer<UInt8>, notes: (String) -> [Block]) -> [Inline] {
        var out: [Inline] = []
        var text: [UInt8] = []
        func flush() {
            if !text.isEmpty {
                out.append(.text(text: String(decoding: text, as: UTF8.self)))
                text.removeAll(keepingCapacity: true)
            }
        }
        var child = firstChild
        while let node = child {
            switch node.kind {
            case .slice:
                text.append(contentsOf: UnsafeBufferPointer(rebasing: source[node.sliceStart..<node.sliceEnd]))
            case .text:
                text.append(contentsOf: node.literal)
            case .softBreak:
                text.append(0x20)
            case .hardBreak:
                flush()
                out.append(.lineBreak)
            case .code:
                flush()
                out.append(.code(text: String(decoding: node.literal, as: UTF8.self)))
            case .emphasis:
                flush()
                out.append(.emphasis(inlines: node.inlines(source: source, notes: notes)))
            case .strong:
                flush()
                out.append(.strong(inlines: node.inlines(source: source, notes: notes)))
            case .link:
                flush()
                out.append(.link(url: node.url, title: node.title, inlines: node.inlines(source: source, notes: notes)))
            case .image:
                flush()
                let alt = node.inlines(source: source, notes: notes).plainText
                out.append(.image(image: Image(source: node.url, alt: alt, title: node.title)))
            case .html:
                flush()
                out.append(.raw(format: "html", text: String(decoding: node.literal, as: UTF8.self)))
            case .quoted:
                flush()
                out.append(.quoted(kind: node.quoteKind, inlines: node.inlines(source: source, notes: notes), citation: nil))
            case .note:
                flush()
                out.append(.note(blocks: notes(String(decoding: node.literal, as: UTF8.self))))
            case .container:
                flush()
                out.append(contentsOf: node.inlines(source: source, notes: notes))
            }
            child = node.next
        }
        flush()
        return out
    }
}
