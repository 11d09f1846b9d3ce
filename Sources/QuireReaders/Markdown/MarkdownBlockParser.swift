/// Phase one of CommonMark parsing: the block structure, line by line.
///
/// Each line first walks down the open containers (block quotes, list items,
/// footnotes) that it continues, then opens new ones, then goes to the
/// innermost leaf or lazily continues a paragraph. Columns are tracked so a
/// tab counts as spaces to the next multiple of four, as the spec requires.
struct MarkdownBlockParser {
    let buffer: UnsafeBufferPointer<UInt8>
    let extensions: MarkdownExtensions

    let document = MarkdownBlock(.document, line: 1)
    var tip: MarkdownBlock
    var oldTip: MarkdownBlock
    var lastMatchedContainer: MarkdownBlock
    var allClosed = true
    var references: [String: LinkReference] = [:]
    var footnotes: [String: MarkdownBlock] = [:]
    /// Container markers left as text at the nesting limit, and the first line with one.
    var flattenedNesting = 0
    var firstFlattenedLine = 0

    // The current line: bytes lineStart..<lineEnd (no LF).
    var lineNumber = 0
    var lineStart = 0
    var lineEnd = 0
    var offset = 0
    var column = 0
    var nextNonspace = 0
    var nextNonspaceColumn = 0
    var indent = 0
    var indented = false
    var blank = false
    var partiallyConsumedTab = false
    var nextNonspaceLine = 0
    var nextNonspaceFrom = 0

    init(buffer: UnsafeBufferPointer<UInt8>, extensions: MarkdownExtensions) {
        self.buffer = buffer
        self.extensions = extensions
        tip = document
        oldTip = document
        lastMatchedContainer = document
    }

    struct Result {
        var document: MarkdownBlock
        var references: [String: LinkReference]
        var footnotes: [String: MarkdownBlock]
        var flattenedNesting: Int
        var firstFlattenedLine: Int
    }

    mutating func parse() -> Result {
        var start = 0
        let count = buffer.count
        while start < count {
            var end = start
            while end < count, buffer[end] != 0x0A { end += 1 }
            incorporateLine(start, end)
            start = end + 1
        }
        while tip !== document { finalize(tip, line: lineNumber) }
        finalize(document, line: lineNumber)
        return Result(document: document, references: references, footnotes: footnotes,
                      flattenedNesting: flattenedNesting, firstFlattenedLine: firstFlattenedLine)
    }

    // MARK: - Position

    @inline(__always) func peek(_ index: Int) -> UInt8 { index < lineEnd ? buffer[index] : 0x0A }

    mutating func findNextNonspace() {
        // Deeply nested containers ask again from further along the same run
        // of spaces; the answer has not changed, so skip the rescan.
        if nextNonspaceLine == lineNumber && offset >= nextNonspaceFrom && offset <= nextNonspace {
            blank = nextNonspace >= lineEnd
            indent = nextNonspaceColumn - column
            indented = indent >= 4
            return
        }
        nextNonspaceLine = lineNumber
        nextNonspaceFrom = offset
        var index = offset
        var columns = column
        while index < lineEnd {
            let byte = buffer[index]
            if byte == 0x20 { index += 1; columns += 1 } else if byte == 0x09 {
                index += 1; columns += 4 - (columns % 4)
            } else { break }
        }
        blank = index >= lineEnd
        nextNonspace = index
        nextNonspaceColumn = columns
        indent = nextNonspaceColumn - column
        indented = indent >= 4
    }

    mutating func advanceNextNonspace() {
        offset = nextNonspace
        column = nextNonspaceColumn
        partiallyConsumedTab = false
    }

    /// Moves `count` characters, or with `columns` `count` columns (a tab may be half used).
    mutating func advanceOffset(_ count: Int, columns: Bool) {
        var count = count
        while count > 0 && offset < lineEnd {
            if buffer[offset] == 0x09 {
                let toTab = 4 - (column % 4)
                if columns {
                    partiallyConsumedTab = toTab > count
                    let advance = min(toTab, count)
                    column += advance
                    if !partiallyConsumedTab { offset += 1 }
                    count -= advance
                } else {
                    partiallyConsumedTab = false
                    column += toTab
                    offset += 1
                    count -= 1
                }
            } else {
                partiallyConsumedTab = false
                offset += 1
                column += 1
                count -= 1
            }
        }
    }

    // MARK: - Lines

    mutating func incorporateLine(_ start: Int, _ end: Int) {
        lineNumber += 1
        lineStart = start
        lineEnd = end
        offset = start
        column = 0
        blank = false
        partiallyConsumedTab = false
        oldTip = tip

        var container = document
        var lastChildLoop = true
        while lastChildLoop, let last = container.lastChild, last.isOpen {
            container = last
            findNextNonspace()
            switch continues(container) {
            case .matched: continue
            case .failed:
                container = container.parent!
                lastChildLoop = false
            case .consumed:
                return
            }
        }
        allClosed = container === oldTip
        lastMatchedContainer = container

        var matchedLeaf = container.kind != .paragraph && container.acceptsLines
        while !matchedLeaf {
            findNextNonspace()
            if !indented && !MarkdownBlockParser.mayStartBlock(peek(nextNonspace)) {
                advanceNextNonspace()
                break
            }
            guard let started = startBlock(&container) else {
                advanceNextNonspace()
                break
            }
            if started == .leaf { matchedLeaf = true }
        }

        if !allClosed && !blank && tip.kind == .paragraph {
            addLine()  // lazy continuation
            return
        }
        closeUnmatchedBlocks()
        if container.acceptsLines {
            addLine()
            if container.kind == .htmlBlock, (1...5).contains(container.htmlType),
               HTMLBlockStart.endsBlock(type: container.htmlType, buffer, from: offset, to: lineEnd) {
                finalize(container, line: lineNumber)
            }
        } else if offset < lineEnd && !blank {
            container = addChild(.paragraph)
            advanceNextNonspace()
            addLine()
        }
    }

    enum Continuation { case matched, failed, consumed }

    /// Whether the open block `container` goes on into the current line.
    mutating func continues(_ container: MarkdownBlock) -> Continuation {
        switch container.kind {
        case .document, .list:
            return .matched
        case .blockQuote:
            guard !indented && peek(nextNonspace) == 0x3E else { return .failed }
            advanceNextNonspace()
            advanceOffset(1, columns: false)
            if peek(offset) == 0x20 || peek(offset) == 0x09 { advanceOffset(1, columns: true) }
            return .matched
        case .item:
            if blank {
                if container.children.isEmpty { return .failed }
                advanceNextNonspace()
            } else if indent >= container.markerOffset + container.padding {
                advanceOffset(container.markerOffset + container.padding, columns: true)
            } else {
                return .failed
            }
            return .matched
        case .footnote:
            if blank {
                advanceNextNonspace()
            } else if indent >= 4 {
                advanceOffset(4, columns: true)
            } else {
                return .failed
            }
            return .matched
        case .division:
            if !indented, peek(nextNonspace) == 0x3A, closesDivision(container), !hasOpenFence(inside: container) {
                finalize(container, line: lineNumber)
                return .consumed
            }
            return .matched
        case .heading, .thematicBreak:
            return .failed
        case .codeBlock:
            if container.fenced {
                if indent <= 3, peek(nextNonspace) == container.fenceChar {
                    var index = nextNonspace
                    while index < lineEnd, buffer[index] == container.fenceChar { index += 1 }
                    let length = index - nextNonspace
                    while index < lineEnd, buffer[index] == 0x20 || buffer[index] == 0x09 { index += 1 }
                    if length >= container.fenceLength && index == lineEnd {
                        finalize(container, line: lineNumber)
                        return .consumed
                    }
                }
                var skip = container.fenceOffset
                while skip > 0, peek(offset) == 0x20 || peek(offset) == 0x09 {
                    advanceOffset(1, columns: true)
                    skip -= 1
                }
                return .matched
            }
            if indent >= 4 {
                advanceOffset(4, columns: true)
            } else if blank {
                advanceNextNonspace()
            } else {
                return .failed
            }
            return .matched
        case .htmlBlock:
            return blank && (container.htmlType == 6 || container.htmlType == 7) ? .failed : .matched
        case .paragraph:
            return blank ? .failed : .matched
        }
    }

    /// Whether a deeper open block claims a closing fence first (a nested division, code, HTML).
    func hasOpenFence(inside block: MarkdownBlock) -> Bool {
        var current = block
        while let last = current.lastChild, last.isOpen {
            if last.kind == .division || last.kind == .htmlBlock || (last.kind == .codeBlock && last.fenced) { return true }
            current = last
        }
        return false
    }

    /// A line of at least as many colons as opened the division, alone.
    func closesDivision(_ division: MarkdownBlock) -> Bool {
        var index = nextNonspace
        while index < lineEnd, buffer[index] == 0x3A { index += 1 }
        let length = index - nextNonspace
        while index < lineEnd, buffer[index] == 0x20 || buffer[index] == 0x09 { index += 1 }
        return length >= 3 && index == lineEnd
    }

    /// Adds the rest of the line to the tip, restoring a half-used tab as spaces.
    mutating func addLine() {
        if partiallyConsumedTab {
            offset += 1
            let toTab = 4 - (column % 4)
            for _ in 0..<toTab { tip.content.append(0x20) }
        }
        if offset < lineEnd { tip.content.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[offset..<lineEnd])) }
        tip.content.append(0x0A)
    }

    /// Opens a block of `kind` under the tip, closing blocks that cannot hold it.
    mutating func addChild(_ kind: MarkdownBlock.Kind) -> MarkdownBlock {
        while !tip.canContain(kind) { finalize(tip, line: lineNumber - 1) }
        let child = MarkdownBlock(kind, line: lineNumber)
        tip.append(child)
        tip = child
        return child
    }

    mutating func closeUnmatchedBlocks() {
        guard !allClosed else { return }
        while oldTip !== lastMatchedContainer {
            let parent = oldTip.parent!
            finalize(oldTip, line: lineNumber - 1)
            oldTip = parent
        }
        allClosed = true
    }

    // MARK: - Finishing blocks

    mutating func finalize(_ block: MarkdownBlock, line: Int) {
        guard block.isOpen else { return }
        block.isOpen = false
        block.endLine = line
        switch block.kind {
        case .paragraph:
            let consumed = extractReferenceDefinitions(block)
            if consumed > 0 { block.content.removeFirst(consumed) }
        case .codeBlock:
            if block.fenced {
                let firstLine = block.content.firstIndex(of: 0x0A) ?? block.content.count
                block.info = Array(block.content[..<firstLine])
                block.content.removeFirst(min(firstLine + 1, block.content.count))
            } else {
                // Trailing blank lines are not part of an indented code block.
                var end = block.content.count
                while end > 0 {
                    var lineBegin = end - 1
                    while lineBegin > 0 && block.content[lineBegin - 1] != 0x0A { lineBegin -= 1 }
                    guard block.content[lineBegin..<(end - 1)].allSatisfy({ $0 == 0x20 || $0 == 0x09 }) else { break }
                    end = lineBegin
                }
                block.content.removeSubrange(end...)
            }
        case .item:
            block.endLine = block.children.last?.endLine ?? block.startLine
        case .list:
            block.tight = MarkdownBlockParser.isTight(block)
            block.endLine = block.children.last?.endLine ?? block.startLine
        case .document, .blockQuote, .heading, .thematicBreak, .htmlBlock, .footnote, .division:
            break
        }
        if let parent = block.parent { tip = parent }
    }

    /// A list is loose when blank lines separate any of its items, or any two
    /// blocks inside one item.
    static func isTight(_ list: MarkdownBlock) -> Bool {
        func endsWithBlankLine(_ block: MarkdownBlock, next: MarkdownBlock) -> Bool {
            block.endLine != next.startLine - 1 && block.endLine < next.startLine
        }
        for (index, item) in list.children.enumerated() {
            if index + 1 < list.children.count, endsWithBlankLine(item, next: list.children[index + 1]) { return false }
            for (subIndex, sub) in item.children.enumerated() where subIndex + 1 < item.children.count {
                if endsWithBlankLine(sub, next: item.children[subIndex + 1]) { return false }
            }
        }
        return true
    }

    /// Takes link reference definitions off the start of a paragraph; returns the bytes used.
    mutating func extractReferenceDefinitions(_ block: MarkdownBlock) -> Int {
        guard block.content.first == 0x5B else { return 0 }
        var used = 0
        block.content.withUnsafeBufferPointer { content in
            while used < content.count, content[used] == 0x5B {
                guard let (definition, length) = LinkSyntax.referenceDefinition(content, from: used) else { break }
                let key = LinkSyntax.normalizeLabel(definition.label)
                if references[key] == nil { references[key] = definition.reference }
                used += length
            }
        }
        return used
    }
}
