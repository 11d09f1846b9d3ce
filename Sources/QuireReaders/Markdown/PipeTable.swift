import QuireModel

/// pandoc/GFM pipe tables: a header row, an alignment row of dashes with
/// optional colons, then body rows; cells are split at unescaped pipes.
enum PipeTable {
    static func parse(_ content: [UInt8], inlines: ([UInt8]) -> [Inline]) -> Table? {
        // Most paragraphs are prose: no pipe on the first line, or no second line.
        guard let firstEnd = content.firstIndex(of: 0x0A), firstEnd + 1 < content.count,
              content[..<firstEnd].contains(0x7C) else { return nil }
        var lines = content.split(separator: 0x0A, omittingEmptySubsequences: true).map(Array.init)
        guard lines.count >= 2, lines[0].contains(0x7C), lines[1].contains(0x7C) || lines[1].contains(0x2D),
              let alignments = alignmentRow(lines[1]) else { return nil }
        let header = cells(lines[0])
        guard header.count == alignments.count else { return nil }
        lines.removeFirst(2)
        let width = alignments.count
        func row(_ raw: [[UInt8]]) -> [[Inline]] {
            var cells = raw.prefix(width).map { inlines($0) }
            while cells.count < width { cells.append([]) }
            return cells
        }
        return Table(alignments: alignments, header: [row(header)], rows: lines.map { row(cells($0)) })
    }

    static func alignmentRow(_ line: [UInt8]) -> [Table.Alignment]? {
        let parts = cells(line)
        guard !parts.isEmpty else { return nil }
        var result: [Table.Alignment] = []
        for part in parts {
            guard part.count >= 1, part.allSatisfy({ $0 == 0x2D || $0 == 0x3A }), part.contains(0x2D) else { return nil }
            let left = part.first == 0x3A
            let right = part.last == 0x3A
            result.append(left && right ? .center : left ? .left : right ? .right : .default)
        }
        return result
    }

    /// The trimmed cells of a row; a leading and a trailing pipe are optional.
    static func cells(_ line: [UInt8]) -> [[UInt8]] {
        var cells: [[UInt8]] = []
        var current: [UInt8] = []
        var index = 0
        var inCode = false
        while index < line.count {
            let c = line[index]
            if c == 0x5C, index + 1 < line.count, line[index + 1] == 0x7C {
                current.append(contentsOf: [0x5C, 0x7C])
                index += 2
                continue
            }
            if c == 0x60 { inCode.toggle() }
            if c == 0x7C && !inCode {
                cells.append(current)
                current = []
            } else {
                current.append(c)
            }
            index += 1
        }
        cells.append(current)
        let trimmed = cells.map { cell -> [UInt8] in
            var cell = cell[...]
            while let f = cell.first, f == 0x20 || f == 0x09 { cell.removeFirst() }
            while let l = cell.last, l == 0x20 || l == 0x09 { cell.removeLast() }
            return Array(cell)
        }
        var result = trimmed
        let text = line.drop(while: { $0 == 0x20 })
        if text.first == 0x7C, result.first?.isEmpty == true { result.removeFirst() }
        var end = line[...]
        while let l = end.last, l == 0x20 || l == 0x09 { end.removeLast() }
        if end.last == 0x7C, end.count > 1, result.last?.isEmpty == true { result.removeLast() }
        return result
    }
}
