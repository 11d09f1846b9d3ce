import Foundation
import Synchronization

/// The --report file: a JSON array with one record per input, written as the
/// inputs finish (a batch of millions keeps none of them in memory) into a
/// temporary file that is renamed into place at the end.
final class BatchReport: Sendable {
    let path: String
    private let file: Mutex<(descriptor: Int32, temporary: String, records: Int)>

    init(path: String) throws {
        self.path = path
        let (descriptor, temporary) = try FileIO.temporaryFile(beside: path)
        file = Mutex((descriptor, temporary, 0))
        try write(Array("[".utf8))
    }

    func add(_ outcome: Outcome) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let record = try Array(encoder.encode(outcome))
        try file.withLock { state in
            let separator: [UInt8] = state.records == 0 ? [0x0A] : Array(",\n".utf8)
            state.records += 1
            if !FileIO.writeAll(separator + record, to: state.descriptor) { throw failure() }
        }
    }

    /// Closes the array and renames the file into place.
    func finish() throws {
        try write(Array("\n]\n".utf8))
        let temporary = file.withLock { state in
            close(state.descriptor)
            return state.temporary
        }
        try FileIO.commit(temporary, to: path)
    }

    private func write(_ bytes: [UInt8]) throws {
        try file.withLock { state in
            if !FileIO.writeAll(bytes, to: state.descriptor) { throw failure() }
        }
    }

    private func failure() -> CLIError {
        CLIError.io("cannot write the report '\(path)': \(String(cString: strerror(errno)))")
    }
}
