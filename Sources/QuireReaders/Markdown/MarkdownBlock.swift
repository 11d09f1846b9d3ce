/// A node of the block structure while it is being parsed: open blocks take
/// lines, closed ones are finished. `MarkdownTreeBuilder` turns the finished
/// structure into the document tree.
final class MarkdownBlock {
    enum Kind {
        case document, blockQuote, list, item, paragraph, heading, thematicBreak, codeBlock, htmlBlock, footnote, division
    }

    let kind: Kind
    unowned(unsafe) var parent: MarkdownBlock?
    var children: [MarkdownBlock] = []
    /// How many containers (quotes, items, divisions, notes) enclose this block and itself.
    var nesting = 0
    var isOpen = true
    /// The raw text lines (paragraph, heading, code, HTML), each ending in LF.
    var content: [UInt8] = []
    var startLine: Int
    var endLine: Int

    // Lists and items.
    var ordered = false
    var bulletChar: UInt8 = 0
    var delimiter: UInt8 = 0
    var start = 1
    var markerOffset = 0
    var padding = 0
    var tight = true

    // Headings.
    var level = 0

    // Code blocks (also fenced divisions: fenceLength colons).
    var fenced = false
    var fenceChar: UInt8 = 0
    var fenceLength = 0
    var fenceOffset = 0
    var info: [UInt8] = []

    var htmlType = 0
    /// A footnote's label.
    var label = ""

    init(_ kind: Kind, line: Int) {
        self.kind = kind
        self.startLine = line
        self.endLine = line
    }

    var lastChild: MarkdownBlock? { children.last }

    /// Which blocks may hold which: lists hold only items, leaves hold nothing.
    func canContain(_ child: Kind) -> Bool {
        switch kind {
        case .document, .blockQuote, .item, .footnote, .division: return child != .item
        case .list: return child == .item
        case .paragraph, .heading, .thematicBreak, .codeBlock, .htmlBlock: return false
        }
    }

    /// Whether unmatched text lines go into this block as they are.
    var acceptsLines: Bool {
        switch kind {
        case .paragraph, .codeBlock, .htmlBlock: return true
        case .document, .blockQuote, .list, .item, .heading, .thematicBreak, .footnote, .division: return false
        }
    }

    func append(_ child: MarkdownBlock) {
        child.parent = self
        child.nesting = nesting + (child.kind.opensLevel ? 1 : 0)
        children.append(child)
    }
}

extension MarkdownBlock.Kind {
    /// The containers that become a level of the tree (a list is one level with its items).
    var opensLevel: Bool {
        switch self {
        case .blockQuote, .item, .division, .footnote: return true
        case .document, .list, .paragraph, .heading, .thematicBreak, .codeBlock, .htmlBlock: return false
        }
    }
}
