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
    /// `depth` spans enclose this node; past `Nesting.limit` the spans below are
    /// spliced in as their text, walked without recursion (see `Nesting`).
    func inlines(source: UnsafeBufferPointer<UInt8>, notes: (String) -> [Block], depth: Int = 0,
                 flattened: inout Int) -> [Inline] {
        var out: [Inline] = []
        var text: [UInt8] = []
        func flush() {
            if !text.isEmpty {
                out.append(.text(text: String(decoding: text, as: UTF8.self)))
                text.removeAll(keepingCapacity: true)
            }
        }
        /// Adds a node that holds no spans; false for a span.
        func leaf(_ node: InlineNode) -> Bool {
            switch node.kind {
            case .slice: text.append(contentsOf: UnsafeBufferPointer(rebasing: source[node.sliceStart..<node.sliceEnd]))
            case .text: text.append(contentsOf: node.literal)
            case .softBreak: text.append(0x20)
            case .hardBreak: flush(); out.append(.lineBreak)
            case .code: flush(); out.append(.code(text: String(decoding: node.literal, as: UTF8.self)))
            case .html: flush(); out.append(.raw(format: "html", text: String(decoding: node.literal, as: UTF8.self)))
            case .note: flush(); out.append(.note(blocks: notes(String(decoding: node.literal, as: UTF8.self))))
            case .emphasis, .strong, .link, .image, .quoted, .container: return false
            }
            return true
        }
        let inner = depth + 1
        var child = firstChild
        while let node = child {
            child = node.next
            if leaf(node) { continue }
            if node.kind != .container && inner > Nesting.limit {
                flattened += 1
                spliceDescendants(of: node, leaf: leaf, flattened: &flattened)
                continue
            }
            flush()
            let content = node.inlines(source: source, notes: notes, depth: node.kind == .container ? depth : inner,
                                       flattened: &flattened)
            switch node.kind {
            case .emphasis: out.append(.emphasis(inlines: content))
            case .strong: out.append(.strong(inlines: content))
            case .link: out.append(.link(url: node.url, title: node.title, inlines: content))
            case .image: out.append(.image(image: Image(source: node.url, alt: content.plainText, title: node.title)))
            case .quoted: out.append(.quoted(kind: node.quoteKind, inlines: content, citation: nil))
            case .container: out.append(contentsOf: content)
            case .slice, .text, .softBreak, .hardBreak, .code, .html, .note: break
            }
        }
        flush()
        return out
    }

    /// Feeds every node below `root` that holds no spans to `leaf`, in order,
    /// following the sibling and parent links instead of recursing.
    private func spliceDescendants(of root: InlineNode, leaf: (InlineNode) -> Bool, flattened: inout Int) {
        var current = root.firstChild
        while let node = current {
            if !leaf(node), let first = node.firstChild {
                flattened += 1
                current = first
                continue
            }
            var climb: InlineNode? = node
            while let up = climb, up !== root, up.next == nil { climb = up.parent }
            guard let up = climb, up !== root else { return }
            current = up.next
        }
    }
}
