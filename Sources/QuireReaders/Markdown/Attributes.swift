/// pandoc's attribute syntax, `{#id .class key=value key="two words"}`,
/// as used after headings and fenced division openers.
struct Attributes {
    var id: String?
    var classes: [String] = []
    var pairs: [String: String] = [:]

    init(id: String? = nil, classes: [String] = [], pairs: [String: String] = [:]) {
        self.id = id
        self.classes = classes
        self.pairs = pairs
    }

    /// Parses the text inside the braces (or with them); nil when it is not attribute syntax.
    static func parse(_ bytes: [UInt8]) -> Attributes? {
        var text = String(decoding: bytes, as: UTF8.self)
        text = String(text.drop(while: { $0 == " " }))
        while text.last == " " { text.removeLast() }
        if text.hasPrefix("{") {
            guard text.hasSuffix("}") else { return nil }
            text = String(text.dropFirst().dropLast())
        } else if !text.contains(where: { $0 == " " || $0 == "=" || $0 == "#" }), !text.isEmpty {
            // A bare word after ::: is a class name.
            return Attributes(classes: [text.hasPrefix(".") ? String(text.dropFirst()) : text])
        }
        var result = Attributes()
        var chars = Array(text.unicodeScalars)
        var index = 0
        func word() -> String {
            var out = ""
            while index < chars.count, chars[index] != " ", chars[index] != "=" { out.unicodeScalars.append(chars[index]); index += 1 }
            return out
        }
        while index < chars.count {
            if chars[index] == " " { index += 1; continue }
            if chars[index] == "#" {
                index += 1
                result.id = word()
            } else if chars[index] == "." {
                index += 1
                result.classes.append(word())
            } else {
                let key = word()
                guard !key.isEmpty, index < chars.count, chars[index] == "=" else { return nil }
                index += 1
                var value = ""
                if index < chars.count, chars[index] == "\"" {
                    index += 1
                    while index < chars.count, chars[index] != "\"" {
                        if chars[index] == "\\", index + 1 < chars.count { index += 1 }
                        value.unicodeScalars.append(chars[index])
                        index += 1
                    }
                    guard index < chars.count else { return nil }
                    index += 1
                } else {
                    value = word()
                }
                result.pairs[key] = value
            }
        }
        chars.removeAll()
        return result
    }
}
