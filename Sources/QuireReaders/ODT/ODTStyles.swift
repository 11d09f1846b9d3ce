import QuireXML

/// The named and automatic styles of an OpenDocument text (from `styles.xml` and
/// `content.xml`), resolved through their parents: what a paragraph style makes a
/// paragraph, how it is aligned, whether a page break comes before it, what a text
/// style's emphasis is, and how each list style numbers its levels.
struct ODTStyles {
    private struct Style {
        var displayName: String
        var parent: String?
        var outlineLevel: Int?
        var italic: Bool?
        var bold: Bool?
        var monospace = false
        var alignment: OfficeParagraph.Alignment?
        var breakBefore = false
        var inset = false
        var listStyle: String?
    }

    private var styles: [String: Style] = [:]
    /// List style → level (1-based) → (ordered, start).
    private var listStyles: [String: [Int: (ordered: Bool, start: Int)]] = [:]

    mutating func read(_ root: XMLNode) {
        for section in root.elements where section.name == "styles" || section.name == "automatic-styles" {
            for node in section.elements {
                switch node.name {
                case "style": readStyle(node)
                case "list-style": readListStyle(node)
                default: break
                }
            }
        }
    }

    // MARK: - Questions

    func kind(ofParagraphStyle name: String?) -> OfficeParagraph.Kind? {
        // A style used but never defined (pandoc's "Subtitle") still says what it is by name.
        if let name, styles[name] == nil { return OfficeStyleName.kind(of: name.replacingOccurrences(of: "_20_", with: " ")) }
        return first(name) { style in
            if let kind = OfficeStyleName.kind(of: style.displayName) { return kind }
            if let level = style.outlineLevel, level > 0 { return .heading(level: level) }
            if style.monospace { return .preformatted }
            return style.inset ? .quote : nil
        }
    }

    func alignment(ofParagraphStyle name: String?) -> OfficeParagraph.Alignment {
        first(name) { $0.alignment } ?? .start
    }

    func breaksPage(_ name: String?) -> Bool {
        first(name) { $0.breakBefore ? true : nil } ?? false
    }

    func listStyle(ofParagraphStyle name: String?) -> String? {
        first(name) { $0.listStyle }
    }

    func format(ofTextStyle name: String?) -> OfficeFormat {
        let named = first(name) { style -> OfficeFormat? in
            let format = OfficeStyleName.characterFormat(of: style.displayName)
            return format == OfficeFormat() ? nil : format
        } ?? OfficeFormat()
        var format = named
        format.italic = first(name) { $0.italic } ?? named.italic
        format.bold = first(name) { $0.bold } ?? named.bold
        format.code = named.code || (first(name) { $0.monospace ? true : nil } ?? false)
        return format
    }

    /// Level `level` (1-based) of list style `name`: ordered or not, and its start.
    func numbering(_ name: String?, level: Int) -> (ordered: Bool, start: Int) {
        guard let name, let levels = listStyles[name] else { return (false, 1) }
        return levels[level] ?? levels[levels.keys.filter { $0 <= level }.max() ?? 1] ?? (false, 1)
    }

    /// The first answer along the style's chain of parents.
    private func first<T>(_ name: String?, _ answer: (Style) -> T?) -> T? {
        var seen = Set<String>()
        var current = name
        while let key = current, seen.insert(key).inserted, let style = styles[key] {
            if let found = answer(style) { return found }
            current = style.parent
        }
        return nil
    }

    // MARK: - Reading

    private mutating func readStyle(_ node: XMLNode) {
        guard let name = node.odfAttribute("name") else { return }
        // Names encode spaces as _20_; the display name, when given, is the one people chose.
        var style = Style(displayName: node.odfAttribute("display-name") ?? name.replacingOccurrences(of: "_20_", with: " "),
                          parent: node.odfAttribute("parent-style-name"))
        style.outlineLevel = node.odfAttribute("default-outline-level").flatMap { Int($0) }
        style.listStyle = node.odfAttribute("list-style-name")
        for properties in node.elements {
            switch properties.name {
            case "text-properties":
                if let slant = properties.odfAttribute("font-style") { style.italic = slant == "italic" || slant == "oblique" }
                if let weight = properties.odfAttribute("font-weight") {
                    style.bold = weight == "bold" || (Int(weight) ?? 400) >= 600
                }
                let font = properties.odfAttribute("font-name") ?? properties.odfAttribute("font-family") ?? ""
                style.monospace = DOCXStyles.isMonospace(font)
            case "paragraph-properties":
                switch properties.odfAttribute("text-align") {
                case "center"?: style.alignment = .center
                case "end"?, "right"?: style.alignment = .end
                case "start"?, "left"?, "justify"?: style.alignment = .start
                default: break
                }
                style.breakBefore = properties.odfAttribute("break-before") == "page"
                let left = properties.odfAttribute("margin-left").map(ODTStyles.inches) ?? 0
                let right = properties.odfAttribute("margin-right").map(ODTStyles.inches) ?? 0
                style.inset = left >= 0.25 && right >= 0.25
            default: break
            }
        }
        styles[name] = style
    }

    /// An ODF length ("0.3937in", "1cm", "12pt") in inches.
    static func inches(_ length: String) -> Double {
        let units: [(String, Double)] = [("in", 1), ("cm", 1 / 2.54), ("mm", 1 / 25.4), ("pt", 1.0 / 72), ("pc", 1.0 / 6), ("px", 1.0 / 96)]
        for (unit, factor) in units where length.hasSuffix(unit) {
            return (Double(length.dropLast(unit.count)) ?? 0) * factor
        }
        return 0
    }

    private mutating func readListStyle(_ node: XMLNode) {
        guard let name = node.odfAttribute("name") else { return }
        var levels: [Int: (ordered: Bool, start: Int)] = [:]
        for level in node.elements {
            guard let number = level.odfAttribute("level").flatMap({ Int($0) }) else { continue }
            let ordered = level.name == "list-level-style-number" && !(level.odfAttribute("num-format") ?? "1").isEmpty
            levels[number] = (ordered, level.odfAttribute("start-value").flatMap { Int($0) } ?? 1)
        }
        listStyles[name] = levels
    }
}

extension XMLNode {
    /// An OpenDocument attribute by local name, whatever its prefix (`style:name`,
    /// `text:style-name`, `fo:font-style`): ODF never gives two the same local name on
    /// one element where Quire reads it.
    func odfAttribute(_ name: StaticString) -> String? {
        attribute(named: name)
    }
}
