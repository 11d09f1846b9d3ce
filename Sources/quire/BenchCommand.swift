import ArgumentParser
import Foundation
import Quire

/// Times reading and writing separately inside one process, for `make bench`.
/// Peak memory is the process's maximum resident set, so run one writer per process.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench", abstract: "Measure reader and writer speed on a file (for make bench).",
        shouldDisplay: false)

    @Argument(help: "The input file.")
    var input: String

    @Option(name: [.customShort("f"), .long], help: "Input format.")
    var from: String

    @Option(name: [.customShort("t"), .long], help: "Output format.")
    var to: String

    func run() throws {
        try CLIErrors.guarding {
            var bytes: [UInt8]? = try FileIO.read(input)
            let size = FormatDetector.contentSize(of: bytes!)  // an EPUB's text unpacked
            let converter = Converter()
            let context = ConversionContext(timestamp: 0, inputName: input)
            let clock = ContinuousClock()
            var document: Document?
            let readTime = try clock.measure { document = try converter.read(bytes!, from: from, context: context) }
            bytes = nil  // as `convert` does: the input is gone before writing starts
            var output: [UInt8] = []
            let writeTime = try clock.measure { output = try converter.write(document!, to: to, context: context) }
            let megabytes = Double(size) / 1_048_576
            let peak = Self.peakResidentMegabytes()
            func rate(_ duration: Duration) -> String {
                String(format: "%7.1f MB/s", megabytes / max(Self.seconds(duration), 1e-9))
            }
            let job = "\(from) → \(to)"
            print(job.padding(toLength: 22, withPad: " ", startingAt: 0)
                + "read \(rate(readTime))  write \(rate(writeTime))  both \(rate(readTime + writeTime))"
                + String(format: "  out %6.1f MB  peak %6.1f MB (%.1f× input)",
                         Double(output.count) / 1_048_576, peak, peak / megabytes))
        }
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    static func peakResidentMegabytes() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024  // Linux reports kilobytes
    }
}
