/// What became of one input of a batch: one record of the --report file.
struct Outcome: Sendable, Encodable {
    enum Status: String, Sendable, Encodable { case converted, skipped, failed }

    var path: String
    var output: String?
    var status: Status
    /// The error message, for a failure.
    var error: String?
    /// The exit code a failure alone would give (0 otherwise).
    var code: Int32 = 0
    /// Whether the failure was writing the output (the input was fine).
    var failedWriting = false
    var warnings: [String] = []
    /// Bytes read from the input.
    var bytes = 0
    var milliseconds = 0

    enum CodingKeys: String, CodingKey {
        case path, output, status, error, warnings, bytes, milliseconds
    }
}
