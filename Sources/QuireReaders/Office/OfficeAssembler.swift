import QuireModel

/// Turns a word-processor document's paragraphs into the tree, the same way for DOCX
/// and ODT: front-matter styles become metadata, neighbouring quote paragraphs one block
/// quote (a last line led by a dash its attribution), list paragraphs nested lists, code
/// paragraphs one preformatted block, and the habits of manuscripts are undone: blank
/// paragraphs used as spacing are dropped, a paragraph of only symbols (`* * *`) is a
/// scene break, and a double manual line break starts a new paragraph.
struct OfficeAssembler {
    let context: ConversionContext
    let format: String

    /// The document: metadata from styles (and a title page), then the body.
    func document(_ items: [OfficeBlock], metadata base: Metadata) -> Document {
        var metadata = base
        var items = split(items)
        var front = Metadata()
        items = takeFrontMatter(items, into: &front)
        if front.title.isEmpty { items = takeTitlePage(items, into: &front) }
        if front.title.isEmpty { items = takeLoneTopHeading(items, into: &front) }
        if !front.title.isEmpty { metadata.title = front.title }
        if !front.subtitle.isEmpty { metadata.subtitle = front.subtitle }
        if !front.authors.isEmpty { metadata.authors = front.authors }
        if let date = front.date { metadata.date = date }
        if !front.abstract.isEmpty { metadata.abstract = front.abstract }
        return Document(metadata: metadata, blocks: blocks(items))
    }

    /// The blocks of a body or a note.
    func blocks(_ items: [OfficeBlock]) -> [Block] {
        var out: [Block] = []
        var index = 0
        let items = split(items)
        while index < items.count {
            guard case .paragraph(let paragraph) = items[index] else {
                if case .block(let block) = items[index] { out.append(block) }
                index += 1
                continue
            }
            if paragraph.kind == .caption, let captioned = captioning(&out, items, index, paragraph) {
                index = captioned
                continue
            }
            let opensSection: Bool
            if case .heading? = out.last { opensSection = true } else { opensSection = out.isEmpty }
            if opensSection, paragraph.kind == .body, let end = readEpigraph(items, from: index, into: &out) {
                index = end
                continue
            }
            switch paragraph.kind {
            case .quote, .epigraph:
                index = readQuote(items, from: index, into: &out)
            case .listItem:
                let end = run(items, from: index) { if case .listItem = $0.kind { return true } else { return false } }
                out.append(list(items[index..<end].compactMap(\.paragraph), level: items[index].paragraph!.listLevel))
                index = end
            case .term:
                let end = run(items, from: index) { $0.kind == .term || $0.kind == .definition }
                out.append(definitions(items[index..<end].compactMap(\.paragraph)))
                index = end
            case .preformatted:
                let end = run(items, from: index) { $0.kind == .preformatted }
                let lines = items[index..<end].compactMap(\.paragraph).map { $0.inlines.plainText }
                out.append(.preformatted(text: lines.joined(separator: "\n")))
                index = end
            default:
                if let block = block(paragraph) { out.append(block) }
                index += 1
            }
        }
        return out
    }

    // MARK: - Captions

    /// A caption paragraph next to a table or a figure becomes its caption (the block
    /// before it, or the one after); anywhere else it is a paragraph. Returns the index after.
    private func captioning(_ out: inout [Block], _ items: [OfficeBlock], _ index: Int, _ paragraph: OfficeParagraph) -> Int? {
        let caption = trimmed(paragraph.inlines)
        if let last = out.last, let captioned = Self.captioned(last, caption) {
            out[out.count - 1] = captioned
            return index + 1
        }
        guard index + 1 < items.count else { return nil }
        var next: Block?
        switch items[index + 1] {
        case .block(let block): next = block
        case .paragraph(let following): next = following.kind == .caption ? nil : block(following)
        }
        guard let next, let captioned = Self.captioned(next, caption) else { return nil }
        out.append(captioned)
        return index + 2
    }

    private static func captioned(_ block: Block, _ caption: [Inline]) -> Block? {
        switch block {
        case .table(var table) where table.caption.isEmpty:
            table.caption = caption
            return .table(table: table)
        case .figure(var figure) where figure.caption.isEmpty:
            figure.caption = caption
            if figure.image.alt.isEmpty { figure.image.alt = caption.plainText }
            return .figure(figure: figure)
        default:
            return nil
        }
    }

    // MARK: - Tables

    /// A cell's paragraphs as one run of inlines, broken between paragraphs.
    func cell(_ items: [OfficeBlock]) -> [Inline] {
        let paragraphs = blocks(items).map(\.inlinesForCell).filter { !$0.isEmpty }
        return Array(paragraphs.joined(separator: [.lineBreak]))
    }

    func table(header: [[[Inline]]], rows: [[[Inline]]]) -> Table {
        let columns = (header + rows).map(\.count).max() ?? 0
        return Table(alignments: Array(repeating: .default, count: columns), header: header, rows: rows)
    }

    // MARK: - Paragraphs

    private func block(_ paragraph: OfficeParagraph) -> Block? {
        let inlines = trimmed(paragraph.inlines)
        if isBlank(inlines) { return nil }
        if case .heading(let level) = paragraph.kind { return .heading(level: level, id: "", inlines: Self.unwrapped(inlines)) }
        if isSceneBreak(inlines) { return .sceneBreak }
        if inlines.count == 1, case .image(let image) = inlines[0] { return .figure(figure: Figure(image: image)) }
        if let lines = Self.verseLines(inlines) { return .verse(lines: lines) }
        // A source in parentheses after a quotation is a citation, as the HTML reader reads it.
        return .paragraph(inlines: CitationScanner.attach(inlines))
    }

    /// No text but spaces, and nothing else: a paragraph pressed for spacing.
    private func isBlank(_ inlines: [Inline]) -> Bool {
        inlines.allSatisfy {
            switch $0 {
            case .text(let text): return text.allSatisfy(\.isWhitespace)
            case .lineBreak: return true
            default: return false
            }
        }
    }

    /// A short line of symbols alone (`* * *`, `#`, `⁂`): the break between scenes.
    private func isSceneBreak(_ inlines: [Inline]) -> Bool {
        guard inlines.allSatisfy({ if case .text = $0 { return true } else { return false } }) else { return false }
        let marks = inlines.plainText.unicodeScalars.filter { !$0.properties.isWhitespace }
        return !marks.isEmpty && marks.count <= 7
            && marks.allSatisfy { !$0.properties.isAlphabetic && $0.properties.numericType == nil && $0 != "." && $0 != "…" }
    }

    /// Three or more short lines ended by manual line breaks: verse, an address, a list
    /// of names typed line by line, whose lines must be kept.
    static func verseLines(_ inlines: [Inline]) -> [[Inline]]? {
        guard inlines.filter({ $0 == .lineBreak }).count >= 2 else { return nil }
        let lines = inlines.split(separator: .lineBreak, omittingEmptySubsequences: false).map(Array.init)
        guard lines.allSatisfy({ !$0.isEmpty && $0.plainText.count <= 80 }) else { return nil }
        return lines.map { line in
            var line = line
            if case .text(let first)? = line.first { line[0] = .text(text: String(first.drop { $0 == " " })) }
            return line
        }
    }

    /// Paragraphs split at each double line break, with breaks at either end removed.
    private func split(_ items: [OfficeBlock]) -> [OfficeBlock] {
        var out: [OfficeBlock] = []
        for item in items {
            guard case .paragraph(let paragraph) = item, paragraph.inlines.contains(.lineBreak) else {
                out.append(item)
                continue
            }
            var parts: [[Inline]] = [[]]
            var breaks = 0
            for inline in paragraph.inlines {
                if inline == .lineBreak { breaks += 1; continue }
                if case .text(let text) = inline, text.allSatisfy({ $0 == " " }), breaks > 0 { continue }
                if breaks >= 2 { parts.append([]) } else if breaks == 1, !parts[parts.count - 1].isEmpty {
                    parts[parts.count - 1].append(.lineBreak)
                }
                breaks = 0
                parts[parts.count - 1].append(inline)
            }
            for (number, part) in parts.enumerated() where !part.isEmpty {
                var piece = paragraph
                piece.inlines = part
                if number > 0 { piece.pageBreakBefore = false }
                out.append(.paragraph(piece))
            }
            if parts.allSatisfy(\.isEmpty) { out.append(.paragraph(OfficeParagraph(kind: paragraph.kind, inlines: []))) }
        }
        return out
    }

    private func run(_ items: [OfficeBlock], from start: Int, while matches: (OfficeParagraph) -> Bool) -> Int {
        var end = start
        while end < items.count, let paragraph = items[end].paragraph, matches(paragraph) || isBlank(paragraph.inlines) && end > start {
            end += 1
        }
        // Blank paragraphs after the run are not part of it.
        while end > start + 1, let last = items[end - 1].paragraph, isBlank(last.inlines), !matches(last) { end -= 1 }
        return end
    }

    // MARK: - Quotes

    /// Neighbouring quote paragraphs as one quote; a last paragraph led by a dash (in the
    /// quote, or right after it and set to the right) is its attribution.
    private func readQuote(_ items: [OfficeBlock], from start: Int, into out: inout [Block]) -> Int {
        let kind = items[start].paragraph!.kind
        var end = run(items, from: start) { $0.kind == kind }
        var paragraphs = items[start..<end].compactMap(\.paragraph).filter { !isBlank($0.inlines) }
        var attribution: [Inline]?
        if let last = paragraphs.last, paragraphs.count > 1, let byline = Self.attribution(last.inlines) {
            attribution = byline
            paragraphs.removeLast()
        } else if end < items.count, let next = items[end].paragraph, next.kind == .body,
                  let byline = Self.attribution(next.inlines), next.alignment == .end || Self.isShortCredit(byline) {
            attribution = byline
            end += 1
        }
        let quote = BlockQuote(blocks: blocks(paragraphs.map { var body = $0; body.kind = .body; return .paragraph(body) }),
                               attribution: attribution, role: kind == .epigraph ? .epigraph : .plain)
        out.append(.blockQuote(quote: quote))
        return end
    }

    /// Italic lines opening a book or a chapter, then a credit led by a dash: an epigraph
    /// typed by hand, without a style. The italics were its typography, not emphasis.
    private func readEpigraph(_ items: [OfficeBlock], from start: Int, into out: inout [Block]) -> Int? {
        var lines: [OfficeParagraph] = []
        var index = start
        while index < items.count, let paragraph = items[index].paragraph, paragraph.kind == .body {
            if isBlank(paragraph.inlines) { index += 1; continue }
            guard Self.isWhollyItalic(paragraph.inlines) else { break }
            lines.append(paragraph)
            index += 1
        }
        while index < items.count, let paragraph = items[index].paragraph, isBlank(paragraph.inlines) { index += 1 }
        guard !lines.isEmpty, lines.count <= 6, index < items.count, let credit = items[index].paragraph, credit.kind == .body,
              let attribution = Self.attribution(trimmed(credit.inlines)),
              credit.alignment == .end || Self.isShortCredit(attribution) else { return nil }
        let blocks = lines.map { Block.paragraph(inlines: Self.unwrapped(trimmed($0.inlines))) }
        out.append(.blockQuote(quote: BlockQuote(blocks: blocks, attribution: attribution, role: .epigraph)))
        return index + 1
    }

    private static func isWhollyItalic(_ inlines: [Inline]) -> Bool {
        let visible = inlines.filter { if case .text(let text) = $0 { return !text.allSatisfy(\.isWhitespace) } else { return true } }
        if visible.count == 1, case .emphasis = visible[0] { return true }
        return false
    }

    /// A line set wholly in bold or italics (a title, a heading) without that formatting.
    static func unwrapped(_ inlines: [Inline]) -> [Inline] {
        guard inlines.count == 1 else { return inlines }
        switch inlines[0] {
        case .strong(let inner), .emphasis(let inner): return unwrapped(inner)
        default: return inlines
        }
    }

    /// The inlines after a leading dash ("— Mary Shelley"), if the paragraph starts with one.
    static func attribution(_ inlines: [Inline]) -> [Inline]? {
        guard case .text(let first)? = inlines.first else { return nil }
        let trimmed = first.drop { $0 == " " }
        let dashes: Set<Character> = ["\u{2014}", "\u{2013}", "\u{2015}"]
        var rest: Substring
        if let dash = trimmed.first, dashes.contains(dash) {
            rest = trimmed.dropFirst()
        } else if trimmed.hasPrefix("--") {
            rest = trimmed.dropFirst(2)
        } else {
            return nil
        }
        rest = rest.drop(while: \.isWhitespace)
        var result = inlines
        if rest.isEmpty { result.removeFirst() } else { result[0] = .text(text: String(rest)) }
        return result.isEmpty || result.plainText.count > 200 ? nil : result
    }

    /// A credit line rather than a sentence of dialogue: a few words, no question or
    /// exclamation, no quotation marks.
    static func isShortCredit(_ inlines: [Inline]) -> Bool {
        let text = inlines.plainText
        let words = text.split(whereSeparator: \.isWhitespace).count
        return words <= 10 && !text.contains { "?!\"\u{201C}\u{201D}\u{AB}\u{BB}".contains($0) }
    }

    // MARK: - Lists

    /// Items from `level` down, deeper items nested in the item before them.
    private func list(_ paragraphs: [OfficeParagraph], level: Int) -> Block {
        let first = paragraphs.first { $0.listLevel == level }?.listItem
        var items: [[Block]] = []
        var index = 0
        while index < paragraphs.count {
            let paragraph = paragraphs[index]
            if paragraph.listLevel > level {
                var end = index
                while end < paragraphs.count, paragraphs[end].listLevel > level { end += 1 }
                let nested = list(Array(paragraphs[index..<end]), level: paragraphs[index].listLevel)
                if items.isEmpty { items.append([]) }
                items[items.count - 1].append(nested)
                index = end
                continue
            }
            var body = paragraph
            body.kind = .body
            items.append(block(body).map { [$0] } ?? [])
            index += 1
        }
        return .list(list: ListBlock(ordered: first?.ordered ?? false, start: first?.start ?? 1, items: items,
                                     tight: items.allSatisfy { $0.count <= 2 }))
    }

    /// Terms and their definitions as a bulleted list, each term in bold, as the DocBook
    /// reader reads a variablelist: the tree has no definition list.
    private func definitions(_ paragraphs: [OfficeParagraph]) -> Block {
        context.warn("\(format): a definition list was read as a bulleted list with its terms in bold")
        var items: [[Block]] = []
        for paragraph in paragraphs where !isBlank(paragraph.inlines) {
            if paragraph.kind == .term {
                items.append([.paragraph(inlines: [.strong(inlines: Self.unwrapped(trimmed(paragraph.inlines)))])])
            } else {
                var body = paragraph
                body.kind = .body
                if items.isEmpty { items.append([]) }
                if let block = block(body) { items[items.count - 1].append(block) }
            }
        }
        return .list(list: ListBlock(ordered: false, items: items, tight: false))
    }

    // MARK: - Front matter

    /// Paragraphs styled as title, subtitle, author, date or abstract (the first title and
    /// subtitle; every author).
    private func takeFrontMatter(_ items: [OfficeBlock], into front: inout Metadata) -> [OfficeBlock] {
        var rest: [OfficeBlock] = []
        for item in items {
            guard let paragraph = item.paragraph else { rest.append(item); continue }
            let text = paragraph.inlines
            switch paragraph.kind {
            case .title where front.title.isEmpty: front.title = Self.unwrapped(trimmed(text))
            case .subtitle where front.subtitle.isEmpty: front.subtitle = Self.unwrapped(trimmed(text))
            case .author: if !isBlank(text) { front.authors.append(text.plainText.trimmingSpaces) }
            case .date where front.date == nil: front.date = text.plainText.trimmingSpaces
            case .abstract: front.abstract += blocks([.paragraph(OfficeParagraph(kind: .body, inlines: text))])
            default: rest.append(item)
            }
        }
        return rest
    }

    /// A manuscript's title page without styles: centred lines before the first page break,
    /// the first the title, a line starting with a byline word ("by …") the author, and
    /// another centred line before it the subtitle.
    private func takeTitlePage(_ items: [OfficeBlock], into front: inout Metadata) -> [OfficeBlock] {
        guard let breakIndex = items.firstIndex(where: { $0.paragraph?.pageBreakBefore == true }), breakIndex > 0 else { return items }
        let lines = items[..<breakIndex].compactMap(\.paragraph)
        let page = lines.filter { !isBlank($0.inlines) }
        guard lines.count == breakIndex, (1...6).contains(page.count),
              page.allSatisfy({ $0.alignment == .center && $0.kind == .body }) else { return items }
        front.title = Self.unwrapped(trimmed(page[0].inlines))
        var left: [String] = []
        for line in page.dropFirst() {
            if let author = Self.byline(line.inlines.plainText) {
                front.authors.append(author)
            } else if front.subtitle.isEmpty && front.authors.isEmpty {
                front.subtitle = Self.unwrapped(trimmed(line.inlines))
            } else {
                left.append(line.inlines.plainText)
            }
        }
        if !left.isEmpty {
            context.warn("\(format): title-page lines that are not title, subtitle or author were left out: \(left.joined(separator: "; "))")
        }
        return Array(items[breakIndex...])
    }

    /// "by Mary Shelley" → "Mary Shelley", in the languages the plain-text reader knows.
    static func byline(_ text: String) -> String? {
        let line = text.trimmingSpaces
        for word in ["by ", "von ", "par ", "por ", "di ", "door "] where line.lowercased().hasPrefix(word) {
            let name = line.dropFirst(word.count).trimmingSpaces
            return name.isEmpty ? nil : name
        }
        return nil
    }

    /// A heading alone at the top level, above every other heading (or the only one, at the
    /// head of the text), titles the document: a web page or an export opened in a word
    /// processor. The other headings move up a level.
    private func takeLoneTopHeading(_ items: [OfficeBlock], into front: inout Metadata) -> [OfficeBlock] {
        let visible = items.filter { $0.paragraph.map { !isBlank($0.inlines) } ?? true }
        let levels = visible.compactMap { item -> Int? in
            if case .heading(let level)? = item.paragraph?.kind { return level } else { return nil }
        }
        let firstHeading = visible.firstIndex { $0.paragraph?.kind.isHeading == true } ?? visible.count
        guard let top = levels.first, levels.filter({ $0 <= top }).count == 1, levels.count > 1 || firstHeading < 3 else { return items }
        var rest: [OfficeBlock] = []
        for item in items {
            guard var paragraph = item.paragraph, case .heading(let level) = paragraph.kind else { rest.append(item); continue }
            if level == top, front.title.isEmpty {
                front.title = Self.unwrapped(trimmed(paragraph.inlines))
                continue
            }
            paragraph.kind = .heading(level: max(1, level - top))
            rest.append(.paragraph(paragraph))
        }
        return rest
    }

    private func trimmed(_ inlines: [Inline]) -> [Inline] {
        var result = inlines
        if case .text(let first)? = result.first { result[0] = .text(text: String(first.drop { $0 == " " })) }
        if case .text(let last)? = result.last {
            var kept = Substring(last)
            while let end = kept.last, end.isWhitespace { kept = kept.dropLast() }
            result[result.count - 1] = .text(text: String(kept))
        }
        return result.filter { $0 != .text(text: "") }
    }
}

extension OfficeBlock {
    var paragraph: OfficeParagraph? {
        if case .paragraph(let paragraph) = self { return paragraph }
        return nil
    }
}

extension OfficeParagraph {
    var listItem: OfficeListItem? {
        if case .listItem(let item) = kind { return item }
        return nil
    }

    var listLevel: Int { listItem?.level ?? 0 }
}

extension StringProtocol {
    var trimmingSpaces: String {
        var text = Substring(self)
        while let first = text.first, first.isWhitespace { text = text.dropFirst() }
        while let last = text.last, last.isWhitespace { text = text.dropLast() }
        return String(text)
    }
}
