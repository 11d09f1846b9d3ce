import QuireModel

/// The text of a running head: a heading's words without its note calls,
/// shortened to fit one line of the head. Style sheets cannot do either:
/// `content(text)` keeps the call number and margin boxes ignore
/// `text-overflow` in WeasyPrint, so the writer hands the text over in
/// `data-running-head` for `string-set: ... attr(data-running-head)`.
enum RunningHead {
    /// Fits one line of small type across an A5 text block.
    static let maximumLength = 50

    static func text(_ inlines: [Inline]) -> String {
        let words = inlines.plainText.split(whereSeparator: { $0.isWhitespace })
        var head = ""
        for word in words {
            let next = head.isEmpty ? String(word) : head + " " + word
            if next.count > maximumLength {
                // Cut at a word, as a short title would, and say so.
                return (head.isEmpty ? String(next.prefix(maximumLength - 1)) : head) + "\u{2026}"
            }
            head = next
        }
        return head
    }

    /// The heading attributes print asks the shared renderer for: the running
    /// head, and the bookmark label when a note call would spoil the PDF's.
    static func attributes(for section: Section) -> [(name: String, value: String)] {
        var attributes = [(name: "data-running-head", value: text(section.title))]
        if section.title.containsNote {
            attributes.append((name: "data-bookmark", value: section.title.plainText))
        }
        return attributes
    }
}

extension Array where Element == Inline {
    /// Whether a note is called anywhere in these inlines.
    var containsNote: Bool {
        var found = false
        for inline in self { inline.forEach { if case .note = $0 { found = true } } }
        return found
    }
}
