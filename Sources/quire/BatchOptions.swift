import ArgumentParser

/// The options of `convert` that concern many inputs: where the list comes
/// from, which part of it this process takes, how many files at once, and
/// what is reported.
struct BatchOptions: ParsableArguments {
    @Option(help: "Convert this many files at once (default: the number of cores).")
    var jobs: Int?

    @Flag(help: "Stop at the first input that fails (by default every other input is still converted).")
    var failFast = false

    @Option(help: "Write one JSON record per input (path, output, status, warnings, bytes, milliseconds) to this file.")
    var report: String?

    @Option(help: "Read input paths from this file, one a line (- for standard input).")
    var filesFrom: String?

    @Flag(name: [.customShort("0"), .customLong("null")], help: "--files-from: paths end with a NUL byte (find -print0).")
    var nullSeparated = false

    @Flag(help: "Skip inputs whose output is newer than the input and than quire itself (to resume a run).")
    var skipUpToDate = false

    @Option(help: ArgumentHelp(
        "Convert only part K of N (0 ≤ K < N) of the inputs, chosen by a hash of each path; auto or auto/N reads JOB_COMPLETION_INDEX (Kubernetes) or SLURM_ARRAY_TASK_ID (Slurm).",
        valueName: "K/N"))
    var shard: String?

    @Flag(name: [.customShort("q"), .long], help: "No progress bar and no summary line.")
    var quiet = false
}
