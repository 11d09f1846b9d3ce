import QuireModel
import QuireXML

// Block elements into Blocks: the writer's mapping backwards, then the common
// elements of other tools' DocBook.

extension DocBookParser {
    static let verbatim: Set<String> = ["programlisting", "screen", "synopsis", "address", "funcsynopsisinfo", "classsynopsisinfo"]
    static let containers: Set<String> = ["sidebar", "note", "tip", "important", "caution", "warning", "example", "informalexample", "task", "annotation"]
    /// Elements that are blocks even when they turn up inside a paragraph.
    static let blockElements: Set<String> = verbatim.union(containers).union([
        "para", "simpara", "formalpara", "blockquote", "epigraph", "itemizedlist", "orderedlist", "simplelist",
        "variablelist", "procedure", "literallayout", "bridgehead", "figure", "informalfigure", "mediaobject",
        "table", "informaltable", "equation", "informalequation", "qandaset", "segmentedlist", "calloutlist",
    ])

    func readBlock(_ node: XMLNode, into blocks: inout [Block]) {
        let name = node.name
        if DocBookParser.sectioning.contains(name) {
            readSection(node, into: &blocks)
            return
        }
        if node.attribute("remap") == Remap.division {
            blocks.append(.division(division: readDivision(node, classes: nil)))
            return
        }
        switch name {
        case "para", "simpara":
            readParagraph(node, into: &blocks)
        case "formalpara":
            var inner: [Block] = []
            for child in node.elements where child.name == "para" { readParagraph(child, into: &inner) }
            let title = node.elements.first { $0.name == "title" }.map(inlines(of:)) ?? []
            if case .paragraph(let rest)? = inner.first, !title.isEmpty {
                inner[0] = .paragraph(inlines: [.strong(inlines: title), .text(text: " ")] + rest)
            }
            blocks += inner
        case "bridgehead":
            let level = node.attribute("remap").flatMap(Remap.headingLevel)
                ?? node.attribute("renderas").flatMap { $0.hasPrefix("sect") ? Int($0.dropFirst(4)) : nil }
                ?? sectionDepth + 1
            blocks.append(.heading(level: level, id: headingID(node),
                                   inlines: inlines(of: node)))
        case "blockquote", "epigraph":
            blocks.append(.blockQuote(quote: readQuote(node)))
        case "itemizedlist", "orderedlist", "procedure", "simplelist", "variablelist", "calloutlist":
            readList(node, into: &blocks)
        case "literallayout":
            if node.attribute("class") == "monospaced" {
                blocks.append(.preformatted(text: node.textContent))
            } else {
                let content = rawInlines(of: node)
                blocks.append(.verse(lines: content.isEmpty ? [] : InlineWhitespace.splitLines(content)))
            }
        case _ where DocBookParser.verbatim.contains(name):
            // Tools put the tags on lines of their own (pandoc does); that line feed is layout.
            var text = Substring(node.textContent)
            if text.hasPrefix("\n") { text = text.dropFirst() }
            if text.hasSuffix("\n") { text = text.dropLast() }
            blocks.append(.preformatted(text: String(text)))
        case _ where DocBookParser.containers.contains(name):
            blocks.append(.division(division: readDivision(node, classes: [name])))
        case "anchor", "indexterm", "remark":
            break
        case "figure", "informalfigure", "mediaobject":
            if let figure = readFigure(node) { blocks.append(.figure(figure: figure)) }
        case "table", "informaltable":
            blocks.append(.table(table: readTable(node)))
        case _ where DocBookParser.keptElements.contains(name):
            readKept(node, into: &blocks)
        case "equation", "informalequation":
            warn("<\(name)> has no place in Quire's tree; only its text was kept")
            let text = plainText(node)
            if !text.isEmpty { blocks.append(.paragraph(inlines: [.text(text: text)])) }
        default:
            warn("<\(name)> is not read by Quire's DocBook reader; its content was kept as plain blocks")
            if node.elements.contains(where: { DocBookParser.blockElements.contains($0.name) }) {
                readChildBlocks(node, into: &blocks, skipping: ["title", "info"])
            } else {
                let content = inlines(of: node)
                if !content.isEmpty { blocks.append(.paragraph(inlines: content)) }
            }
        }
    }

    /// A paragraph; DocBook lets lists and quotes sit inside one, so those split it.
    private func readParagraph(_ node: XMLNode, into blocks: inout [Block]) {
        let role = node.attribute("role")
        if role == Role.sceneBreak { blocks.append(.sceneBreak); return }
        let children = Array(node.children)
        if role == Role.empty && children.isEmpty { return }
        if children.count == 1, children[0].kind == .processingInstruction, children[0].name == DocBookVocabulary.sceneBreakPI {
            blocks.append(.sceneBreak)
            return
        }
        guard children.contains(where: { $0.kind == .element && DocBookParser.blockElements.contains($0.name) }) else {
            blocks.append(.paragraph(inlines: inlines(of: node)))
            return
        }
        var run: [XMLNode] = []
        func flush() {
            let content = InlineWhitespace.normalize(rawInlines(of: run))
            if !content.isEmpty { blocks.append(.paragraph(inlines: content)) }
            run = []
        }
        for child in children {
            if child.kind == .element && DocBookParser.blockElements.contains(child.name) {
                flush()
                readBlock(child, into: &blocks)
            } else {
                run.append(child)
            }
        }
        flush()
    }

    private func readQuote(_ node: XMLNode) -> BlockQuote {
        var quote = BlockQuote(blocks: [])
        if node.name == "epigraph" {
            quote.role = .epigraph
        } else if let role = node.attribute("role").flatMap(BlockQuote.Role.init(rawValue:)) {
            quote.role = role
        }
        if let attribution = node.elements.first(where: { $0.name == "attribution" }) {
            readAttribution(attribution, into: &quote)
        }
        quote.blocks = childBlocks(node, skipping: ["attribution", "title", "info"])
        return quote
    }

    /// The writer's `<attribution>`: the attribution's inlines, ", ", then the work's `<citation>`.
    private func readAttribution(_ node: XMLNode, into quote: inout BlockQuote) {
        let children = Array(node.children)
        let sourceIndex = children.lastIndex {
            $0.kind == .element && $0.name == "citation" && $0.attribute("role") != Role.inlineCitation
        }
        guard let sourceIndex else {
            quote.attribution = inlines(of: node)
            return
        }
        quote.citation = readCitation(children[sourceIndex])
        if children[sourceIndex].attribute("role") == Role.alsoAttribution, let citation = quote.citation {
            quote.attribution = [.text(text: citation.text)]
            return
        }
        let before = Array(children[..<sourceIndex])
        if !before.isEmpty {
            var attribution = InlineWhitespace.normalize(rawInlines(of: before), trimEnd: false)
            if case .text(let last)? = attribution.last, last.hasSuffix(", ") {
                let rest = String(last.dropLast(2))
                if rest.isEmpty { attribution.removeLast() } else { attribution[attribution.count - 1] = .text(text: rest) }
            }
            quote.attribution = attribution
        }
    }

    private func readList(_ node: XMLNode, into blocks: inout [Block]) {
        let name = node.name
        var items: [[Block]] = []
        for child in node.elements where isDocBook(child) {
            switch child.name {
            case "listitem", "step", "callout":
                items.append(childBlocks(child))
            case "member":
                items.append([.paragraph(inlines: inlines(of: child))])
            case "varlistentry":
                var item: [Block] = []
                for term in child.elements where term.name == "term" {
                    item.append(.paragraph(inlines: [.strong(inlines: inlines(of: term))]))
                }
                for body in child.elements where body.name == "listitem" { item += childBlocks(body) }
                items.append(item)
            case "title", "info":
                break
            default:
                // Blocks before the items introduce the list.
                readBlock(child, into: &blocks)
            }
        }
        if name == "variablelist" { warn("a <variablelist> was read as a bulleted list with its terms in bold") }
        let ordered = name == "orderedlist" || name == "procedure" || name == "calloutlist"
        let start = node.attribute("startingnumber").flatMap { Int($0) } ?? 1
        let tight = node.attribute("spacing") == "compact"
        blocks.append(.list(list: ListBlock(ordered: ordered, start: ordered ? start : 1, items: items, tight: tight)))
    }

    /// A division: Quire's own (remap="div": classes in role, attributes in info), or an
    /// admonition, sidebar or example of another tool (its element name is its class).
    private func readDivision(_ node: XMLNode, classes: [String]?) -> Division {
        let roles = node.attribute("role").map { $0.split(separator: " ").map(String.init) } ?? []
        var division = Division(classes: (classes ?? []) + roles, blocks: [])
        for info in node.elements where info.name == "info" {
            for attribute in info.elements where attribute.namespace == DocBookVocabulary.quireNamespace {
                if let key = attribute.attribute("name") { division.attributes[key] = attribute.textContent }
            }
        }
        var blocks: [Block] = []
        if classes != nil, let title = node.elements.first(where: { $0.name == "title" }) {
            blocks.append(.heading(level: sectionDepth + 1, id: "", inlines: inlines(of: title)))
        }
        readChildBlocks(node, into: &blocks, skipping: ["title", "info"])
        division.blocks = blocks
        return division
    }
}
