import QuireModel

/// Writers give every heading an id derived from its text (`HeadingIDs`); reading such an
/// id back as if an author had chosen it would make the tree differ from the one written.
/// So ids that the derivation (and that the writer did not mark as explicit) would produce anyway are dropped, but only when re-deriving
/// gives every heading exactly the id it has in the file.
enum HeadingIDCleanup {
    static func droppingDerivedIDs(_ document: Document, keeping explicit: Set<String>) -> Document {
        let ids = headingIDs(document.blocks)
        guard ids.contains(where: { !$0.isEmpty }) else { return document }
        // Derive as the writer did: with the explicit ids already taken.
        var cleared = document
        cleared.blocks = mapIDs(document.blocks) { explicit.contains($0) ? $0 : "" }
        let derived = headingIDs(cleared.assigningHeadingIDs().blocks)
        var index = 0
        var candidate = document
        candidate.blocks = mapIDs(document.blocks) { id in
            defer { index += 1 }
            return id == derived[index] && !explicit.contains(id) ? "" : id
        }
        return headingIDs(candidate.assigningHeadingIDs().blocks) == ids ? candidate : document
    }

    /// Heading ids in the order `HeadingIDs` assigns them (it descends into quotes, lists and
    /// divisions, not notes).
    private static func headingIDs(_ blocks: [Block]) -> [String] {
        var ids: [String] = []
        _ = mapIDs(blocks) { ids.append($0); return $0 }
        return ids
    }

    private static func mapIDs(_ blocks: [Block], _ transform: (String) -> String) -> [Block] {
        blocks.map { block in
            switch block {
            case .heading(let level, let id, let inlines):
                return .heading(level: level, id: transform(id), inlines: inlines)
            case .blockQuote(var quote):
                quote.blocks = mapIDs(quote.blocks, transform)
                return .blockQuote(quote: quote)
            case .division(var division):
                division.blocks = mapIDs(division.blocks, transform)
                return .division(division: division)
            case .list(var list):
                list.items = list.items.map { mapIDs($0, transform) }
                return .list(list: list)
            case .paragraph, .verse, .preformatted, .sceneBreak, .table, .figure, .raw:
                return block
            }
        }
    }
}
