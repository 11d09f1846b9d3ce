import QuireXML

/// `styles.xml` and `numbering.xml` resolved once: for each paragraph style the kind its
/// name (or an ancestor's, through `basedOn`) gives it and its outline level; for each
/// character style its emphasis; for each list its numbering format and start.
struct DOCXStyles {
    private struct Style {
        var name = ""
        var basedOn: String?
        var outlineLevel: Int?
        var format = OfficeFormat()
        var numbering: (list: String, level: Int)?
        var monospace = false
        var inset = false
    }

    private var styles: [String: Style] = [:]
    /// numId → abstractNumId, and start overrides per numId and level.
    private var numbers: [String: String] = [:]
    private var startOverrides: [String: [Int: Int]] = [:]
    /// abstractNumId → level → (ordered, start).
    private var abstracts: [String: [Int: (ordered: Bool, start: Int)]] = [:]
    /// The document's default paragraph style (`w:default="1"`).
    private(set) var defaultParagraphStyle: String?

    init(styles: XMLNode?, numbering: XMLNode?) {
        if let styles { readStyles(styles) }
        if let numbering { readNumbering(numbering) }
    }

    // MARK: - Questions

    /// What a paragraph of style `id` is: the first ancestor whose name or outline level says.
    func kind(ofParagraphStyle id: String?) -> OfficeParagraph.Kind? {
        // A style used but never defined still says what it is by its id ("Heading2", "Title").
        if let id, styles[id] == nil { return OfficeStyleName.kind(of: id) }
        var seen = Set<String>()
        var current = id ?? defaultParagraphStyle
        while let key = current, seen.insert(key).inserted, let style = styles[key] {
            if let kind = OfficeStyleName.kind(of: style.name) { return kind }
            if let level = style.outlineLevel, level < 9 { return .heading(level: level + 1) }
            if style.monospace { return .preformatted }
            if style.inset { return .quote }
            current = style.basedOn
        }
        return nil
    }

    /// The list a paragraph style puts its paragraphs in (Word's "List Bullet").
    func numbering(ofParagraphStyle id: String?) -> (list: String, level: Int)? {
        var seen = Set<String>()
        var current = id
        while let key = current, seen.insert(key).inserted, let style = styles[key] {
            if let numbering = style.numbering { return numbering }
            current = style.basedOn
        }
        return nil
    }

    /// The emphasis a character style gives, by its name or its own bold and italic.
    func format(ofCharacterStyle id: String) -> OfficeFormat {
        var seen = Set<String>()
        var current: String? = id
        var format = OfficeFormat()
        while let key = current, seen.insert(key).inserted, let style = styles[key] {
            let named = OfficeStyleName.characterFormat(of: style.name)
            format.italic = format.italic || named.italic || style.format.italic
            format.bold = format.bold || named.bold || style.format.bold
            format.code = format.code || named.code || style.monospace
            current = style.basedOn
        }
        return format
    }

    /// A list item for numbering `list` at `level`, or nil for numId 0 ("no list").
    func listItem(list: String, level: Int) -> OfficeListItem? {
        guard list != "0", let abstract = numbers[list] else { return nil }
        let definition = abstracts[abstract]?[level]
        let start = startOverrides[list]?[level] ?? definition?.start ?? 1
        return OfficeListItem(list: list, level: level, ordered: definition?.ordered ?? false, start: start)
    }

    // MARK: - Reading

    private mutating func readStyles(_ root: XMLNode) {
        for node in root.elements where node.name == "style" {
            guard let id = node.wordAttribute("styleId") else { continue }
            var style = Style()
            for child in node.elements {
                switch child.name {
                case "name": style.name = child.wordAttribute("val") ?? ""
                case "basedOn": style.basedOn = child.wordAttribute("val")
                case "pPr":
                    style.inset = child.element("ind").map(DOCXStyles.isInset) ?? false
                    if let level = child.element("outlineLvl")?.wordAttribute("val").flatMap({ Int($0) }) { style.outlineLevel = level }
                    if let numPr = child.element("numPr"), let list = numPr.element("numId")?.wordAttribute("val") {
                        style.numbering = (list, numPr.element("ilvl")?.wordAttribute("val").flatMap { Int($0) } ?? 0)
                    }
                case "rPr":
                    style.format.italic = child.element("i")?.isOn ?? false
                    style.format.bold = child.element("b")?.isOn ?? false
                    style.monospace = child.element("rFonts")?.wordAttribute("ascii").map(DOCXStyles.isMonospace) ?? false
                default: break
                }
            }
            styles[id] = style
            if node.wordAttribute("type") == "paragraph", node.wordAttribute("default").map({ $0 == "1" || $0 == "true" }) == true {
                defaultParagraphStyle = id
            }
        }
    }

    private mutating func readNumbering(_ root: XMLNode) {
        for node in root.elements {
            switch node.name {
            case "abstractNum":
                guard let id = node.wordAttribute("abstractNumId") else { continue }
                var levels: [Int: (ordered: Bool, start: Int)] = [:]
                for level in node.elements where level.name == "lvl" {
                    guard let number = level.wordAttribute("ilvl").flatMap({ Int($0) }) else { continue }
                    let format = level.element("numFmt")?.wordAttribute("val") ?? "decimal"
                    let start = level.element("start")?.wordAttribute("val").flatMap { Int($0) } ?? 1
                    levels[number] = (format != "bullet" && format != "none", start)
                }
                abstracts[id] = levels
            case "num":
                guard let id = node.wordAttribute("numId"), let abstract = node.element("abstractNumId")?.wordAttribute("val") else { continue }
                numbers[id] = abstract
                for override in node.elements where override.name == "lvlOverride" {
                    if let level = override.wordAttribute("ilvl").flatMap({ Int($0) }),
                       let start = override.element("startOverride")?.wordAttribute("val").flatMap({ Int($0) }) {
                        startOverrides[id, default: [:]][level] = start
                    }
                }
            default: break
            }
        }
    }

    /// Indented from both margins, as block quotes are set (a quarter inch is 360 twips).
    static func isInset(_ indent: XMLNode) -> Bool {
        func twips(_ names: String...) -> Int { names.lazy.compactMap { indent.wordAttribute($0).flatMap { Int($0) } }.first ?? 0 }
        return twips("left", "start") >= 360 && twips("right", "end") >= 360
    }

    /// Fonts that make a style a code style (families of fixed-width type).
    static func isMonospace(_ font: String) -> Bool {
        let lower = font.lowercased()
        return ["courier", "mono", "consolas", "menlo", "monaco", "typewriter", "fixed"].contains { lower.contains($0) }
    }
}

extension XMLNode {
    /// A WordprocessingML attribute (`w:val`), in the element's own namespace, so that
    /// Transitional and Strict documents read alike.
    func wordAttribute(_ name: String) -> String? {
        attribute(name, namespace: namespace)
    }

    /// The first child element called `name`.
    func element(_ name: String) -> XMLNode? {
        var child = firstChild
        while let node = child {
            if node.kind == .element, node.name == name { return node }
            child = node.nextSibling
        }
        return nil
    }

    /// An on/off property (`<w:b/>`, `<w:i w:val="false"/>`).
    var isOn: Bool {
        guard let value = wordAttribute("val") else { return true }
        return !(value == "0" || value == "false" || value == "off" || value == "none")
    }
}
