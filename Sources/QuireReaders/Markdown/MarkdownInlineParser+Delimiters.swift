import QuireModel

/// Emphasis, smart quotes and links: the delimiter and bracket stacks.
extension MarkdownInlineParser {
    // MARK: - Delimiter runs

    /// The scalar ending just before `index` (a newline at the start).
    func scalar(before index: Int) -> Unicode.Scalar {
        guard index > 0 else { return "\n" }
        var start = index - 1
        while start > 0, b[start] & 0xC0 == 0x80 { start -= 1 }
        return decodeScalar(at: start)
    }

    func decodeScalar(at index: Int) -> Unicode.Scalar {
        guard index < end else { return "\n" }
        let lead = b[index]
        if lead < 0x80 { return Unicode.Scalar(lead) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length where index + offset < b.count {
            value = value << 6 | UInt32(b[index + offset] & 0x3F)
        }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    static func isUnicodeWhitespace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x09, 0x0A, 0x0C, 0x0D: return true
        case 0..<0x80: return false
        default: return s.properties.generalCategory == .spaceSeparator
        }
    }

    static func isUnicodePunctuation(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return LinkSyntax.isPunctuation(UInt8(s.value)) }
        switch s.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }

    static func isAlphanumeric(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 {
            let c = UInt8(s.value)
            return HTMLBlockStart.isLetter(c) || HTMLBlockStart.isDigit(c)
        }
        return s.properties.isAlphabetic || s.properties.numericType != nil
    }

    mutating func handleDelimiters(_ c: UInt8) {
        let start = pos
        let isQuote = c == 0x27 || c == 0x22
        if isQuote { pos += 1 } else { while pos < end, b[pos] == c { pos += 1 } }
        let count = pos - start
        let before = scalar(before: start)
        let after = decodeScalar(at: pos)
        let afterSpace = Self.isUnicodeWhitespace(after)
        let afterPunct = Self.isUnicodePunctuation(after)
        let beforeSpace = Self.isUnicodeWhitespace(before)
        let beforePunct = Self.isUnicodePunctuation(before)
        let leftFlanking = !afterSpace && (!afterPunct || beforeSpace || beforePunct)
        let rightFlanking = !beforeSpace && (!beforePunct || afterSpace || afterPunct)
        var canOpen: Bool
        var canClose: Bool
        switch c {
        case 0x5F:
            canOpen = leftFlanking && (!rightFlanking || beforePunct)
            canClose = rightFlanking && (!leftFlanking || afterPunct)
        case 0x27, 0x22:
            // An apostrophe inside a word ("don't") is never a quotation mark.
            if Self.isAlphanumeric(before) && Self.isAlphanumeric(after) {
                _ = text([c])
                return
            }
            canOpen = leftFlanking && !rightFlanking
            canClose = rightFlanking
        default:
            canOpen = leftFlanking
            canClose = rightFlanking
        }
        let node = text(Array(UnsafeBufferPointer(rebasing: b[start..<pos])))
        guard canOpen || canClose else { return }
        let delimiter = arena.delimiter(char: c, count: count, node: node, previous: delimiters, canOpen: canOpen, canClose: canClose)
        delimiters?.next = delimiter
        delimiters = delimiter
    }

    mutating func removeDelimiter(_ delimiter: Delimiter) {
        delimiter.previous?.next = delimiter.next
        if let next = delimiter.next {
            next.previous = delimiter.previous
        } else {
            delimiters = delimiter.previous
        }
    }

    /// Matches closers with openers above `bottom`, innermost first.
    mutating func processEmphasis(bottom: Delimiter?) {
        var openersBottom: [Int: Delimiter?] = [:]
        var closer = delimiters
        while let current = closer, current.previous !== bottom { closer = current.previous }
        while let current = closer {
            guard current.canClose else {
                closer = current.next
                continue
            }
            let isQuote = current.char == 0x27 || current.char == 0x22
            let key = isQuote ? Int(current.char) : Int(current.char) * 8 + (current.canOpen ? 4 : 0) + current.originalCount % 3
            var opener = current.previous
            var found = false
            while let candidate = opener, candidate !== bottom {
                if let limit = openersBottom[key], candidate === limit { break }
                let oddMatch = !isQuote && (current.canOpen || candidate.canClose) && current.originalCount % 3 != 0
                    && (candidate.originalCount + current.originalCount) % 3 == 0
                if candidate.char == current.char && candidate.canOpen && !oddMatch {
                    found = true
                    break
                }
                opener = candidate.previous
            }
            let oldCloser = current
            if let opener, found {
                let use = isQuote ? 1 : (current.count >= 2 && opener.count >= 2 ? 2 : 1)
                opener.count -= use
                current.count -= use
                opener.node.literal.removeLast(use)
                current.node.literal.removeLast(use)
                let wrapper: InlineNode
                if isQuote {
                    wrapper = arena.node(.quoted)
                    wrapper.quoteKind = current.char == 0x22 ? .double : .single
                } else {
                    wrapper = arena.node(use == 1 ? .emphasis : .strong)
                }
                var node = opener.node.next
                while let moving = node, moving !== current.node {
                    node = moving.next
                    wrapper.append(moving)
                }
                opener.node.insertAfter(wrapper)
                // Delimiters between the pair can no longer match.
                var between = current.previous
                while let inner = between, inner !== opener {
                    between = inner.previous
                    removeDelimiter(inner)
                }
                if opener.count == 0 {
                    opener.node.unlink()
                    removeDelimiter(opener)
                }
                if current.count == 0 {
                    current.node.unlink()
                    closer = current.next
                    removeDelimiter(current)
                }
            } else {
                if isQuote && current.char == 0x27 { current.node.literal = [0xE2, 0x80, 0x99] }
                closer = current.next
            }
            if !found {
                openersBottom[key] = oldCloser.previous
                if !oldCloser.canOpen { removeDelimiter(oldCloser) }
            }
        }
        // What is left is literal; an unmatched single quote is an apostrophe.
        while let last = delimiters, last !== bottom {
            if last.char == 0x27 { last.node.literal = [0xE2, 0x80, 0x99] }
            removeDelimiter(last)
        }
    }

    // MARK: - Links and images

    mutating func addBracket(_ node: InlineNode, index: Int, image: Bool) {
        brackets?.bracketAfter = true
        brackets = arena.bracket(node: node, previous: brackets, previousDelimiter: delimiters, index: index, image: image)
        brackets?.linksBefore = linksFormed
    }

    mutating func parseCloseBracket() {
        pos += 1
        let afterBracket = pos
        guard let opener = brackets else {
            _ = text([0x5D])
            return
        }
        guard opener.image || opener.linksBefore == linksFormed else {
            _ = text([0x5D])
            brackets = opener.previous
            return
        }
        var url: String?
        var title: String?
        // Inline link: (destination "title").
        if peek(pos) == 0x28 {
            var index = skipWhitespace(pos + 1)
            var destination: String? = ""
            if index < end, b[index] != 0x29 {
                if let (parsed, after) = LinkSyntax.destination(b, index, end) {
                    destination = parsed
                    index = after
                } else {
                    destination = nil
                }
            }
            if let destination {
                let beforeTitle = index
                index = skipWhitespace(index)
                if index > beforeTitle, let (parsedTitle, after) = LinkSyntax.title(b, index, end) {
                    title = parsedTitle
                    index = skipWhitespace(after)
                }
                if index < end, b[index] == 0x29 {
                    url = destination
                    pos = index + 1
                } else {
                    title = nil
                }
            }
        }
        if url == nil {
            // Reference link: full [text][label], collapsed [text][] or shortcut [text].
            var key: String?
            if let labelEnd = LinkSyntax.label(b, pos, end) {
                key = String(decoding: UnsafeBufferPointer(rebasing: b[(pos + 1)..<(labelEnd - 1)]), as: UTF8.self)
                pos = labelEnd
            } else {
                let collapsed = peek(pos) == 0x5B && peek(pos + 1) == 0x5D
                if !opener.bracketAfter {
                    key = String(decoding: UnsafeBufferPointer(rebasing: b[(opener.index + 1)..<(afterBracket - 1)]), as: UTF8.self)
                }
                if collapsed { pos += 2 }
            }
            if let key, let reference = references[LinkSyntax.normalizeLabel(key)] {
                url = reference.url
                title = reference.title
            } else {
                pos = afterBracket
            }
        }
        guard let url else {
            brackets = opener.previous
            _ = text([0x5D])
            return
        }
        let link = arena.node(opener.image ? .image : .link)
        link.url = url
        link.title = title
        var node = opener.node.next
        while let moving = node {
            node = moving.next
            link.append(moving)
        }
        root.append(link)
        processEmphasis(bottom: opener.previousDelimiter)
        brackets = opener.previous
        opener.node.unlink()
        // No links inside links: earlier `[` openers can no longer make one.
        if !opener.image { linksFormed += 1 }
    }

    func skipWhitespace(_ start: Int) -> Int {
        var index = start
        while index < end, LinkSyntax.isWhitespace(b[index]) { index += 1 }
        return index
    }
}
