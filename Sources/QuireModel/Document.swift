/// A whole document: what it is about (metadata) and what it says (blocks).
///
/// Every reader builds one and every writer renders one. Headings stay flat here;
/// `Outline` nests them into sections for writers that need nesting.
public struct Document: Sendable, Hashable, Codable {
    public var metadata: Metadata
    public var blocks: [Block]

    public init(metadata: Metadata = Metadata(), blocks: [Block] = []) {
        self.metadata = metadata
        self.blocks = blocks
    }
}
