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

    /// Text outside links.
    var prose: Int { text - linkText }

    var linkDensity: Double { text == 0 ? 0 : Double(linkText) / Double(text) }

    /// Measures `node` and, on the way, every element below it that `record` picks.
    static func measure(_ node: XMLNode, skip: Set<XMLNode>, recording record: (HTMLTag) -> Bool)
        -> (total: TextStats, recorded: [XMLNode: TextStats]) {
        var recorded: [XMLNode: TextStats] = [:]
        let total = measure(node, skip: skip, inLink: false, record: record, into: &recorded)
        return (total, recorded)
    }

    private static func measure(_ node: XMLNode, skip: Set<XMLNode>, inLink: Bool, record: (HTMLTag) -> Bool,
                                into recorded: inout [XMLNode: TextStats]) -> TextStats {
        var total = TextStats()
        var child = node.firstChild
        while let current = child {
            child = current.nextSibling
            switch current.kind {
            case .text:
                total.addText(current, inLink: inLink)
            case .element:
                if skip.contains(current) { continue }
                let tag = HTMLTag(current)
                if tag.isNeverContent { continue }
                var inner = measure(current, skip: skip, inLink: inLink || tag == .a, record: record, into: &recorded)
                if tag == .p { inner.paragraphs += 1 }
                if record(tag) { recorded[current] = inner }
                total.text += inner.text
                total.linkText += inner.linkText
                total.commas += inner.commas
                total.paragraphs += inner.paragraphs
            case .processingInstruction, .entityReference, .other:
                continue
            }
        }
        return total
    }

    private mutating func addText(_ node: XMLNode, inLink: Bool) {
        let (visible, commaCount) = node.withContentBytes(Self.count)
        text += visible
        commas += commaCount
        if inLink { linkText += visible }
    }

    /// Bytes above space, and commas. Eight bytes at a time: every text node of the
    /// page is counted, most of them more than once (page, paragraph, best containers).
    private static func count(_ bytes: UnsafeBufferPointer<UInt8>) -> (visible: Int, commas: Int) {
        var visible = 0
        var commas = 0
        var index = 0
        let count = bytes.count
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F, high: UInt64 = 0x8080_8080_8080_8080
            while index + 8 <= count {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                // A byte's top bit ends up set when the byte is above 0x20 (no carry
                // crosses bytes: at most 0x7F + 0x5F).
                visible &+= ((((word & low) &+ 0x5F5F_5F5F_5F5F_5F5F) | word) & high).nonzeroBitCount
                // ... and, after xor with commas, when the byte is not a comma.
                let other = word ^ 0x2C2C_2C2C_2C2C_2C2C
                commas &+= 8 &- ((((other & low) &+ low) | other) & high).nonzeroBitCount
                index += 8
            }
        }
        while index < count {
            let byte = bytes[index]
            visible &+= byte > 0x20 ? 1 : 0
            commas &+= byte == UInt8(ascii: ",") ? 1 : 0
            index += 1
        }
        return (visible, commas)
    }

    /// Measures `node`, leaving out everything in `skip`.
    static func measure(_ node: XMLNode, skip: Set<XMLNode>) -> TextStats {
        measure(node, skip: skip, recording: { _ in false }).total
    }
}
