@testable import QuireReaders

/// Normalises HTML the way the CommonMark spec's test runner does
/// (`test/normalize.py`): whitespace collapsed outside `<pre>` and trimmed
/// around block tags, attributes sorted, self-closing tags like void ones,
/// character references resolved and `< > & "` re-escaped.
enum HTMLNormalizer {
    static let blockTags: Set<String> = [
        "article", "header", "aside", "hgroup", "blockquote", "hr", "iframe", "body", "li", "map", "button", "object",
        "canvas", "ol", "caption", "output", "col", "p", "colgroup", "pre", "dd", "progress", "div", "section", "dl",
        "table", "td", "dt", "tbody", "embed", "textarea", "fieldset", "tfoot", "figcaption", "th", "figure", "thead",
        "footer", "tr", "form", "ul", "h1", "h2", "h3", "h4", "h5", "h6", "video", "script", "style",
    ]

    enum Last { case start, end, data, other }

    static func normalize(_ html: String) -> String {
        var output = ""
        var last = Last.other
        var lastTag = ""
        var inPre = false
        let bytes = Array(html.utf8)
        var index = 0
        func rstrip() { while let c = output.last, c == " " || c == "\n" || c == "\t" { output.removeLast() } }
        func data(_ raw: String) {
            var text = decode(raw)
            let afterTag = last == .start || last == .end
            if afterTag && lastTag == "br" { text = String(text.drop(while: { $0 == "\n" })) }
            if !inPre { text = collapse(text) }
            if afterTag && blockTags.contains(lastTag) && !inPre {
                text = String(text.drop(while: { $0 == " " }))
                if last == .end { while text.last == " " { text.removeLast() } }
            }
            output += text
            last = .data
        }
        while index < bytes.count {
            if bytes[index] == 0x3C, let close = bytes[index...].firstIndex(of: 0x3E) {
                let chunk = String(decoding: bytes[index...close], as: UTF8.self)
                index = close + 1
                if chunk.hasPrefix("<!--") || chunk.hasPrefix("<!") || chunk.hasPrefix("<?") {
                    output += chunk
                    last = .other
                    continue
                }
                if let tag = parseTag(chunk) {
                    if tag.closing {
                        if tag.name == "pre" { inPre = false } else if blockTags.contains(tag.name) { rstrip() }
                        output += "</\(tag.name)>"
                        lastTag = tag.name
                        last = .end
                    } else {
                        if tag.name == "pre" { inPre = true }
                        if blockTags.contains(tag.name) { rstrip() }
                        output += "<" + tag.name
                        for (key, value) in tag.attributes.sorted(by: { $0.0 < $1.0 }) {
                            output += " " + key
                            if let value { output += "=\"" + decode(value) + "\"" }
                        }
                        output += ">"
                        lastTag = tag.name
                        last = tag.selfClosing || ["br", "hr", "img", "input", "meta", "link"].contains(tag.name) ? .end : .start
                    }
                    continue
                }
                data(chunk)
                continue
            }
            var end = index + 1
            while end < bytes.count, bytes[end] != 0x3C { end += 1 }
            data(String(decoding: bytes[index..<end], as: UTF8.self))
            index = end
        }
        return output
    }

    static func collapse(_ text: String) -> String {
        var out = ""
        var space = false
        for c in text {
            if c == " " || c == "\n" || c == "\t" || c == "\r" {
                if !space { out.append(" ") }
                space = true
            } else {
                out.append(c)
                space = false
            }
        }
        return out
    }

    struct Tag {
        var name: String
        var closing: Bool
        var selfClosing: Bool
        var attributes: [(String, String?)]
    }

    static func parseTag(_ chunk: String) -> Tag? {
        var chars = Array(chunk.unicodeScalars.dropFirst().dropLast())
        var closing = false
        if chars.first == "/" { closing = true; chars.removeFirst() }
        var index = 0
        var name = ""
        while index < chars.count, chars[index].properties.isAlphabetic || ("0"..."9").contains(chars[index]) || chars[index] == "-" {
            name.unicodeScalars.append(chars[index])
            index += 1
        }
        guard !name.isEmpty, name.unicodeScalars.first!.properties.isAlphabetic else { return nil }
        var tag = Tag(name: name.lowercased(), closing: closing, selfClosing: false, attributes: [])
        func isSpace(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\n" || c == "\t" || c == "\r" }
        while index < chars.count {
            if isSpace(chars[index]) { index += 1; continue }
            if chars[index] == "/" { tag.selfClosing = true; index += 1; continue }
            var key = ""
            while index < chars.count, !isSpace(chars[index]), chars[index] != "=", chars[index] != "/" || key.isEmpty {
                key.unicodeScalars.append(chars[index])
                index += 1
            }
            while index < chars.count, isSpace(chars[index]) { index += 1 }
            var value: String? = nil
            if index < chars.count, chars[index] == "=" {
                index += 1
                while index < chars.count, isSpace(chars[index]) { index += 1 }
                var v = ""
                if index < chars.count, chars[index] == "\"" || chars[index] == "'" {
                    let quote = chars[index]
                    index += 1
                    while index < chars.count, chars[index] != quote { v.unicodeScalars.append(chars[index]); index += 1 }
                    index += 1
                } else {
                    while index < chars.count, !isSpace(chars[index]) { v.unicodeScalars.append(chars[index]); index += 1 }
                }
                value = v
            }
            if !key.isEmpty { tag.attributes.append((key.lowercased(), value)) }
        }
        return tag
    }

    /// Character references resolved, then `< > & "` escaped again.
    static func decode(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        bytes.withUnsafeBufferPointer { b in
            var index = 0
            while index < b.count {
                if b[index] == 0x26, let (decoded, after) = Entities.reference(b, index, b.count) {
                    out.append(contentsOf: decoded)
                    index = after
                } else {
                    out.append(b[index])
                    index += 1
                }
            }
        }
        return escape(String(decoding: out, as: UTF8.self), attribute: false)
    }

    static func escape(_ text: String, attribute: Bool) -> String {
        var out = ""
        for c in text.unicodeScalars {
            switch c {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\"": out += "&quot;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
