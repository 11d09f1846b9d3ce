/// Errors of the ZIP writer.
public enum ZipError: Error, CustomStringConvertible, Equatable {
    /// zlib refused to start or to finish a stream (its return code).
    case deflateFailed(Int32)
    /// The archive or an entry passed the 4 GiB that plain ZIP can describe.
    case tooLarge(String)
    case duplicateEntry(String)
    case finished

    public var description: String {
        switch self {
        case .deflateFailed(let code):
            return "zlib failed to compress (code \(code)): the machine may be out of memory"
        case .tooLarge(let name):
            return "'\(name)' makes the archive larger than 4 GiB, which ZIP without ZIP64 cannot hold: split the input"
        case .duplicateEntry(let name):
            return "the archive already has an entry named '\(name)': give each file a unique name"
        case .finished:
            return "the archive is already finished: add entries before calling finish()"
        }
    }
}
