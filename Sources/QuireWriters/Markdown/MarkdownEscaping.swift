/// Backslash escapes for text, so the reader sees characters, not syntax.
enum MarkdownEscaping {
    /// Escapes `text`; with `smart` also quotes, `--` and `...`, which the
    /// smart-punctuation reader would otherwise turn into typography;
    /// `lineStart` also what would start a block at the beginning of a line.
    static func text(_ text: String, smart: Bool, lineStart: Bool = false, table: Bool = false) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        let scalars = Array(text.unicodeScalars)
        var index = 0
        if lineStart { out += blockStartEscape(scalars, &index) }
        while index < scalars.count {
            let c = scalars[index]
            let previous: Unicode.Scalar? = index > 0 ? scalars[index - 1] : nil
            let next: Unicode.Scalar? = index + 1 < scalars.count ? scalars[index + 1] : nil
            switch c {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "&":
                out += "\\"
                out.unicodeScalars.append(c)
            case "!" where next == "[":
                out += "\\!"
            case "|" where table:
                out += "\\|"
            case "\"" where smart:
                out += "\\\""
            case "'" where smart:
                // Inside a word it is an apostrophe already.
                if isWord(previous) && isWord(next) { out += "'" } else { out += "\\'" }
            case "-" where smart && next == "-":
                out += "-\\"
            case "." where smart && next == "." && index + 2 < scalars.count && scalars[index + 2] == ".":
                out += ".\\"
            case "\n":
                out += " "
            default:
                out.unicodeScalars.append(c)
            }
            index += 1
        }
        return out
    }

    static func isWord(_ c: Unicode.Scalar?) -> Bool {
        guard let c else { return false }
        return c.properties.isAlphabetic || ("0"..."9").contains(c)
    }

    /// Escapes a leading `#`, `>`, list marker, `+`, `=`, `:`, `~` or ordered-list number.
    static func blockStartEscape(_ scalars: [Unicode.Scalar], _ index: inout Int) -> String {
        guard let first = scalars.first else { return "" }
        switch first {
        case "#", ">", "+", "-", "=", ":", "~", "|":
            index = 1
            return "\\" + String(first)
        default:
            break
        }
        // "1. " or "1) " would start an ordered list.
        var digits = 0
        while digits < scalars.count, ("0"..."9").contains(scalars[digits]) { digits += 1 }
        if digits > 0, digits < scalars.count, scalars[digits] == "." || scalars[digits] == ")" {
            var out = ""
            for i in 0..<digits { out.unicodeScalars.append(scalars[i]) }
            index = digits + 1
            return out + "\\" + String(scalars[digits])
        }
        return ""
    }
}
