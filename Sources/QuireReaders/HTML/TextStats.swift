import QuireXML

/// How much text an element holds, how much of it is link text, and how many
/// commas: the measures Readability scores containers by.
struct TextStats {
    /// Bytes of text that are not white space.
    var text = 0
    /// The part of `text` inside links.
    var linkText = 0
    var commas = 0
    /// `<p>` elements below.
    var paragraphs = 0

    var linkDensity: Double { text == 0 ? 0 : Double(linkText) / Double(text) }

    /// Measures `node`, leaving out everything in `skip`.
    static func measure(_ node: XMLNode, skip: Set<XMLNode>) -> TextStats {
        var stats = TextStats()
        stats.add(node, inLink: false, skip: skip)
        return stats
    }

    private mutating func add(_ node: XMLNode, inLink: Bool, skip: Set<XMLNode>) {
        var child = node.firstChild
        while let current = child {
            child = current.nextSibling
            switch current.kind {
            case .text:
                current.withContentBytes { bytes in
                    for byte in bytes where byte > 0x20 {
                        text += 1
                        if inLink { linkText += 1 }
                        if byte == UInt8(ascii: ",") { commas += 1 }
                    }
                }
            case .element:
                if skip.contains(current) { continue }
                let tag = HTMLTag(current)
                if tag.isNeverContent { continue }
                if tag == .p { paragraphs += 1 }
                add(current, inLink: inLink || tag == .a, skip: skip)
            case .processingInstruction, .other:
                continue
            }
        }
    }
}
