import Foundation
import XCTest

/// Runs the `quire` binary built next to the tests, in a fresh temporary folder.
class CLITestCase: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("quire-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The build products folder: on Linux the test bundle's URL is that folder,
    /// on Apple platforms it is the .xctest bundle inside it.
    var binary: URL {
        let bundle = Bundle(for: CLITestCase.self).bundleURL
        let candidates = [bundle, bundle.deletingLastPathComponent()].map { $0.appendingPathComponent("quire") }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }

    /// The command that runs quire with the arguments after it, when not
    /// `binary` alone (`setpriv … quire` to run it as another user).
    var wrapper: [String] = []

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    func write(_ name: String, _ bytes: [UInt8]) throws {
        try Data(bytes).write(to: folder.appendingPathComponent(name))
    }

    func quire(_ arguments: String..., environment: [String: String] = [:]) throws -> Result {
        try quire(arguments, environment: environment)
    }

    func quire(_ arguments: [String], environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        if let command = wrapper.first {
            process.executableURL = URL(fileURLWithPath: command)
            process.arguments = Array(wrapper.dropFirst()) + arguments
        } else {
            process.executableURL = binary
            process.arguments = arguments
        }
        process.currentDirectoryURL = folder
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read before waiting so a large output cannot fill the pipe and block.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// Asserts a failure with the given exit code and a single-line message containing `fragment`.
    func assertFails(_ result: Result, code: Int32, saying fragment: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(result.status, code, result.stderr, file: file, line: line)
        let lines = result.stderr.split(separator: "\n")
        XCTAssertEqual(lines.count, 1, "one-line error expected: \(result.stderr)", file: file, line: line)
        XCTAssertTrue(result.stderr.contains(fragment), result.stderr, file: file, line: line)
    }
}
