import Foundation
import QuireModel
@testable import QuireWriters
import XCTest

/// An EPUB read back for tests: its entries as the central directory lists
/// them, and their contents as `unzip` extracts them (a second, independent
/// reader of what our ZIP writer wrote).
struct EPUBArchive {
    struct Entry: Equatable {
        var name: String
        var method: UInt16
    }

    let bytes: [UInt8]
    let entries: [Entry]
    private let folder: URL

    init(_ bytes: [UInt8]) throws {
        self.bytes = bytes
        entries = try Self.centralDirectory(bytes)
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("quire-epub-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let book = folder.appendingPathComponent("book.epub")
        try Data(bytes).write(to: book)
        let unzip = "/usr/bin/unzip"
        guard FileManager.default.isExecutableFile(atPath: unzip) else {
            if ProcessInfo.processInfo.environment["CI"] == "true" { throw TestFailure("unzip is missing under CI") }
            throw XCTSkip("unzip is missing: install Debian's unzip (make test does)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: unzip)
        process.arguments = ["-q", "-o", book.path, "-d", folder.appendingPathComponent("x").path]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw TestFailure("unzip failed with \(process.terminationStatus)") }
    }

    var names: [String] { entries.map(\.name) }

    func text(_ name: String) throws -> String {
        String(decoding: try Data(contentsOf: folder.appendingPathComponent("x/" + name)), as: UTF8.self)
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }

    static func centralDirectory(_ bytes: [UInt8]) throws -> [Entry] {
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }
        guard bytes.count >= 22 else { throw TestFailure("too short for a ZIP") }
        let end = bytes.count - 22
        guard u32(end) == 0x0605_4B50 else { throw TestFailure("no end of central directory record") }
        var offset = u32(end + 16)
        var entries: [Entry] = []
        for _ in 0..<u16(end + 10) {
            guard u32(offset) == 0x0201_4B50 else { throw TestFailure("bad central header") }
            let nameLength = u16(offset + 28)
            let name = String(decoding: bytes[(offset + 46)..<(offset + 46 + nameLength)], as: UTF8.self)
            entries.append(Entry(name: name, method: UInt16(u16(offset + 10))))
            offset += 46 + nameLength + u16(offset + 30) + u16(offset + 32)
        }
        return entries
    }
}

struct TestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

enum EPUBFixtures {
    static func golden() throws -> Document {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../Golden/testsuite.json").standardized
        return try QuireJSON.decode(Array(try Data(contentsOf: url)))
    }

    static func write(_ document: Document, options: WriterOptions = WriterOptions(),
                      resources: any ResourceLoader = NoResources(), timestamp: Int64 = 1_700_000_000) throws -> [UInt8] {
        let context = ConversionContext(timestamp: timestamp, inputName: "book.txt", resources: resources)
        return try EPUBWriter().write(document, options: options, context: context).bytes
    }

    static func paragraph(_ text: String) -> Block { .paragraph(inlines: [.text(text: text)]) }
    static func heading(_ level: Int, _ text: String) -> Block { .heading(level: level, id: "", inlines: [.text(text: text)]) }
}
