/// The central directory of an archive: where it is, and the entries it lists,
/// each checked against the archive's bounds and the reader's limits.
struct ZipDirectory {
    var offset: Int
    var size: Int
    var count: Int
    /// Where the records after the directory start: entry data must end before.
    var end: Int

    // MARK: - End records

    /// Finds the end-of-central-directory record (searching back over a
    /// comment of up to 64 KiB) and, when its fields overflow, the ZIP64 one.
    static func locate(in bytes: [UInt8], limits: ZipLimits) throws -> ZipDirectory {
        let fields = LittleEndian(bytes: bytes)
        guard let record = endRecordOffset(in: bytes) else {
            throw ZipReader.looksLikeArchive(bytes)
                ? ZipError.truncated("its end-of-central-directory record is missing")
                : ZipError.notAnArchive
        }
        guard try fields.u16(record + 4) == 0, try fields.u16(record + 6) == 0 else {
            throw ZipError.corrupt("it is one part of a multi-part archive; join the parts with `zip -s 0`")
        }
        var directory = ZipDirectory(offset: try fields.u32(record + 16), size: try fields.u32(record + 12),
                                     count: try fields.u16(record + 10), end: record)
        if directory.offset == 0xFFFF_FFFF || directory.size == 0xFFFF_FFFF || directory.count == 0xFFFF {
            directory = try zip64(locatorBefore: record, fields: fields) ?? directory
        }
        guard directory.count <= limits.maxEntries else {
            throw ZipError.tooManyEntries(count: directory.count, limit: limits.maxEntries)
        }
        guard directory.offset <= directory.end, directory.size <= directory.end - directory.offset else {
            throw ZipError.truncated("the central directory runs past its end record")
        }
        // Each central header is at least 46 bytes: a count the size cannot hold is a lie.
        guard directory.count <= directory.size / 46 else {
            throw ZipError.corrupt("the directory claims \(directory.count) entries in \(directory.size) bytes")
        }
        return directory
    }

    private static func endRecordOffset(in bytes: [UInt8]) -> Int? {
        guard bytes.count >= 22 else { return nil }
        let last = bytes.count - 22
        var offset = last
        while offset >= max(0, last - 0xFFFF) {
            if bytes[offset] == 0x50, bytes[offset + 1] == 0x4B, bytes[offset + 2] == 5, bytes[offset + 3] == 6 {
                return offset
            }
            offset -= 1
        }
        return nil
    }

    private static func zip64(locatorBefore record: Int, fields: LittleEndian) throws -> ZipDirectory? {
        let locator = record - 20
        guard locator >= 0, try fields.u32(locator) == 0x0706_4B50 else { return nil }
        let start = try fields.u64(locator + 8)
        guard start < locator, try fields.u32(start) == 0x0606_4B50 else {
            throw ZipError.corrupt("the ZIP64 end record is not where its locator points")
        }
        return ZipDirectory(offset: try fields.u64(start + 48), size: try fields.u64(start + 40),
                            count: try fields.u64(start + 32), end: start)
    }

    // MARK: - Entries

    /// The entries the directory lists, with every check that needs no unpacking.
    static func entries(of directory: ZipDirectory, in bytes: [UInt8], limits: ZipLimits) throws -> [ZipEntry] {
        let fields = LittleEndian(bytes: bytes)
        var entries: [ZipEntry] = []
        entries.reserveCapacity(directory.count)
        var cursor = directory.offset
        var total = 0
        for _ in 0..<directory.count {
            guard try fields.u32(cursor) == 0x0201_4B50 else {
                throw ZipError.corrupt("a central directory header is missing at byte \(cursor)")
            }
            let nameLength = try fields.u16(cursor + 28)
            let extraLength = try fields.u16(cursor + 30)
            let commentLength = try fields.u16(cursor + 32)
            try fields.check(cursor + 46, nameLength + extraLength)
            let name = try checkedName(bytes[(cursor + 46)..<(cursor + 46 + nameLength)])
            var sizes = RecordSizes(compressed: try fields.u32(cursor + 20), size: try fields.u32(cursor + 24),
                                    offset: try fields.u32(cursor + 42))
            try sizes.widen(fromExtra: cursor + 46 + nameLength, length: extraLength, fields: fields)

            total += sizes.size
            guard total <= limits.maxTotalSize else { throw ZipError.tooMuchData(total: total, limit: limits.maxTotalSize) }
            if sizes.size > limits.ratioFloor {
                let ratio = sizes.size / max(sizes.compressed, 1)
                guard ratio <= limits.maxRatio else {
                    throw ZipError.suspiciousRatio(name: name, ratio: ratio, limit: limits.maxRatio)
                }
            }
            let flags = try fields.u16(cursor + 8)
            let data = try dataOffset(ofHeaderAt: sizes.offset, name: name, fields: fields)
            guard data <= directory.offset, sizes.compressed <= directory.offset - data else {
                throw ZipError.truncated("the data of '\(name)' runs into the central directory")
            }
            entries.append(ZipEntry(name: name, method: try fields.u16(cursor + 10), isEncrypted: flags & 1 != 0,
                                    crc: UInt32(try fields.u32(cursor + 16)), compressedSize: sizes.compressed,
                                    size: sizes.size, headerOffset: sizes.offset, dataOffset: data))
            cursor += 46 + nameLength + extraLength + commentLength
        }
        try refuseOverlaps(entries)
        return entries
    }

    /// Where the data begins after the local header at `offset` (whose name
    /// and extra field may differ in length from the central copy's).
    private static func dataOffset(ofHeaderAt offset: Int, name: String, fields: LittleEndian) throws -> Int {
        guard try fields.u32(offset) == 0x0403_4B50 else {
            throw ZipError.corrupt("the local header of '\(name)' is missing at byte \(offset)")
        }
        return offset + 30 + (try fields.u16(offset + 26)) + (try fields.u16(offset + 28))
    }

    /// Overlapping entries are how the densest zip bombs reuse one compressed
    /// stream for many files; no archiver writes them.
    private static func refuseOverlaps(_ entries: [ZipEntry]) throws {
        let ordered = entries.sorted { $0.headerOffset < $1.headerOffset }
        for (previous, next) in zip(ordered, ordered.dropFirst())
        where next.headerOffset < previous.dataOffset + previous.compressedSize {
            throw ZipError.overlappingEntries(previous.name, next.name)
        }
    }

    /// The name as text, refused if it could point outside a folder it was
    /// unpacked into: absolute, a drive, a `..` step, or a NUL byte.
    private static func checkedName(_ raw: ArraySlice<UInt8>) throws -> String {
        let name = String(decoding: raw, as: UTF8.self)
        let steps = raw.split(omittingEmptySubsequences: false) { $0 == 0x2F || $0 == 0x5C }
        let absolute = raw.first == 0x2F || raw.first == 0x5C || (raw.count >= 2 && raw[raw.startIndex + 1] == 0x3A)
        guard !raw.isEmpty, !absolute, !raw.contains(0), !steps.contains(where: { $0.elementsEqual([0x2E, 0x2E]) }) else {
            throw ZipError.unsafeName(name)
        }
        return name
    }
}

/// An entry's sizes and offset, which a ZIP64 extra field widens when the
/// 32-bit fields hold their 0xFFFFFFFF marker.
private struct RecordSizes {
    var compressed: Int
    var size: Int
    var offset: Int

    mutating func widen(fromExtra start: Int, length: Int, fields: LittleEndian) throws {
        var cursor = start
        while cursor + 4 <= start + length {
            let id = try fields.u16(cursor)
            let blockLength = try fields.u16(cursor + 2)
            guard cursor + 4 + blockLength <= start + length else { break }
            if id == 0x0001 {
                // Only the fields whose 32-bit copy overflowed are present, in this order.
                var field = cursor + 4
                for keyPath in [\RecordSizes.size, \.compressed, \.offset] where self[keyPath: keyPath] == 0xFFFF_FFFF {
                    guard field + 8 <= cursor + 4 + blockLength else {
                        throw ZipError.corrupt("a ZIP64 extra field is too short")
                    }
                    self[keyPath: keyPath] = try fields.u64(field)
                    field += 8
                }
                return
            }
            cursor += 4 + blockLength
        }
    }
}
