import Foundation

/// The list of inputs of a batch: the paths on the command line, then those
/// of --files-from, each path once, in order.
enum InputList {
    static func collect(arguments: [String], filesFrom: String?, nullSeparated: Bool) throws -> [String] {
        var paths = arguments
        if let filesFrom {
            if filesFrom == "-" && arguments.contains("-") {
                throw CLIError.usage("standard input cannot be both an input and --files-from -: give one of them")
            }
            let bytes: [UInt8]
            do {
                bytes = try FileIO.read(filesFrom)
            } catch let error as CLIError {
                throw CLIError.io("--files-from \(CLIErrors.displayName(filesFrom)): \(error.description)")
            }
            paths += parse(bytes, nullSeparated: nullSeparated)
        }
        guard !paths.isEmpty else {
            throw CLIError.usage(filesFrom == nil ? "give the input files (or --files-from FILE)" : "--files-from \(filesFrom!) names no files")
        }
        // A path listed twice is converted once; keeping the first keeps the order.
        var seen = Set<String>()
        return paths.filter { seen.insert($0).inserted }
    }

    /// One path a line (a CR before the LF is dropped), or one per NUL-ended
    /// record; empty lines name nothing.
    static func parse(_ bytes: [UInt8], nullSeparated: Bool) -> [String] {
        let separator: UInt8 = nullSeparated ? 0 : 0x0A
        return bytes.split(separator: separator).compactMap { record -> String? in
            var record = record[...]
            if !nullSeparated, record.last == 0x0D { record = record.dropLast() }
            return record.isEmpty ? nil : String(decoding: record, as: UTF8.self)
        }
    }
}
