/// Little-endian fields read out of an archive's bytes, bounds-checked: a
/// record that runs past the end is a truncated archive, never a crash.
struct LittleEndian {
    let bytes: [UInt8]

    func u16(_ offset: Int) throws -> Int {
        try check(offset, 2)
        return Int(bytes[offset]) | Int(bytes[offset + 1]) << 8
    }

    func u32(_ offset: Int) throws -> Int {
        try check(offset, 4)
        return try u16(offset) | u16(offset + 2) << 16
    }

    func u64(_ offset: Int) throws -> Int {
        try check(offset, 8)
        let high = try u32(offset + 4)
        // Nothing in memory can be 2^63 bytes long: such a value is a lie.
        guard high < 0x8000_0000 else { throw ZipError.corrupt("a 64-bit size or offset at byte \(offset) is impossibly large") }
        return try u32(offset) | high << 32
    }

    func check(_ offset: Int, _ length: Int) throws {
        guard offset >= 0, length >= 0, offset <= bytes.count - length else {
            throw ZipError.truncated("a record at byte \(offset) runs past the end, at byte \(bytes.count)")
        }
    }
}
