/// DocBook 4 documents use the ISO character entities (`&mdash;`, `&ldquo;`, `&nbsp;`) that
/// its DTD declares; Quire never loads a DTD, so before parsing each such name is turned into
/// the numeric reference XML understands natively (`&#8212;`). Names no standard table knows
/// (a book's own `&SGML;`, declared in files the chapter does not include) become their
/// name as text, and the reader warns once. Entity declarations are still refused by
/// `SafeXMLParser`; this pass expands nothing recursively, and each reference at most triples in length.
enum StandardEntities {
    struct Result {
        var bytes: [UInt8]
        /// Undefined names, each once, in order of first use.
        var undefined: [String]
    }

    /// The five entities XML predefines, left to the parser.
    private static let predefined: Set<[UInt8]> = [Array("amp".utf8), Array("lt".utf8), Array("gt".utf8),
                                                    Array("quot".utf8), Array("apos".utf8)]

    static func resolve(_ input: [UInt8]) -> Result {
        var output: [UInt8] = []
        var copied = 0
        var undefined: [String] = []
        input.withUnsafeBufferPointer { b in
            let end = b.count
            var index = 0
            while index < end {
                let c = b[index]
                if c == 0x3C {  // '<': step over the constructs where '&' is not a reference
                    index = skipMarkup(b, index)
                    continue
                }
                guard c == 0x26, let (nameEnd, after) = entityName(b, index + 1) else {
                    index += 1
                    continue
                }
                let name = UnsafeBufferPointer(rebasing: b[(index + 1)..<nameEnd])
                if predefined.contains(Array(name)) {
                    index = after
                    continue
                }
                if output.isEmpty { output.reserveCapacity(input.count + input.count / 8) }
                output.append(contentsOf: b[copied..<index])
                if let value = NamedEntities.value(of: name) {
                    for scalar in String(decoding: value, as: UTF8.self).unicodeScalars {
                        output.append(contentsOf: Array("&#\(scalar.value);".utf8))
                    }
                } else {
                    output.append(contentsOf: name)
                    let text = String(decoding: name, as: UTF8.self)
                    if !undefined.contains(text) { undefined.append(text) }
                }
                copied = after
                index = after
            }
            if copied > 0 { output.append(contentsOf: b[copied..<end]) }
        }
        return Result(bytes: copied > 0 ? output : input, undefined: undefined)
    }

    /// The end of a name after `&` and the index after its `;`, for `&name;` only
    /// (character references and stray ampersands are the parser's to judge).
    private static func entityName(_ b: UnsafeBufferPointer<UInt8>, _ start: Int) -> (Int, Int)? {
        var index = start
        while index < b.count, index - start < 64 {
            let c = b[index]
            let letter = (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A
            let other = index > start && ((c >= 0x30 && c <= 0x39) || c == 0x2E || c == 0x2D || c == 0x5F)
            guard letter || other || c == 0x5F else { break }
            index += 1
        }
        guard index > start, index < b.count, b[index] == 0x3B else { return nil }
        return (index, index + 1)
    }

    /// The index after a comment, CDATA section, processing instruction or DOCTYPE
    /// (with its internal subset) starting at `start`; after the `<` for anything else.
    private static func skipMarkup(_ b: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int {
        func startsWith(_ literal: StaticString) -> Bool {
            let count = literal.utf8CodeUnitCount
            guard start + count <= b.count else { return false }
            return (0..<count).allSatisfy { b[start + $0] == literal.utf8Start[$0] }
        }
        if startsWith("<!--") { return after("-->", b, start + 4) }
        if startsWith("<![CDATA[") { return after("]]>", b, start + 9) }
        if startsWith("<?") { return after("?>", b, start + 2) }
        if startsWith("<!DOCTYPE") {
            var index = start + 9
            while index < b.count, b[index] != 0x3E, b[index] != 0x5B { index += 1 }
            if index < b.count, b[index] == 0x5B { index = after("]", b, index) }
            return after(">", b, index)
        }
        return start + 1
    }

    /// The index just after the first `terminator` at or after `start` (the end if none).
    private static func after(_ terminator: StaticString, _ b: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int {
        let count = terminator.utf8CodeUnitCount
        let first = terminator.utf8Start[0]
        var index = start
        while index + count <= b.count {
            if b[index] == first, (1..<count).allSatisfy({ b[index + $0] == terminator.utf8Start[$0] }) {
                return index + count
            }
            index += 1
        }
        return b.count
    }
}
