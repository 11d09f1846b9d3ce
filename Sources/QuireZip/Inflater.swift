import CZlib

/// Raw inflate (ZIP's deflate has no zlib wrapper) of one entry into a buffer
/// of exactly the size the directory promised, so a lying entry can never
/// make us allocate more than that.
enum Inflater {
    static func inflate(_ input: ArraySlice<UInt8>, size: Int, name: String) throws -> [UInt8] {
        guard input.count <= Int(UInt32.max), size < Int(UInt32.max) else { throw ZipError.tooLarge(name) }
        var stream = z_stream()
        let started = quire_inflateInit2(&stream, -15)
        guard started == Z_OK else { throw ZipError.corrupt("zlib could not start inflating '\(name)' (code \(started))") }
        defer { inflateEnd(&stream) }

        // One byte of spare room tells "exactly the promised size" from "more than promised".
        var output = [UInt8](repeating: 0, count: size + 1)
        let result: Int32 = input.withUnsafeBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                stream.next_in = UnsafeMutablePointer(mutating: source.baseAddress)
                stream.avail_in = uInt(source.count)
                stream.next_out = target.baseAddress
                stream.avail_out = uInt(target.count)
                return CZlib.inflate(&stream, Z_FINISH)
            }
        }
        let produced = Int(stream.total_out)
        switch result {
        case Z_STREAM_END where produced == size:
            output.removeLast()
            return output
        case Z_STREAM_END:
            throw ZipError.corrupt("'\(name)' unpacks to \(produced) bytes, not the \(size) its header says")
        case Z_OK where stream.avail_out == 0, Z_BUF_ERROR where stream.avail_out == 0:
            throw ZipError.corrupt("'\(name)' unpacks to more than the \(size) bytes its header says")
        case Z_OK, Z_BUF_ERROR:
            throw ZipError.truncated("the data of '\(name)' ends early")
        default:
            throw ZipError.corrupt("the data of '\(name)' is not valid deflate (zlib code \(result))")
        }
    }
}
