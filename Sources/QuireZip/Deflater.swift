import CZlib

/// Raw deflate (no zlib or gzip wrapper, as ZIP wants it) straight into the
/// end of a byte buffer, so an entry is never held twice in memory.
struct Deflater {
    let level: Int32

    /// Compresses `input` and appends the result to `output`; returns the compressed size.
    func deflate(_ input: UnsafeRawBufferPointer, appendingTo output: inout [UInt8]) throws -> Int {
        var stream = z_stream()
        // Negative window bits select raw deflate; 8 is zlib's default memory level.
        let started = quire_deflateInit2(&stream, level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY)
        guard started == Z_OK else { throw ZipError.deflateFailed(started) }
        defer { deflateEnd(&stream) }

        let start = output.count
        let bound = Int(deflateBound(&stream, uLong(input.count)))
        // One pass into room deflateBound promises is enough: no output chunking.
        output += [UInt8](repeating: 0, count: bound)
        let result: Int32 = output.withUnsafeMutableBytes { buffer in
            stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress?.assumingMemoryBound(to: Bytef.self))
            stream.avail_in = uInt(input.count)
            stream.next_out = buffer.baseAddress!.advanced(by: start).assumingMemoryBound(to: Bytef.self)
            stream.avail_out = uInt(bound)
            return CZlib.deflate(&stream, Z_FINISH)
        }
        guard result == Z_STREAM_END else {
            output.removeSubrange(start...)
            throw ZipError.deflateFailed(result)
        }
        let written = Int(stream.total_out)
        output.removeSubrange((start + written)...)
        return written
    }
}
