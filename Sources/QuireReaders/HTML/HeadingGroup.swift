import QuireModel
import QuireXML

/// An `<hgroup>` (or a heading made of a label and a number): its ordinal
/// ("IX", "Lecture VIII"), its title and its subtitle.
struct HeadingGroup {
    var ordinal: [Inline] = []
    var title: [Inline] = []
    var subtitle: [Inline] = []
    var level = 2

    init(_ node: XMLNode, converter: HTMLConverter) {
        var levels: [Int] = []
        for child in node.childElements where !converter.skip.contains(child) {
            let tag = HTMLTag(child)
            if let level = tag.headingLevel { levels.append(level) }
            let inlines = converter.finish(converter.inlines(of: child))
            if child.hasEPUBType("ordinal") || HeadingGroup.isLabelledOrdinal(child) {
                ordinal = inlines
            } else if child.hasEPUBType("title") || (title.isEmpty && tag.headingLevel != nil) {
                title = inlines
            } else if !inlines.isEmpty {
                if !subtitle.isEmpty { subtitle.append(.text(text: " ")) }
                subtitle += inlines
            }
        }
        if title.isEmpty && ordinal.isEmpty { swap(&title, &subtitle) }
        level = levels.min() ?? 2
    }

    /// `<h2><span epub:type="se:label">Lecture</span> <span epub:type="z3998:ordinal">VIII</span></h2>`.
    static func isLabelledOrdinal(_ node: XMLNode) -> Bool {
        guard !node.hasEPUBType("title") else { return false }
        let children = node.childElements
        return children.contains { $0.hasEPUBType("se:label") } && children.contains { $0.hasEPUBType("ordinal") }
    }

    /// The heading as one line: "I. Qualities of the Recruit", "Title: Subtitle".
    var inlines: [Inline] {
        var result = ordinal
        if !title.isEmpty {
            if !result.isEmpty {
                let plain = ordinal.plainText
                result.append(.text(text: plain.hasSuffix(".") || plain.hasSuffix(")") ? " " : ". "))
            }
            result += title
        }
        if !subtitle.isEmpty {
            if !result.isEmpty { result.append(.text(text: ": ")) }
            result += subtitle
        }
        return result.mergingAdjacentText
    }
}
