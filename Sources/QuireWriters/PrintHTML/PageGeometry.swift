/// The printed sheet: trim size, and for print shops the bleed and crop marks.
///
/// Values end up in CSS text, so they are parsed into numbers and units and
/// written back from those; nothing the user typed reaches the style sheet as is.
struct PageGeometry: Hashable {
    /// A length with a CSS absolute unit.
    struct Length: Hashable {
        var value: Double
        var unit: Unit

        enum Unit: String, CaseIterable {
            case mm, cm, `in`, pt

            var millimetres: Double {
                switch self {
                case .mm: return 1
                case .cm: return 10
                case .in: return 25.4
                case .pt: return 25.4 / 72
                }
            }
        }

        var millimetres: Double { value * unit.millimetres }
        /// `6in`, `148mm`, `0.125in`: the shortest spelling of the number.
        var css: String {
            let whole = value.rounded()
            let number = whole == value ? String(Int(whole)) : String(value)
            return number + unit.rawValue
        }
    }

    /// The CSS `size` value: a page-size keyword or two lengths.
    var size: String
    var width: Length
    var bleed: Length?
    var cropMarks: Bool

    /// The sizes CSS names, which WeasyPrint and browsers know by keyword.
    static let named: [String: (width: Length, height: Length)] = [
        "a3": (Length(value: 297, unit: .mm), Length(value: 420, unit: .mm)),
        "a4": (Length(value: 210, unit: .mm), Length(value: 297, unit: .mm)),
        "a5": (Length(value: 148, unit: .mm), Length(value: 210, unit: .mm)),
        "a6": (Length(value: 105, unit: .mm), Length(value: 148, unit: .mm)),
        "b5": (Length(value: 176, unit: .mm), Length(value: 250, unit: .mm)),
        "letter": (Length(value: 8.5, unit: .in), Length(value: 11, unit: .in)),
        "legal": (Length(value: 8.5, unit: .in), Length(value: 14, unit: .in)),
    ]

    init(paper: String, bleed: String?, cropMarks: Bool) throws {
        let key = paper.trimmingSpaces.lowercased()
        if let sizes = Self.named[key] {
            size = key
            width = sizes.width
        } else if let (width, height) = Self.parseSize(key) {
            size = width.css + " " + height.css
            self.width = width
        } else {
            throw PrintHTMLError.invalidPaper(paper)
        }
        if let bleed {
            // Print shops ask for 3mm to 1/8in; more than an inch is a typo.
            guard let length = Self.parseLength(bleed.trimmingSpaces.lowercased()), length.millimetres <= 25 else {
                throw PrintHTMLError.invalidBleed(bleed)
            }
            self.bleed = length
        } else {
            self.bleed = nil
        }
        self.cropMarks = cropMarks
    }

    /// `6x9in` (both in inches), `148mmx210mm`, `15.5x23.5cm`.
    static func parseSize(_ text: String) -> (Length, Length)? {
        let parts = text.split(separator: "x", omittingEmptySubsequences: false)
        guard parts.count == 2, let height = parseLength(String(parts[1])) else { return nil }
        let first = String(parts[0])
        guard let width = parseLength(first) ?? parseNumber(first).map({ Length(value: $0, unit: height.unit) }) else {
            return nil
        }
        // Smaller than a playing card or larger than A0 is not a book page.
        let sensible = 50.0...1200.0
        guard sensible.contains(width.millimetres), sensible.contains(height.millimetres) else { return nil }
        return (width, height)
    }

    static func parseLength(_ text: String) -> Length? {
        for unit in Length.Unit.allCases where text.hasSuffix(unit.rawValue) {
            guard let value = parseNumber(String(text.dropLast(unit.rawValue.count))) else { return nil }
            return Length(value: value, unit: unit)
        }
        return nil
    }

    /// Digits with at most one decimal point: no signs, exponents or spaces.
    static func parseNumber(_ text: String) -> Double? {
        guard !text.isEmpty, text.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E }),
              text.utf8.filter({ $0 == 0x2E }).count <= 1 else { return nil }
        return Double(text)
    }

    /// Body type size for the measure: small pages get smaller type, so a line
    /// keeps to roughly 60 to 75 characters on every paper (the margins are
    /// fractions of the page, so the measure grows with the paper).
    var bodyFontSize: String {
        switch width.millimetres {
        case ..<130: return "9.5pt"
        case ..<165: return "10.5pt"
        case ..<195: return "11.5pt"
        default: return "12.5pt"
        }
    }

    /// Roughly how many characters of note text fit at the foot of a page
    /// (about two thirds of an A5 page, scaled with the paper's area).
    var footnoteCapacity: Int {
        let scale = width.millimetres / 148
        return Int(1800 * scale * scale)
    }

    /// The rules that depend on the options, placed after the built-in sheet.
    var css: String {
        var rules = "@page { size: \(size); }\n"
        if bleed != nil || cropMarks {
            var declarations: [String] = []
            if let bleed { declarations.append("bleed: \(bleed.css);") }
            if cropMarks { declarations.append("marks: crop cross;") }
            rules += "@page { \(declarations.joined(separator: " ")) }\n"
        }
        rules += "html { font-size: \(bodyFontSize); }\n"
        return rules
    }
}

fileprivate extension String {
    var trimmingSpaces: String {
        var scalars = Substring(self)
        while scalars.first?.isWhitespace == true { scalars.removeFirst() }
        while scalars.last?.isWhitespace == true { scalars.removeLast() }
        return String(scalars)
    }
}
