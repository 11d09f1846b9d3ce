/// The HTML5 named character references (which include every ISO 8879 set DocBook 4 and
/// XHTML use: `&mdash;`, `&ldquo;`, `&nbsp;`), shared by the Markdown reader and the DocBook
/// reader so that the two cannot disagree on what a name means.
enum NamedEntities {
    /// Name → UTF-8 bytes, built once from the generated table.
    static let table: [String: [UInt8]] = {
        var table: [String: [UInt8]] = [:]
        table.reserveCapacity(2200)
        for line in HTMLEntityTable.source.split(separator: "\n") {
            guard let space = line.firstIndex(of: " ") else { continue }
            table[String(line[..<space])] = Array(line[line.index(after: space)...].utf8)
        }
        return table
    }()

    /// The UTF-8 text of the entity named by `bytes` (without `&` and `;`), if HTML names it.
    static func value<C: Collection>(of bytes: C) -> [UInt8]? where C.Element == UInt8 {
        table[String(decoding: bytes, as: UTF8.self)]
    }
}
