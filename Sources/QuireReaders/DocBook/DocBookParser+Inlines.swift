import QuireModel
import QuireXML

// Inline elements into Inlines. Text is taken as it is; `InlineWhitespace` then
// removes only the whitespace that pretty-printing added.

extension DocBookParser {
    static let codeElements: Set<String> = [
        "code", "literal", "command", "filename", "userinput", "computeroutput", "varname", "function",
        "classname", "option", "envar", "systemitem", "constant", "parameter", "property", "tag", "markup",
        "prompt", "keycap", "methodname", "type", "uri", "returnvalue", "exceptionname", "interfacename",
        "sgmltag",  // DocBook 4's name for tag
    ]
    static let emphasisElements: Set<String> = ["foreignphrase", "wordasword", "firstterm", "glossterm"]
    static let skippedInlines: Set<String> = ["indexterm", "anchor", "remark", "annotation", "alt", "footnoteref"]

    /// The element's inline content with pretty-printing whitespace removed.
    func inlines(of node: XMLNode) -> [Inline] {
        InlineWhitespace.normalize(rawInlines(of: node))
    }

    func rawInlines(of node: XMLNode) -> [Inline] {
        rawInlines(of: node.children)
    }

    func rawInlines<S: Sequence>(of nodes: S) -> [Inline] where S.Element == XMLNode {
        var out: [Inline] = []
        for node in nodes { readInline(node, into: &out) }
        return out
    }

    private func readInline(_ node: XMLNode, into out: inout [Inline]) {
        switch node.kind {
        case .text:
            appendText(node.content, into: &out)
        case .processingInstruction:
            if node.name == DocBookVocabulary.lineBreakPI { out.append(.lineBreak) }
        case .entityReference:
            warn("the entity &\(node.name); is declared only in a DTD, which Quire does not load; it was kept as written")
            appendText("&\(node.name);", into: &out)
        case .element:
            readInlineElement(node, into: &out)
        case .other:
            break
        }
    }

    /// Appends `inlines`, joining a leading text onto a text that ends `out`.
    func append(_ inlines: [Inline], to out: inout [Inline]) {
        for inline in inlines {
            if case .text(let text) = inline { appendText(text, into: &out) } else { out.append(inline) }
        }
    }

    private func appendText(_ text: String, into out: inout [Inline]) {
        if case .text(let previous)? = out.last {
            out[out.count - 1] = .text(text: previous + text)
        } else {
            out.append(.text(text: text))
        }
    }

    private func readInlineElement(_ node: XMLNode, into out: inout [Inline]) {
        let name = node.name
        let role = node.attribute("role")
        switch name {
        case "emphasis":
            let content = rawInlines(of: node)
            out.append(role == Role.strong || role == "bold" ? .strong(inlines: content) : .emphasis(inlines: content))
        case "quote":
            out.append(.quoted(kind: role == Role.singleQuote ? .single : .double, inlines: rawInlines(of: node), citation: nil))
        case "phrase":
            readPhrase(node, role: role, into: &out)
        case "citation":
            out.append(.citation(citation: readCitation(node)))
        case "citetitle":
            out.append(.workTitle(inlines: rawInlines(of: node)))
        case "link", "ulink":
            let url = node.attribute("href", namespace: DocBookVocabulary.xlinkNamespace)
                ?? node.attribute("url")
                ?? node.attribute("linkend").map { "#" + $0 } ?? ""
            let title = node.attribute("title", namespace: DocBookVocabulary.xlinkNamespace)
            out.append(.link(url: url, title: title, inlines: rawInlines(of: node)))
        case "xref":
            out.append(.link(url: "#" + (node.attribute("linkend") ?? ""), title: nil, inlines: []))
        case "email":
            let address = node.textContent
            out.append(.link(url: "mailto:" + address, title: nil, inlines: [.text(text: address)]))
        case "footnote":
            out.append(.note(blocks: childBlocks(node)))
        case _ where DocBookParser.codeElements.contains(name):
            out.append(.code(text: node.textContent))
        case _ where DocBookParser.emphasisElements.contains(name):
            out.append(.emphasis(inlines: rawInlines(of: node)))
        case _ where DocBookParser.skippedInlines.contains(name):
            break
        case "inlinemediaobject":
            if let image = readImage(node) { out.append(.image(image: image)) }
        default:
            // superscript, acronym, personname and the like: their text, without the markup.
            for child in node.children { readInline(child, into: &out) }
        }
    }

    /// Phrases with the writer's roles (cited quotes, attribution stand-ins); other phrases are transparent.
    private func readPhrase(_ node: XMLNode, role: String?, into out: inout [Inline]) {
        switch role {
        case Role.citedQuote?:
            let elements = node.elements
            if let quote = elements.first(where: { $0.name == "quote" }),
               let citation = elements.first(where: { $0.name == "citation" }) {
                out.append(.quoted(kind: quote.attribute("role") == Role.singleQuote ? .single : .double,
                                   inlines: rawInlines(of: quote), citation: readCitation(citation)))
                return
            }
            for child in node.children { readInline(child, into: &out) }
        case Role.emphasis?:
            out.append(.emphasis(inlines: rawInlines(of: node)))
        case Role.strong?:
            out.append(.strong(inlines: rawInlines(of: node)))
        case Role.code?:
            out.append(.code(text: node.textContent))
        case Role.quote?:
            out.append(.quoted(kind: .double, inlines: rawInlines(of: node), citation: nil))
        case Role.singleQuotePhrase?:
            out.append(.quoted(kind: .single, inlines: rawInlines(of: node), citation: nil))
        case Role.workTitle?:
            out.append(.workTitle(inlines: rawInlines(of: node)))
        case Role.citation?:
            out.append(.citation(citation: readCitation(node)))
        default:
            for child in node.children { readInline(child, into: &out) }
        }
    }

    /// A `<citation>`: its text as written, the title from `<citetitle>`, year and locator
    /// from the writer's phrases.
    func readCitation(_ node: XMLNode) -> Citation {
        var citation = Citation(text: node.textContent)
        for child in node.elements {
            switch (child.name, child.attribute("role")) {
            case ("citetitle", _), ("phrase", Role.workTitle?):
                if citation.title == nil { citation.title = child.textContent }
            case ("phrase", Role.year?): citation.year = child.textContent
            case ("phrase", Role.locator?): citation.locator = child.textContent
            default: break
            }
        }
        return citation
    }
}
