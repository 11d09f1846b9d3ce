/// One file of an archive, as its central directory describes it.
public struct ZipEntry: Sendable, Hashable {
    /// The name as stored (a relative path with `/` separators). It only ever
    /// looks entries up; Quire never uses it as a path on disk.
    public let name: String
    /// 0 stored, 8 deflated; anything else cannot be read.
    public let method: Int
    public let isEncrypted: Bool
    public let crc: UInt32
    public let compressedSize: Int
    /// The unpacked size the directory promises; reading holds the entry to it.
    public let size: Int
    /// Where the entry's local header starts.
    public let headerOffset: Int
    /// Where its (compressed) data starts, after the local header.
    let dataOffset: Int

    /// Whether the entry is a folder rather than a file.
    public var isDirectory: Bool { name.hasSuffix("/") }
}
