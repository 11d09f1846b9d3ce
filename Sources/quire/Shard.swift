import Foundation

/// One of N deterministic parts of an input list, so that existing job
/// runners (GNU parallel, xargs -P, a Kubernetes Indexed Job, a Slurm job
/// array) can split an archive across processes and machines: every shard
/// reads the same list and keeps the paths whose hash falls to it.
struct Shard: Equatable {
    let index: Int
    let count: Int

    /// `K/N` with 0 ≤ K < N, or `auto` / `auto/N`: K from the job runner's
    /// environment, N from `/N` or from Slurm's array size.
    static func parse(_ text: String, environment: [String: String]) throws -> Shard {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard (1...2).contains(parts.count) else { throw usage(text) }
        let given = parts.count == 2 ? try number(parts[1], in: text) : nil
        if parts[0] == "auto" { return try automatic(count: given, environment: environment) }
        guard let count = given else { throw usage(text) }
        return try make(index: number(parts[0], in: text), count: count, source: text)
    }

    /// Kubernetes numbers an Indexed Job's pods 0..<completions; Slurm's array
    /// task ids run from SLURM_ARRAY_TASK_MIN in steps of SLURM_ARRAY_TASK_STEP.
    static func automatic(count given: Int?, environment: [String: String]) throws -> Shard {
        if let value = environment["JOB_COMPLETION_INDEX"] {
            guard let count = given else {
                throw CLIError.usage("--shard auto under Kubernetes needs the number of completions: --shard auto/N")
            }
            return try make(index: number(value, in: "JOB_COMPLETION_INDEX=\(value)"), count: count, source: "JOB_COMPLETION_INDEX")
        }
        if let value = environment["SLURM_ARRAY_TASK_ID"] {
            let id = try number(value, in: "SLURM_ARRAY_TASK_ID=\(value)")
            let minimum = try environment["SLURM_ARRAY_TASK_MIN"].map { try number($0, in: "SLURM_ARRAY_TASK_MIN") } ?? 0
            let step = try environment["SLURM_ARRAY_TASK_STEP"].map { try number($0, in: "SLURM_ARRAY_TASK_STEP") } ?? 1
            let count = try given ?? environment["SLURM_ARRAY_TASK_COUNT"].map { try number($0, in: "SLURM_ARRAY_TASK_COUNT") }
            guard let count else { throw CLIError.usage("--shard auto: SLURM_ARRAY_TASK_COUNT is not set: give --shard auto/N") }
            return try make(index: (id - minimum) / max(step, 1), count: count, source: "SLURM_ARRAY_TASK_ID")
        }
        throw CLIError.usage("--shard auto needs JOB_COMPLETION_INDEX (Kubernetes) or SLURM_ARRAY_TASK_ID (Slurm): give --shard K/N elsewhere")
    }

    static func make(index: Int, count: Int, source: String) throws -> Shard {
        guard count >= 1, (0..<count).contains(index) else {
            throw CLIError.usage("--shard: part \(index) of \(count) (from \(source)) is not one of 0 to \(max(count - 1, 0))")
        }
        return Shard(index: index, count: count)
    }

    static func number(_ text: String, in source: String) throws -> Int {
        guard let value = Int(text), value >= 0 else { throw usage(source) }
        return value
    }

    static func usage(_ text: String) -> CLIError {
        CLIError.usage("--shard takes K/N (0 ≤ K < N), auto or auto/N, not '\(text)'")
    }

    func contains(_ path: String) -> Bool {
        Int(Self.hash(path) % UInt64(count)) == index
    }

    /// FNV-1a over the path's bytes: the same on every machine and every run
    /// (Swift's own hashing is seeded per process).
    static func hash(_ path: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in path.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash
    }
}
