/// Writes a ZIP archive into memory, one entry at a time, reproducibly: entries
/// keep the order they are added in, every entry carries the same timestamp,
/// and no extra fields (which would hold local times and user ids) are written.
///
/// Each entry is compressed as it is added and its input can be dropped right
/// away, so a large book is never held twice. Sizes and CRC are known before
/// the data is written, so local headers carry them and no data descriptors
/// are needed (EPUB reading systems dislike them on `mimetype`).
public struct ZipWriter {
    /// How an entry's data is stored.
    public enum Method: UInt16, Sendable {
        case stored = 0
        case deflated = 8
    }

    struct Entry {
        var name: [UInt8]
        var method: Method
        var crc: UInt32
        var compressedSize: Int
        var size: Int
        var offset: Int
    }

    private var archive: [UInt8] = []
    private var entries: [Entry] = []
    private var names = Set<[UInt8]>()
    private let stamp: DOSDateTime
    private let deflater: Deflater
    private var finished = false

    /// - Parameters:
    ///   - timestamp: seconds since 1970 stamped on every entry.
    ///   - level: zlib compression level for deflated entries (0–9).
    public init(timestamp: Int64, level: Int32 = 6) {
        stamp = DOSDateTime(unixTime: timestamp)
        deflater = Deflater(level: level)
    }

    /// The archive's size so far, in bytes.
    public var count: Int { archive.count }

    /// Adds an entry named `name` (a relative path with `/` separators).
    public mutating func add(_ name: String, _ bytes: [UInt8], method: Method = .deflated) throws {
        try bytes.withUnsafeBytes { try add(name, $0, method: method) }
    }

    /// Adds an entry from raw bytes the caller keeps ownership of.
    public mutating func add(_ name: String, _ bytes: UnsafeRawBufferPointer, method: Method = .deflated) throws {
        guard !finished else { throw ZipError.finished }
        let nameBytes = Array(name.utf8)
        guard names.insert(nameBytes).inserted else { throw ZipError.duplicateEntry(name) }
        var crc = CRC32()
        crc.update(bytes)
        let offset = archive.count
        try checkFits(offset + bytes.count, name)

        var entry = Entry(name: nameBytes, method: method, crc: crc.value, compressedSize: 0,
                          size: bytes.count, offset: offset)
        writeLocalHeader(entry)
        let sizesAt = offset + 18
        switch method {
        case .stored:
            archive.append(contentsOf: bytes)
            entry.compressedSize = bytes.count
        case .deflated:
            entry.compressedSize = try deflater.deflate(bytes, appendingTo: &archive)
        }
        try checkFits(archive.count, name)
        // The compressed size is known only now: patch it into the local header.
        patch32(UInt32(entry.compressedSize), at: sizesAt)
        entries.append(entry)
    }

    /// Writes the central directory and returns the archive's bytes.
    public mutating func finish() throws -> [UInt8] {
        guard !finished else { throw ZipError.finished }
        finished = true
        let directoryStart = archive.count
        for entry in entries { writeCentralHeader(entry) }
        let directorySize = archive.count - directoryStart
        try checkFits(archive.count + 22, "central directory")
        guard entries.count < 0xFFFF else { throw ZipError.tooLarge("entry \(entries.count)") }
        // End of central directory record.
        append32(0x0605_4B50)
        append16(0)  // this disk
        append16(0)  // disk where the directory starts
        append16(UInt16(entries.count))
        append16(UInt16(entries.count))
        append32(UInt32(directorySize))
        append32(UInt32(directoryStart))
        append16(0)  // comment length
        let result = archive
        archive = []
        return result
    }

    // MARK: - Records

    private mutating func writeLocalHeader(_ entry: Entry) {
        append32(0x0403_4B50)
        append16(versionNeeded(entry.method))
        append16(flags(entry))
        append16(entry.method.rawValue)
        append16(stamp.time)
        append16(stamp.date)
        append32(entry.crc)
        append32(UInt32(entry.compressedSize))  // patched once compressed
        append32(UInt32(entry.size))
        append16(UInt16(entry.name.count))
        append16(0)  // no extra field: EPUB wants `mimetype` at a fixed offset
        archive.append(contentsOf: entry.name)
    }

    private mutating func writeCentralHeader(_ entry: Entry) {
        append32(0x0201_4B50)
        // Made by Unix (3) with ZIP 2.0, so the external attributes below are Unix modes.
        append16(3 << 8 | 20)
        append16(versionNeeded(entry.method))
        append16(flags(entry))
        append16(entry.method.rawValue)
        append16(stamp.time)
        append16(stamp.date)
        append32(entry.crc)
        append32(UInt32(entry.compressedSize))
        append32(UInt32(entry.size))
        append16(UInt16(entry.name.count))
        append16(0)  // extra field
        append16(0)  // comment
        append16(0)  // disk number
        append16(0)  // internal attributes
        append32(0o100644 << 16)  // a regular file, rw-r--r--
        append32(UInt32(entry.offset))
        archive.append(contentsOf: entry.name)
    }

    private func versionNeeded(_ method: Method) -> UInt16 {
        method == .deflated ? 20 : 10
    }

    /// Bit 11 says the name is UTF-8; set only when it is not plain ASCII,
    /// so ASCII names give the same bytes as every other zip tool.
    private func flags(_ entry: Entry) -> UInt16 {
        entry.name.allSatisfy { $0 < 0x80 } ? 0 : 1 << 11
    }

    private func checkFits(_ size: Int, _ name: String) throws {
        if size > Int(UInt32.max) { throw ZipError.tooLarge(name) }
    }

    private mutating func append16(_ value: UInt16) {
        archive.append(UInt8(truncatingIfNeeded: value))
        archive.append(UInt8(truncatingIfNeeded: value >> 8))
    }

    private mutating func append32(_ value: UInt32) {
        append16(UInt16(truncatingIfNeeded: value))
        append16(UInt16(truncatingIfNeeded: value >> 16))
    }

    private mutating func patch32(_ value: UInt32, at index: Int) {
        for byte in 0..<4 { archive[index + byte] = UInt8(truncatingIfNeeded: value >> (8 * byte)) }
    }
}
