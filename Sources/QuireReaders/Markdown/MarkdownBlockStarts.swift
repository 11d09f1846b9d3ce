import QuireModel

/// The block starts, tried in the spec's order after the open containers
/// have been matched: each one either opens a container (and the line goes on
/// to be tested for more), opens a leaf, or does not apply.
extension MarkdownBlockParser {
    enum Started { case container, leaf }

    /// Bytes that can begin a block other than a paragraph (indented code aside).
    static func mayStartBlock(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x23, 0x60, 0x7E, 0x2A, 0x2B, 0x2D, 0x5F, 0x3D, 0x3C, 0x3E, 0x30...0x39, 0x5B, 0x3A: return true
        default: return false
        }
    }

    /// Whether a container may open inside `container`. At `Nesting.limit` none
    /// does: the marker stays in the text of a paragraph, so 20,000 `>` neither
    /// recurse 20,000 deep nor cost 20,000 steps on every later line.
    mutating func mayNest(in container: MarkdownBlock) -> Bool {
        guard container.nesting >= Nesting.limit else { return true }
        if flattenedNesting == 0 { firstFlattenedLine = lineNumber }
        flattenedNesting += 1
        return false
    }

    mutating func startBlock(_ container: inout MarkdownBlock) -> Started? {
        let byte = peek(nextNonspace)
        if !indented {
            switch byte {
            case 0x3E: if let started = startBlockQuote(&container) { return started }
            case 0x23: if let started = startATXHeading(&container) { return started }
            case 0x60, 0x7E: if let started = startFencedCode(&container) { return started }
            case 0x3A: if extensions.contains(.fencedDivs), let started = startDivision(&container) { return started }
            case 0x3C: if let started = startHTMLBlock(&container) { return started }
            case 0x5B:
                if extensions.contains(.footnotes), container.kind != .paragraph,
                   let started = startFootnote(&container) { return started }
            default: break
            }
            if container.kind == .paragraph, byte == 0x3D || byte == 0x2D, let started = startSetextHeading(&container) {
                return started
            }
            if byte == 0x2A || byte == 0x2D || byte == 0x5F, isThematicBreak() {
                closeUnmatchedBlocks()
                container = addChild(.thematicBreak)
                offset = lineEnd
                return .leaf
            }
        }
        if !indented || container.kind == .list, let started = startListItem(&container) { return started }
        if indented && tip.kind != .paragraph && !blank {
            advanceOffset(4, columns: true)
            closeUnmatchedBlocks()
            container = addChild(.codeBlock)
            return .leaf
        }
        return nil
    }

    mutating func startBlockQuote(_ container: inout MarkdownBlock) -> Started? {
        guard mayNest(in: container) else { return nil }
        advanceNextNonspace()
        advanceOffset(1, columns: false)
        if peek(offset) == 0x20 || peek(offset) == 0x09 { advanceOffset(1, columns: true) }
        closeUnmatchedBlocks()
        container = addChild(.blockQuote)
        return .container
    }

    mutating func startATXHeading(_ container: inout MarkdownBlock) -> Started? {
        var index = nextNonspace
        while index < lineEnd, buffer[index] == 0x23 { index += 1 }
        let level = index - nextNonspace
        guard level <= 6, index == lineEnd || buffer[index] == 0x20 || buffer[index] == 0x09 else { return nil }
        closeUnmatchedBlocks()
        container = addChild(.heading)
        container.level = level
        // Trim spaces, then an optional closing run of #s that follows a space.
        var start = index
        while start < lineEnd, buffer[start] == 0x20 || buffer[start] == 0x09 { start += 1 }
        var end = lineEnd
        while end > start, buffer[end - 1] == 0x20 || buffer[end - 1] == 0x09 { end -= 1 }
        var hashes = end
        while hashes > start, buffer[hashes - 1] == 0x23 { hashes -= 1 }
        if hashes == start || buffer[hashes - 1] == 0x20 || buffer[hashes - 1] == 0x09 {
            end = hashes
            while end > start, buffer[end - 1] == 0x20 || buffer[end - 1] == 0x09 { end -= 1 }
        }
        container.content = Array(UnsafeBufferPointer(rebasing: buffer[start..<max(start, end)]))
        offset = lineEnd
        return .leaf
    }

    mutating func startFencedCode(_ container: inout MarkdownBlock) -> Started? {
        let fence = peek(nextNonspace)
        var index = nextNonspace
        while index < lineEnd, buffer[index] == fence { index += 1 }
        let length = index - nextNonspace
        guard length >= 3 else { return nil }
        if fence == 0x60, buffer[index..<lineEnd].contains(0x60) { return nil }
        closeUnmatchedBlocks()
        container = addChild(.codeBlock)
        container.fenced = true
        container.fenceChar = fence
        container.fenceLength = length
        container.fenceOffset = indent
        advanceNextNonspace()
        advanceOffset(length, columns: false)
        return .leaf
    }

    mutating func startDivision(_ container: inout MarkdownBlock) -> Started? {
        var index = nextNonspace
        while index < lineEnd, buffer[index] == 0x3A { index += 1 }
        guard index - nextNonspace >= 3 else { return nil }
        while index < lineEnd, buffer[index] == 0x20 { index += 1 }
        var end = lineEnd
        while end > index, buffer[end - 1] == 0x3A || buffer[end - 1] == 0x20 { end -= 1 }
        guard end > index else { return nil }  // a bare ::: closes, never opens
        guard mayNest(in: container) else { return nil }
        closeUnmatchedBlocks()
        container = addChild(.division)
        container.info = Array(UnsafeBufferPointer(rebasing: buffer[index..<end]))
        offset = lineEnd
        return .container
    }

    mutating func startHTMLBlock(_ container: inout MarkdownBlock) -> Started? {
        guard let type = HTMLBlockStart.type(buffer, from: nextNonspace, to: lineEnd,
                                             interruptsParagraph: container.kind == .paragraph) else { return nil }
        closeUnmatchedBlocks()
        container = addChild(.htmlBlock)
        container.htmlType = type
        return .leaf
    }

    mutating func startFootnote(_ container: inout MarkdownBlock) -> Started? {
        guard peek(nextNonspace + 1) == 0x5E else { return nil }
        var index = nextNonspace + 2
        while index < lineEnd, buffer[index] != 0x5D, buffer[index] != 0x20, buffer[index] != 0x5B { index += 1 }
        guard index < lineEnd, buffer[index] == 0x5D, index > nextNonspace + 2, peek(index + 1) == 0x3A else { return nil }
        guard mayNest(in: container) else { return nil }
        let label = String(decoding: UnsafeBufferPointer(rebasing: buffer[(nextNonspace + 2)..<index]), as: UTF8.self)
        closeUnmatchedBlocks()
        container = addChild(.footnote)
        container.label = label
        let key = LinkSyntax.normalizeLabel(label)
        if footnotes[key] == nil { footnotes[key] = container }
        advanceNextNonspace()
        advanceOffset(index + 2 - nextNonspace, columns: false)
        findNextNonspace()
        advanceNextNonspace()
        return .container
    }

    mutating func startSetextHeading(_ container: inout MarkdownBlock) -> Started? {
        let mark = peek(nextNonspace)
        var index = nextNonspace
        while index < lineEnd, buffer[index] == mark { index += 1 }
        while index < lineEnd, buffer[index] == 0x20 || buffer[index] == 0x09 { index += 1 }
        guard index == lineEnd else { return nil }
        let paragraph = container
        let used = extractReferenceDefinitions(paragraph)
        if used > 0 { paragraph.content.removeFirst(used) }
        guard !paragraph.content.isEmpty else { return nil }
        closeUnmatchedBlocks()
        let heading = MarkdownBlock(.heading, line: paragraph.startLine)
        heading.level = mark == 0x3D ? 1 : 2
        var content = paragraph.content
        while let last = content.last, last == 0x0A || last == 0x20 || last == 0x09 { content.removeLast() }
        heading.content = content
        let parent = paragraph.parent!
        paragraph.isOpen = false
        parent.children[parent.children.count - 1] = heading
        heading.parent = parent
        tip = heading
        container = heading
        offset = lineEnd
        return .leaf
    }

    func isThematicBreak() -> Bool {
        let mark = peek(nextNonspace)
        var count = 0
        var index = nextNonspace
        while index < lineEnd {
            let byte = buffer[index]
            if byte == mark { count += 1 } else if byte != 0x20 && byte != 0x09 { return false }
            index += 1
        }
        return count >= 3
    }

    mutating func startListItem(_ container: inout MarkdownBlock) -> Started? {
        guard indent < 4 else { return nil }
        let first = peek(nextNonspace)
        var markerEnd = nextNonspace
        var ordered = false
        var number = 0
        var delimiter: UInt8 = 0
        if first == 0x2A || first == 0x2B || first == 0x2D {
            markerEnd += 1
        } else if first >= 0x30 && first <= 0x39 {
            while markerEnd < lineEnd, buffer[markerEnd] >= 0x30, buffer[markerEnd] <= 0x39, markerEnd - nextNonspace < 10 {
                number = number * 10 + Int(buffer[markerEnd] - 0x30)
                markerEnd += 1
            }
            let digits = markerEnd - nextNonspace
            guard digits <= 9, markerEnd < lineEnd, buffer[markerEnd] == 0x2E || buffer[markerEnd] == 0x29 else { return nil }
            delimiter = buffer[markerEnd]
            markerEnd += 1
            ordered = true
            if container.kind == .paragraph && number != 1 { return nil }
        } else {
            return nil
        }
        let after = peek(markerEnd)
        guard after == 0x0A || after == 0x20 || after == 0x09 else { return nil }
        if container.kind == .paragraph {
            var index = markerEnd
            while index < lineEnd, buffer[index] == 0x20 || buffer[index] == 0x09 { index += 1 }
            if index == lineEnd { return nil }
        }
        guard mayNest(in: container) else { return nil }
        let markerOffset = indent
        let markerLength = markerEnd - nextNonspace
        advanceNextNonspace()
        advanceOffset(markerLength, columns: true)
        let spacesStartColumn = column
        let spacesStartOffset = offset
        repeat {
            advanceOffset(1, columns: true)
        } while column - spacesStartColumn < 5 && (peek(offset) == 0x20 || peek(offset) == 0x09)
        let blankItem = offset >= lineEnd
        let spacesAfterMarker = column - spacesStartColumn
        var padding: Int
        if spacesAfterMarker >= 5 || spacesAfterMarker < 1 || blankItem {
            padding = markerLength + 1
            column = spacesStartColumn
            offset = spacesStartOffset
            partiallyConsumedTab = false
            if peek(offset) == 0x20 || peek(offset) == 0x09 { advanceOffset(1, columns: true) }
        } else {
            padding = markerLength + spacesAfterMarker
        }
        closeUnmatchedBlocks()
        let bullet = ordered ? 0 : first
        if tip.kind != .list || tip.ordered != ordered || tip.delimiter != delimiter || tip.bulletChar != bullet {
            container = addChild(.list)
            container.ordered = ordered
            container.delimiter = delimiter
            container.bulletChar = bullet
            container.start = ordered ? number : 1
        }
        container = addChild(.item)
        container.markerOffset = markerOffset
        container.padding = padding
        return .container
    }
}
