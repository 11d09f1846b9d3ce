/// A section: a heading and what follows it up to the next heading of the same
/// or a higher level.
public struct Section: Sendable, Hashable {
    public var level: Int
    public var id: String
    public var title: [Inline]
    /// Blocks between the heading and the first subsection.
    public var blocks: [Block]
    public var subsections: [Section]

    public init(level: Int, id: String, title: [Inline], blocks: [Block] = [], subsections: [Section] = []) {
        self.level = level
        self.id = id
        self.title = title
        self.blocks = blocks
        self.subsections = subsections
    }
}

/// The document body nested into sections (pandoc's `makeSections`): the one
/// place where flat headings become structure, shared by every writer.
public struct Outline: Sendable, Hashable {
    /// Blocks before the first heading.
    public var preamble: [Block]
    public var sections: [Section]

    /// Nests `blocks` by heading level. A heading that skips levels (1 then 3)
    /// still nests under the nearest shallower heading.
    public init(blocks: [Block]) {
        var preamble: [Block] = []
        // Open sections, outermost first; closed ones are folded into their parent.
        var stack: [Section] = []
        var roots: [Section] = []

        func closeSections(downTo level: Int) {
            while let last = stack.last, last.level >= level {
                stack.removeLast()
                if stack.isEmpty { roots.append(last) } else { stack[stack.count - 1].subsections.append(last) }
            }
        }

        for block in blocks {
            if case .heading(let level, let id, let inlines) = block {
                closeSections(downTo: level)
                stack.append(Section(level: level, id: id, title: inlines))
            } else if stack.isEmpty {
                preamble.append(block)
            } else {
                stack[stack.count - 1].blocks.append(block)
            }
        }
        closeSections(downTo: Int.min)
        self.preamble = preamble
        self.sections = roots
    }
}

extension Section {
    /// Every section in this subtree, depth first, this one included.
    public var flattened: [Section] {
        [self] + subsections.flatMap(\.flattened)
    }
}

extension Document {
    /// The body nested into sections; headings get ids first if they have none.
    public var outline: Outline { Outline(blocks: assigningHeadingIDs().blocks) }
}
