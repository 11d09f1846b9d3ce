import QuireModel

/// Phase two of CommonMark parsing: the inlines of one paragraph or heading.
///
/// One pass over the bytes builds text, code, autolinks, raw HTML and breaks,
/// and records emphasis (and, with smart punctuation, quote) delimiters and
/// link brackets on stacks; `processEmphasis` then matches delimiters with the
/// spec's algorithm.
struct MarkdownInlineParser {
    let b: UnsafeBufferPointer<UInt8>
    let end: Int
    var pos = 0
    let smart: Bool
    let references: [String: LinkReference]
    let footnotes: Set<String>
    let root = InlineNode(.container)
    /// Owns every node, delimiter and bracket: the links between them are
    /// unowned, so a paragraph of 100,000 nodes is freed flat, not by a
    /// recursive release down a linked list that would overflow the stack.
    let arena = Arena()
    var delimiters: Delimiter?
    var brackets: Bracket?
    var linksFormed = 0

    final class Delimiter {
        let char: UInt8
        var count: Int
        let originalCount: Int
        let node: InlineNode
        unowned(unsafe) var previous: Delimiter?
        unowned(unsafe) var next: Delimiter?
        let canOpen: Bool
        let canClose: Bool

        init(char: UInt8, count: Int, node: InlineNode, previous: Delimiter?, canOpen: Bool, canClose: Bool) {
            self.char = char
            self.count = count
            self.originalCount = count
            self.node = node
            self.previous = previous
            self.canOpen = canOpen
            self.canClose = canClose
        }
    }

    final class Bracket {
        let node: InlineNode
        unowned(unsafe) let previous: Bracket?
        unowned(unsafe) let previousDelimiter: Delimiter?
        /// Where the label text starts (the `[`).
        let index: Int
        let image: Bool
        /// Links formed before this bracket opened: once a link forms, every `[`
        /// before it is inactive (no links in links), so a count says it in O(1).
        var linksBefore = 0
        var bracketAfter = false

        init(node: InlineNode, previous: Bracket?, previousDelimiter: Delimiter?, index: Int, image: Bool) {
            self.node = node
            self.previous = previous
            self.previousDelimiter = previousDelimiter
            self.index = index
            self.image = image
        }
    }

    final class Arena {
        var nodes: [InlineNode] = []
        var delimiters: [Delimiter] = []
        var brackets: [Bracket] = []

        func node(_ kind: InlineNode.Kind, literal: [UInt8] = []) -> InlineNode {
            let node = InlineNode(kind, literal: literal)
            nodes.append(node)
            return node
        }

        func delimiter(char: UInt8, count: Int, node: InlineNode, previous: Delimiter?, canOpen: Bool, canClose: Bool) -> Delimiter {
            let delimiter = Delimiter(char: char, count: count, node: node, previous: previous, canOpen: canOpen, canClose: canClose)
            delimiters.append(delimiter)
            return delimiter
        }

        func bracket(node: InlineNode, previous: Bracket?, previousDelimiter: Delimiter?, index: Int, image: Bool) -> Bracket {
            let bracket = Bracket(node: node, previous: previous, previousDelimiter: previousDelimiter, index: index, image: image)
            brackets.append(bracket)
            return bracket
        }
    }

    init(_ b: UnsafeBufferPointer<UInt8>, smart: Bool, references: [String: LinkReference], footnotes: Set<String>) {
        self.b = b
        // Leading and trailing whitespace of the block is not content.
        var end = b.count
        while end > 0, LinkSyntax.isWhitespace(b[end - 1]) { end -= 1 }
        var start = 0
        while start < end, b[start] == 0x20 || b[start] == 0x09 { start += 1 }
        self.end = end
        self.pos = start
        self.smart = smart
        self.references = references
        self.footnotes = footnotes
    }

    /// Parses the whole subject; the root's children are the result.
    mutating func parse() -> InlineNode {
        while pos < end { parseInline() }
        processEmphasis(bottom: nil)
        return root
    }

    @inline(__always) func peek(_ index: Int) -> UInt8 { index < end ? b[index] : 0 }

    func isSpecial(_ c: UInt8) -> Bool {
        switch c {
        case 0x0A, 0x5C, 0x60, 0x2A, 0x5F, 0x5B, 0x5D, 0x21, 0x3C, 0x26: return true
        case 0x27, 0x22: return smart
        default: return false
        }
    }

    mutating func parseInline() {
        let c = b[pos]
        switch c {
        case 0x0A: parseNewline()
        case 0x5C: parseBackslash()
        case 0x60: parseBackticks()
        case 0x2A, 0x5F: handleDelimiters(c)
        case 0x27, 0x22:
            if smart { handleDelimiters(c) } else { parseString() }
        case 0x5B:
            if !parseFootnoteReference() {
                let node = text([0x5B])
                addBracket(node, index: pos, image: false)
                pos += 1
            }
        case 0x21:
            if peek(pos + 1) == 0x5B {
                let node = text([0x21, 0x5B])
                addBracket(node, index: pos + 1, image: true)
                pos += 2
            } else {
                _ = text([0x21])
                pos += 1
            }
        case 0x5D: parseCloseBracket()
        case 0x3C:
            if !parseAutolink() && !parseHTML() {
                _ = text([0x3C])
                pos += 1
            }
        case 0x26:
            if let (decoded, after) = Entities.reference(b, pos, end) {
                _ = text(decoded)
                pos = after
            } else {
                _ = text([0x26])
                pos += 1
            }
        default:
            parseString()
        }
    }

    @discardableResult
    func text(_ bytes: [UInt8]) -> InlineNode {
        let node = arena.node(.text, literal: bytes)
        root.append(node)
        return node
    }

    /// Bytes that end a run of plain text: one table lookup per byte.
    static let specialBytes: [Bool] = (0...255).map { [0x0A, 0x5C, 0x60, 0x2A, 0x5F, 0x5B, 0x5D, 0x21, 0x3C, 0x26].contains($0) }
    static let smartSpecialBytes: [Bool] = (0...255).map { specialBytes[$0] || $0 == 0x27 || $0 == 0x22 }

    mutating func parseString() {
        if smart, b[pos] == 0x7B, pos > 0, b[pos - 1] == 0x5D, parseSpanAttributes() { return }
        let start = pos
        var index = pos + 1
        var maybeTypography = false
        let table = smart ? Self.smartSpecialBytes : Self.specialBytes
        table.withUnsafeBufferPointer { special in
            while index < end {
                let c = b[index]
                if special[Int(c)] {
                    // An apostrophe inside a word ("don't") is text: no delimiter, no new node.
                    guard c == 0x27, Self.isASCIIAlphanumeric(b[index - 1]), index + 1 < end,
                          Self.isASCIIAlphanumeric(b[index + 1]) else { break }
                } else if (c == 0x2D || c == 0x2E) && b[index - 1] == c {
                    maybeTypography = true
                }
                index += 1
            }
        }
        pos = index
        let slice = UnsafeBufferPointer(rebasing: b[start..<pos])
        if smart, maybeTypography, SmartPunctuation.needsDashesOrEllipses(slice) {
            _ = text(SmartPunctuation.dashesAndEllipses(slice))
        } else {
            let node = arena.node(.slice)
            node.sliceStart = start
            node.sliceEnd = pos
            root.append(node)
        }
    }

    /// The `{...}` of a pandoc bracketed span (`[My Life]{.citation title="My Life"}`)
    /// is taken literally, so its quotes are not read as quotation marks.
    mutating func parseSpanAttributes() -> Bool {
        guard peek(pos + 1) == 0x2E || peek(pos + 1) == 0x23 else { return false }
        var index = pos + 1
        while index < end, b[index] != 0x7D, b[index] != 0x0A {
            if b[index] == 0x5C { index += 1 }
            index += 1
        }
        guard index < end, b[index] == 0x7D else { return false }
        let node = arena.node(.slice)
        node.sliceStart = pos
        node.sliceEnd = index + 1
        root.append(node)
        pos = index + 1
        return true
    }

    static func isASCIIAlphanumeric(_ c: UInt8) -> Bool {
        (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A)
    }

    mutating func parseNewline() {
        pos += 1
        if let last = root.lastChild, last.kind == .slice, b[last.sliceEnd - 1] == 0x20 {
            var spaces = 0
            while last.sliceEnd > last.sliceStart, b[last.sliceEnd - 1] == 0x20 {
                last.sliceEnd -= 1
                spaces += 1
            }
            root.append(arena.node(spaces >= 2 ? .hardBreak : .softBreak))
        } else if let last = root.lastChild, last.kind == .text, last.literal.last == 0x20 {
            var spaces = 0
            while let byte = last.literal.last, byte == 0x20 {
                last.literal.removeLast()
                spaces += 1
            }
            root.append(arena.node(spaces >= 2 ? .hardBreak : .softBreak))
        } else {
            root.append(arena.node(.softBreak))
        }
        while pos < end, b[pos] == 0x20 || b[pos] == 0x09 { pos += 1 }
    }

    mutating func parseBackslash() {
        pos += 1
        let next = peek(pos)
        if next == 0x0A {
            pos += 1
            root.append(arena.node(.hardBreak))
            while pos < end, b[pos] == 0x20 || b[pos] == 0x09 { pos += 1 }
        } else if pos < end, LinkSyntax.isPunctuation(next) {
            _ = text([next])
            pos += 1
        } else {
            _ = text([0x5C])
        }
    }

    mutating func parseBackticks() {
        let start = pos
        while pos < end, b[pos] == 0x60 { pos += 1 }
        let length = pos - start
        var search = pos
        while search < end {
            if b[search] == 0x60 {
                let runStart = search
                while search < end, b[search] == 0x60 { search += 1 }
                if search - runStart == length {
                    var content = Array(UnsafeBufferPointer(rebasing: b[pos..<runStart]))
                    for i in content.indices where content[i] == 0x0A { content[i] = 0x20 }
                    if content.count >= 2, content.first == 0x20, content.last == 0x20, content.contains(where: { $0 != 0x20 }) {
                        content.removeFirst()
                        content.removeLast()
                    }
                    root.append(arena.node(.code, literal: content))
                    pos = search
                    return
                }
            } else {
                search += 1
            }
        }
        _ = text(Array(UnsafeBufferPointer(rebasing: b[start..<pos])))
    }

    // MARK: - Autolinks and raw HTML

    mutating func parseAutolink() -> Bool {
        var index = pos + 1
        // URI: scheme of 2-32 characters, a colon, no spaces or angle brackets.
        if index < end, HTMLBlockStart.isLetter(b[index]) {
            var schemeEnd = index + 1
            while schemeEnd < end, schemeEnd - index < 33 {
                let c = b[schemeEnd]
                if HTMLBlockStart.isLetter(c) || HTMLBlockStart.isDigit(c) || c == 0x2B || c == 0x2E || c == 0x2D {
                    schemeEnd += 1
                } else { break }
            }
            let schemeLength = schemeEnd - index
            if schemeLength >= 2, schemeLength <= 32, schemeEnd < end, b[schemeEnd] == 0x3A {
                var close = schemeEnd + 1
                while close < end, b[close] > 0x20, b[close] != 0x3C, b[close] != 0x3E { close += 1 }
                if close < end, b[close] == 0x3E {
                    let raw = String(decoding: UnsafeBufferPointer(rebasing: b[index..<close]), as: UTF8.self)
                    addAutolink(url: LinkSyntax.normalizeURL(raw), text: raw)
                    pos = close + 1
                    return true
                }
            }
        }
        // Email address.
        var at = index
        while at < end, isEmailLocal(b[at]) { at += 1 }
        guard at > index, at < end, b[at] == 0x40 else { return false }
        index = at + 1
        var labelStart = index
        while true {
            var labelEnd = labelStart
            while labelEnd < end, HTMLBlockStart.isLetter(b[labelEnd]) || HTMLBlockStart.isDigit(b[labelEnd]) || b[labelEnd] == 0x2D {
                labelEnd += 1
            }
            let length = labelEnd - labelStart
            guard length >= 1, length <= 63, b[labelStart] != 0x2D, b[labelEnd - 1] != 0x2D, labelEnd < end else { return false }
            if b[labelEnd] == 0x2E {
                labelStart = labelEnd + 1
                continue
            }
            guard b[labelEnd] == 0x3E else { return false }
            let raw = String(decoding: UnsafeBufferPointer(rebasing: b[(pos + 1)..<labelEnd]), as: UTF8.self)
            addAutolink(url: "mailto:" + LinkSyntax.normalizeURL(raw), text: raw)
            pos = labelEnd + 1
            return true
        }
    }

    func isEmailLocal(_ c: UInt8) -> Bool {
        if HTMLBlockStart.isLetter(c) || HTMLBlockStart.isDigit(c) { return true }
        return Array(".!#$%&'*+/=?^_`{|}~-".utf8).contains(c)
    }

    func addAutolink(url: String, text: String) {
        let link = arena.node(.link)
        link.url = url
        link.append(arena.node(.text, literal: Array(text.utf8)))
        root.append(link)
    }

    mutating func parseHTML() -> Bool {
        guard let after = InlineHTML.scan(b, pos, end) else { return false }
        root.append(arena.node(.html, literal: Array(UnsafeBufferPointer(rebasing: b[pos..<after]))))
        pos = after
        return true
    }

    /// `[^label]` naming a defined footnote.
    mutating func parseFootnoteReference() -> Bool {
        guard !footnotes.isEmpty, peek(pos + 1) == 0x5E else { return false }
        var index = pos + 2
        while index < end, b[index] != 0x5D, b[index] != 0x20, b[index] != 0x5B, b[index] != 0x0A { index += 1 }
        guard index < end, b[index] == 0x5D, index > pos + 2 else { return false }
        let label = String(decoding: UnsafeBufferPointer(rebasing: b[(pos + 2)..<index]), as: UTF8.self)
        guard footnotes.contains(LinkSyntax.normalizeLabel(label)) else { return false }
        root.append(arena.node(.note, literal: Array(label.utf8)))
        pos = index + 1
        return true
    }
}
