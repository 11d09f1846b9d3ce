import QuireModel
import QuireXML

// Inline content: text with white space collapsed as a browser does, emphasis,
// links, quotations, cited titles, footnote calls, images.

extension HTMLConverter {
    /// The inlines of `node`'s children, white space collapsed from a fresh start.
    func inlines(of node: XMLNode) -> [Inline] {
        lastWasSpace = true
        var out: [Inline] = []
        appendChildren(of: node, to: &out)
        return out
    }

    func appendChildren(of node: XMLNode, to out: inout [Inline]) {
        var child = node.firstChild
        while let current = child {
            child = current.nextSibling
            switch current.kind {
            case .text:
                appendText(current, to: &out)
            case .element:
                if skip.contains(current) { continue }
                let tag = HTMLTag(current)
                if tag.isNeverContent { continue }
                if tag.isBlock {
                    // A block inside inline content (broken markup, or a list in a
                    // table cell) reads as its text, set off by a space.
                    appendSpace(to: &out)
                    appendChildren(of: current, to: &out)
                    appendSpace(to: &out)
                } else {
                    appendInline(current, tag: tag, to: &out)
                }
            case .processingInstruction, .entityReference, .other:
                continue
            }
        }
    }

    /// A text node, its white space collapsed.
    func appendText(_ node: XMLNode, to out: inout [Inline]) {
        // A local buffer: the converter's own properties would be checked for
        // exclusive access on every byte.
        var buffer = scratch
        buffer.removeAll(keepingCapacity: true)
        var space = lastWasSpace
        node.withContentBytes { bytes in
            // Copy runs of visible characters whole; only white space is looked at alone.
            let count = bytes.count
            var index = 0
            while index < count {
                let byte = bytes[index]
                if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C {
                    if !space { buffer.append(0x20); space = true }
                    index += 1
                    continue
                }
                // A run goes on through single spaces between words.
                var end = index + 1
                while end < count {
                    let next = bytes[end]
                    if next == 0x20, end + 1 < count {
                        let after = bytes[end + 1]
                        if after != 0x20 && after != 0x0A && after != 0x09 && after != 0x0D && after != 0x0C {
                            end += 2
                            continue
                        }
                    }
                    if next == 0x20 || next == 0x0A || next == 0x09 || next == 0x0D || next == 0x0C { break }
                    end += 1
                }
                buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
                space = false
                index = end
            }
        }
        lastWasSpace = space
        if !buffer.isEmpty { appendString(String(decoding: buffer, as: UTF8.self), to: &out) }
        scratch = buffer
    }

    func appendString(_ string: String, to out: inout [Inline]) {
        if case .text(let previous)? = out.last {
            out[out.count - 1] = .text(text: previous + string)
        } else {
            out.append(.text(text: string))
        }
    }

    private func appendSpace(to out: inout [Inline]) {
        guard !lastWasSpace else { return }
        appendString(" ", to: &out)
        lastWasSpace = true
    }

    func appendInline(_ node: XMLNode, tag: HTMLTag, to out: inout [Inline]) {
        switch tag {
        case .br:
            trimTrailingSpace(&out)
            out.append(.lineBreak)
            lastWasSpace = true
        case .em, .i:
            if isWorkTitle(node) {
                wrap(node, in: { .workTitle(inlines: $0) }, to: &out)
            } else {
                wrap(node, in: { .emphasis(inlines: $0) }, to: &out)
            }
        case .strong, .b:
            wrap(node, in: { .strong(inlines: $0) }, to: &out)
        case .cite where node.hasClass("citation"):
            appendMarkedCitation(node, to: &out)
        case .span where node.hasClass("quote"):
            appendMarkedQuote(node, to: &out)
        case .cite:
            wrap(node, in: { .workTitle(inlines: $0) }, to: &out)
        case .q:
            let kind: QuoteKind = quoteDepth % 2 == 0 ? .double : .single
            quoteDepth += 1
            wrap(node, in: { .quoted(kind: kind, inlines: $0, citation: nil) }, to: &out)
            quoteDepth -= 1
        case .a:
            appendLink(node, to: &out)
        case .sup:
            let calls = noteCalls(in: node)
            if calls.isEmpty {
                flattened["sup", default: 0] += 1
                appendChildren(of: node, to: &out)
            } else {
                // `<sup>[<a href="#fn1">1</a>]</sup>`: the note replaces the whole mark.
                for call in calls { appendLink(call, to: &out) }
            }
        case .code, .kbd, .samp, .tt:
            let text = node.textContent.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" })
                .joined(separator: " ")
            if !text.isEmpty {
                out.append(.code(text: text))
                lastWasSpace = false
            }
        case .img:
            if let image = image(node) {
                out.append(.image(image: image))
                lastWasSpace = false
            }
        case .math:
            if let alt = node.attribute(named: "alttext") {
                appendString(alt, to: &out)
                lastWasSpace = false
            } else {
                appendChildren(of: node, to: &out)
            }
        case .wbr:
            return
        case .sub, .del, .s, .strike:
            flattened[tag.rawValue, default: 0] += 1
            appendChildren(of: node, to: &out)
        default:
            appendChildren(of: node, to: &out)
        }
    }

    /// An `<i>` that names a publication (Standard Ebooks' `se:name.publication.*`).
    private func isWorkTitle(_ node: XMLNode) -> Bool {
        node.epubTypes.contains { $0.hasPrefix("se:name.publication") }
    }

    /// Builds a span around `node`'s content. White space at its edges moves
    /// outside it (`foo<em> bar</em>` is `foo` `␠` *bar*), and an empty span is dropped.
    private func wrap(_ node: XMLNode, in make: ([Inline]) -> Inline, to out: inout [Inline]) {
        var inner: [Inline] = []
        appendChildren(of: node, to: &inner)
        if case .text(let first)? = inner.first, first.hasPrefix(" ") {
            let rest = String(first.dropFirst())
            if rest.isEmpty { inner.removeFirst() } else { inner[0] = .text(text: rest) }
            appendString(" ", to: &out)
        }
        var trailing = false
        if case .text(let last)? = inner.last, last.hasSuffix(" ") {
            let rest = String(last.dropLast())
            if rest.isEmpty { inner.removeLast() } else { inner[inner.count - 1] = .text(text: rest) }
            trailing = true
        }
        if !inner.isEmpty { out.append(make(inner)) }
        if trailing { appendString(" ", to: &out) }
    }

    // MARK: - Links and notes

    private func appendLink(_ node: XMLNode, to out: inout [Inline]) {
        if let note = footnotes.noteForCall[node] {
            let saved = (lastWasSpace, quoteDepth)
            quoteDepth = 0
            let blocks = noteBlocks(note, label: node.textContent.collapsingWhitespace)
            (lastWasSpace, quoteDepth) = saved
            trimTrailingSpace(&out)
            if !blocks.isEmpty { out.append(.note(blocks: blocks)) }
            return
        }
        if Footnotes.isMarkedCall(node) {
            // Its note is in another file (an ebook's endnotes): the bare number would
            // read as part of the text, so it goes, and the user hears about it once.
            unresolvedCalls += 1
            return
        }
        let href = node.attribute(named: "href")?.trimmingASCIISpaces ?? ""
        if href.isEmpty || href.lowercased().hasPrefix("javascript:") {
            appendChildren(of: node, to: &out)
            return
        }
        let title = node.attribute(named: "title")
        wrap(node, in: { .link(url: href, title: title, inlines: $0) }, to: &out)
    }

    private func noteCalls(in node: XMLNode) -> [XMLNode] {
        var calls: [XMLNode] = []
        HTMLWalk.elements(below: node) { element, tag in
            if tag == .a, footnotes.noteForCall[element] != nil { calls.append(element) }
            return tag != .a
        }
        return calls
    }

    /// The note's blocks, without the label that repeats its call ("1.", "[1]").
    private func noteBlocks(_ note: XMLNode, label: String) -> [Block] {
        var blocks: [Block]
        switch HTMLTag(note) {
        case .p, .span, .dd:
            let inlines = finish(inlines(of: note))
            blocks = inlines.isEmpty ? [] : [.paragraph(inlines: inlines)]
        default:
            blocks = self.blocks(inChildrenOf: note)
        }
        if !label.isEmpty, case .paragraph(var inlines)? = blocks.first, case .text(let text)? = inlines.first {
            for prefix in [label + ". ", label + ") ", "[" + label + "] ", label + " "] where text.hasPrefix(prefix) {
                inlines[0] = .text(text: String(text.dropFirst(prefix.count)))
                blocks[0] = .paragraph(inlines: inlines)
                break
            }
        }
        return blocks
    }

    // MARK: - Images

    func image(_ node: XMLNode) -> Image? {
        var source = node.attribute(named: "src") ?? ""
        // Lazy-loading pages keep the real address aside and a placeholder in `src`.
        for lazy in [node.attribute(named: "data-src"), node.attribute(named: "data-original")] {
            if let lazy, !lazy.isEmpty, source.isEmpty || source.hasPrefix("data:") { source = lazy }
        }
        if source.isEmpty, let set = node.attribute(named: "srcset") {
            source = set.split(separator: ",").first.map { String($0.trimmingASCIISpaces.split(separator: " ").first ?? "") } ?? ""
        }
        guard !source.isEmpty else { return nil }
        if let imageSource { source = imageSource(source) }
        let alt = node.attribute(named: "alt")?.collapsingWhitespace ?? ""
        return Image(source: source, alt: alt, title: node.attribute(named: "title"))
    }

    // MARK: - Finishing

    /// Trims the run's edges, takes out empty text, and finds citations after quotations.
    func finish(_ inlines: [Inline]) -> [Inline] {
        var result = inlines
        trimLeadingSpace(&result)
        trimTrailingSpace(&result)
        guard !result.isEmpty else { return [] }
        if result.allSatisfy({ if case .text(let text) = $0 { return text.isEmpty } else { return false } }) { return [] }
        return Self.joiningCitations(CitationScanner.attach(result))
    }

    func trimTrailingSpace(_ inlines: inout [Inline]) {
        while let last = inlines.last {
            guard case .text(let text) = last else { return }
            var trimmed = Substring(text)
            while trimmed.last == " " { trimmed.removeLast() }
            if trimmed.isEmpty {
                inlines.removeLast()
            } else {
                inlines[inlines.count - 1] = .text(text: String(trimmed))
                return
            }
        }
    }

    func trimLeadingSpace(_ inlines: inout [Inline]) {
        while let first = inlines.first {
            guard case .text(let text) = first else { return }
            var trimmed = Substring(text)
            while trimmed.first == " " { trimmed.removeFirst() }
            if trimmed.isEmpty {
                inlines.removeFirst()
            } else {
                inlines[0] = .text(text: String(trimmed))
                return
            }
        }
    }
}
