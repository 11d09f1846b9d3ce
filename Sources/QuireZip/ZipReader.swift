/// Reads a ZIP archive held in memory (EPUB, DOCX, ODT are all ZIP).
///
/// Everything is checked when the archive is opened, before a byte is
/// unpacked: the central directory must be whole, every entry's data must lie
/// inside the archive without sharing bytes with another's, names must stay
/// inside the archive, and the promised sizes must stay within `ZipLimits`.
/// Reading then unpacks one entry into exactly its promised size and checks its
/// CRC, so memory stays bounded whatever the archive claims.
public struct ZipReader: Sendable {
    /// The entries in central-directory order.
    public let entries: [ZipEntry]
    private let bytes: [UInt8]
    private let byName: [String: Int]

    public init(_ bytes: [UInt8], limits: ZipLimits = .standard) throws {
        self.bytes = bytes
        let directory = try ZipDirectory.locate(in: bytes, limits: limits)
        entries = try ZipDirectory.entries(of: directory, in: bytes, limits: limits)
        var byName: [String: Int] = [:]
        for (index, entry) in entries.enumerated() {
            guard byName.updateValue(index, forKey: entry.name) == nil else { throw ZipError.duplicateName(entry.name) }
        }
        self.byName = byName
    }

    /// Whether `bytes` start like a ZIP archive (a local file header, `PK\3\4`).
    public static func looksLikeArchive(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 4 && bytes[0] == 0x50 && bytes[1] == 0x4B && bytes[2] == 3 && bytes[3] == 4
    }

    /// The entry called `name`, if there is one.
    public func entry(named name: String) -> ZipEntry? {
        byName[name].map { entries[$0] }
    }

    public func contains(_ name: String) -> Bool {
        byName[name] != nil
    }

    /// The unpacked bytes of the entry called `name`.
    public func read(_ name: String) throws -> [UInt8] {
        guard let entry = entry(named: name) else { throw ZipError.missingEntry(name) }
        return try read(entry)
    }

    /// The unpacked bytes of `entry`, checked against its size and CRC.
    public func read(_ entry: ZipEntry) throws -> [UInt8] {
        guard !entry.isEncrypted else { throw ZipError.encrypted(entry.name) }
        let data = bytes[entry.dataOffset..<(entry.dataOffset + entry.compressedSize)]
        let unpacked: [UInt8]
        switch entry.method {
        case 0:
            guard entry.compressedSize == entry.size else {
                throw ZipError.corrupt("stored entry '\(entry.name)' has \(entry.compressedSize) bytes, not the \(entry.size) its header says")
            }
            unpacked = Array(data)
        case 8:
            unpacked = try Inflater.inflate(data, size: entry.size, name: entry.name)
        case 99:
            // WinZip's AES marks its entries with method 99.
            throw ZipError.encrypted(entry.name)
        default:
            throw ZipError.unsupportedMethod(name: entry.name, method: entry.method)
        }
        guard CRC32.checksum(unpacked) == entry.crc else {
            throw ZipError.corrupt("'\(entry.name)' fails its CRC check")
        }
        return unpacked
    }
}
