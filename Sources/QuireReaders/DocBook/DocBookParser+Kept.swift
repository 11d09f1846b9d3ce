import QuireModel
import QuireXML

// Elements the tree has no node for, kept by their text in the nearest shape it has:
// a reference page's synopsis as preformatted text, glossary and bibliography entries
// as lists, questions and answers as paragraphs. Each kind is named once in a warning.

extension DocBookParser {
    static let synopses: Set<String> = [
        "cmdsynopsis", "funcsynopsis", "classsynopsis", "fieldsynopsis", "methodsynopsis",
        "constructorsynopsis", "destructorsynopsis",
    ]
    /// Entries that a run of siblings turns into one list.
    static let entryElements: Set<String> = ["glossentry", "biblioentry", "bibliomixed"]
    /// Elements read here, by `readKept`.
    static let keptElements: Set<String> = synopses.union([
        "glosslist", "bibliolist", "refnamediv", "refsynopsisdiv", "partintro", "qandaset", "qandaentry",
        "segmentedlist",
    ])

    func readKept(_ node: XMLNode, into blocks: inout [Block]) {
        let name = node.name
        if DocBookParser.synopses.contains(name) {
            warn("<\(name)> has no place in Quire's tree; it was kept as preformatted text")
            blocks.append(.preformatted(text: synopsis(node)))
            return
        }
        switch name {
        case "glosslist", "bibliolist":
            readChildBlocks(node, into: &blocks, skipping: ["title"])
        case "refnamediv":
            // "grep, egrep — print lines that match patterns", as a manual page shows it.
            var line: [Inline] = []
            for refname in node.elements where refname.name == "refname" {
                if !line.isEmpty { append([.text(text: ", ")], to: &line) }
                append(inlines(of: refname), to: &line)
            }
            if let purpose = node.elements.first(where: { $0.name == "refpurpose" }) {
                append([.text(text: " \u{2014} ")] + inlines(of: purpose), to: &line)
            }
            if !line.isEmpty { blocks.append(.paragraph(inlines: line)) }
        case "refsynopsisdiv", "partintro":
            if let title = node.elements.first(where: { $0.name == "title" }) {
                blocks.append(.heading(level: sectionDepth + 1, id: headingID(node), inlines: inlines(of: title)))
            }
            readChildBlocks(node, into: &blocks, skipping: ["title", "titleabbrev"])
        case "qandaset", "qandaentry":
            readQuestions(node, into: &blocks)
        case "segmentedlist":
            readSegmentedList(node, into: &blocks)
        default:
            break
        }
    }

    /// Glossary entries (term in bold, then its definition) or bibliography entries (one
    /// paragraph each), as one bulleted list.
    func readEntries(_ entries: [XMLNode], into blocks: inout [Block]) {
        var items: [[Block]] = []
        for entry in entries {
            switch entry.name {
            case "glossentry":
                warn("<glossentry> has no place in Quire's tree; glossary entries were read as a list, each term in bold")
                var item: [Block] = []
                for child in entry.elements {
                    switch child.name {
                    case "glossterm": item.append(.paragraph(inlines: [.strong(inlines: inlines(of: child))]))
                    case "glossdef": item += childBlocks(child)
                    case "glosssee", "glossseealso": item.append(.paragraph(inlines: inlines(of: child)))
                    default: break
                    }
                }
                items.append(item)
            case "bibliomixed":
                warn("<bibliomixed> has no place in Quire's tree; bibliography entries were read as a list")
                items.append([.paragraph(inlines: inlines(of: entry))])
            default:
                // A biblioentry's parts carry no punctuation of their own.
                warn("<biblioentry> has no place in Quire's tree; bibliography entries were read as a list, their parts joined by commas")
                let parts = entry.elements.map(bibliographyPart).filter { !$0.isEmpty }
                items.append([.paragraph(inlines: [.text(text: parts.joined(separator: ", "))])])
            }
        }
        blocks.append(.list(list: ListBlock(ordered: false, items: items, tight: false)))
    }

    private func bibliographyPart(_ node: XMLNode) -> String {
        switch node.name {
        case "author", "editor", "othercredit": return personName(node)
        case "authorgroup": return node.elements.map(personName).joined(separator: ", ")
        default: return plainText(node)
        }
    }

    /// Questions and answers: each question's first paragraph in bold, then the answer.
    private func readQuestions(_ node: XMLNode, into blocks: inout [Block]) {
        warn("<qandaset> has no place in Quire's tree; its questions were read as paragraphs in bold")
        for child in node.elements {
            switch child.name {
            case "qandaentry", "qandaset":
                readQuestions(child, into: &blocks)
            case "qandadiv":
                readSection(child, into: &blocks)
            case "question":
                var question = childBlocks(child, skipping: ["label"])
                if case .paragraph(let first)? = question.first { question[0] = .paragraph(inlines: [.strong(inlines: first)]) }
                blocks += question
            case "answer":
                readChildBlocks(child, into: &blocks, skipping: ["label"])
            case "title", "titleabbrev", "info", "blockinfo":
                break
            default:
                readBlock(child, into: &blocks)
            }
        }
    }

    /// Each item of a segmented list as one line: "Capital: Paris; Population: 2 million".
    private func readSegmentedList(_ node: XMLNode, into blocks: inout [Block]) {
        warn("<segmentedlist> has no place in Quire's tree; each item was read as one line of titled segments")
        let titles = node.elements.filter { $0.name == "segtitle" }.map(inlines(of:))
        var items: [[Block]] = []
        for item in node.elements where item.name == "seglistitem" {
            var line: [Inline] = []
            for (index, segment) in item.elements.filter({ $0.name == "seg" }).enumerated() {
                if !line.isEmpty { append([.text(text: "; ")], to: &line) }
                if index < titles.count, !titles[index].isEmpty { append(titles[index] + [.text(text: ": ")], to: &line) }
                append(inlines(of: segment), to: &line)
            }
            items.append([.paragraph(inlines: line)])
        }
        blocks.append(.list(list: ListBlock(ordered: false, items: items, tight: true)))
    }

    // MARK: - Synopses

    /// A synopsis as a manual page prints it: `ls [-l] file...`, `int max(int a, int b);`.
    func synopsis(_ node: XMLNode) -> String {
        switch node.name {
        case "funcprototype":
            let definition = node.elements.first { $0.name == "funcdef" }.map(plainText) ?? ""
            let parameters = node.elements.compactMap { child -> String? in
                switch child.name {
                case "paramdef": return plainText(child)
                case "void": return "void"
                case "varargs": return "..."
                default: return nil
                }
            }
            return definition + "(" + parameters.joined(separator: ", ") + ");"
        case "funcsynopsisinfo", "classsynopsisinfo":
            return String(node.textContent.drop { $0 == "\n" }.reversed().drop { $0 == "\n" || $0 == " " }.reversed())
        case "sbr":
            return "\n"
        case "arg", "group":
            let inner = synopsisParts(node).joined(separator: node.name == "group" ? " | " : " ")
            let (open, close) = switch node.attribute("choice") ?? (node.name == "arg" ? "opt" : "req") {
            case "plain": ("", "")
            case "req": ("{", "}")
            default: ("[", "]")
            }
            return open + inner + close + (node.attribute("rep") == "repeat" ? "..." : "")
        default:
            let parts = synopsisParts(node)
            if parts.isEmpty { return plainText(node) }
            return parts.joined(separator: node.name == "funcsynopsis" ? "\n" : " ")
        }
    }

    /// The pieces of a synopsis element: its child elements each as a synopsis, its own words.
    private func synopsisParts(_ node: XMLNode) -> [String] {
        guard node.elements.contains(where: { DocBookParser.synopsisStructure.contains($0.name) }) else {
            let text = plainText(node)
            return text.isEmpty ? [] : [text]
        }
        var parts: [String] = []
        for child in node.children {
            switch child.kind {
            case .element:
                let part = synopsis(child)
                if !part.isEmpty { parts.append(part) }
            case .text:
                let words = InlineWhitespace.normalize([.text(text: child.content)]).plainText
                if !words.isEmpty { parts.append(words) }
            case .processingInstruction, .entityReference, .other:
                break
            }
        }
        return parts
    }

    /// Elements that give a synopsis its shape (the rest are read as their words).
    static let synopsisStructure: Set<String> = [
        "arg", "group", "sbr", "funcprototype", "funcsynopsisinfo", "classsynopsisinfo", "command",
        "replaceable", "option", "methodname", "methodparam", "modifier", "type", "ooclass", "fieldsynopsis",
        "methodsynopsis", "constructorsynopsis", "destructorsynopsis", "classname", "varname", "initializer",
    ]
}
