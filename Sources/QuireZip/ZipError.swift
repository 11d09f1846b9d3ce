import QuireModel

/// Errors of the ZIP writer and reader.
public enum ZipError: CategorizedError, Equatable {
    /// zlib refused to start or to finish a stream (its return code).
    case deflateFailed(Int32)
    /// The archive or an entry passed the 4 GiB that plain ZIP can describe.
    case tooLarge(String)
    case duplicateEntry(String)
    case finished

    // MARK: - Reading

    /// No end-of-central-directory record: not a ZIP archive at all.
    case notAnArchive
    /// The archive ends before a record or an entry's data does.
    case truncated(String)
    /// A record or an entry's data contradicts itself (the detail says how).
    case corrupt(String)
    case tooManyEntries(count: Int, limit: Int)
    /// The entries would unpack to more than the limit: a zip bomb by size.
    case tooMuchData(total: Int, limit: Int)
    /// One entry expands far more than real documents do: a zip bomb by ratio.
    case suspiciousRatio(name: String, ratio: Int, limit: Int)
    /// Two entries share bytes, which only a crafted archive does.
    case overlappingEntries(String, String)
    /// A name that would escape a folder if anyone unpacked it (`../`, `/etc`, `C:`).
    case unsafeName(String)
    case duplicateName(String)
    case encrypted(String)
    case unsupportedMethod(name: String, method: Int)
    case missingEntry(String)

    public var category: ErrorCategory {
        switch self {
        case .deflateFailed: return .io
        default: return .badInput
        }
    }

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
        case .notAnArchive:
            return "the input is not a ZIP archive (no end-of-central-directory record): check the file, or name its format with -f"
        case .truncated(let detail):
            return "the archive is truncated (\(detail)): copy or download it again"
        case .corrupt(let detail):
            return "the archive is damaged (\(detail)): copy or download it again, or repair it with `zip -FF`"
        case .tooManyEntries(let count, let limit):
            return "the archive lists \(count) entries, more than the \(limit) a document needs: refusing a possible zip bomb"
        case .tooMuchData(let total, let limit):
            return "the archive would unpack to \(total >> 20) MiB, more than the \(limit >> 20) MiB limit: refusing a possible zip bomb"
        case .suspiciousRatio(let name, let ratio, let limit):
            return "'\(name)' expands \(ratio) times, more than the \(limit) times real documents do: refusing a possible zip bomb"
        case .overlappingEntries(let first, let second):
            return "entries '\(first)' and '\(second)' share bytes, which only a crafted archive does: refusing a possible zip bomb"
        case .unsafeName(let name):
            return "the archive holds an entry named '\(name)', which points outside the archive: refusing a hostile archive"
        case .duplicateName(let name):
            return "the archive holds two entries named '\(name)': refusing an ambiguous archive; repack it with `zip`"
        case .encrypted(let name):
            return "'\(name)' is encrypted: Quire cannot read password- or DRM-protected files; export an unprotected copy first"
        case .unsupportedMethod(let name, let method):
            return "'\(name)' is compressed with method \(method), which Quire cannot read (only stored and deflated): repack it with `zip`"
        case .missingEntry(let name):
            return "the archive has no entry named '\(name)': is it the right kind of file?"
        }
    }
}
