import Foundation
import XCTest

/// Batches: every good input is converted whatever the bad ones around it,
/// each message names its input, the same bytes come out at any --jobs, and
/// outputs keep their inputs' folders.
final class BatchTests: CLITestCase {
    func article(_ title: String) -> [UInt8] {
        Array("\(title)\n\nA first paragraph about \(title), long enough to be a paragraph of running text.\n\nA second one.\n".utf8)
    }

    /// Every file under `folder/relative`, as relative path → bytes.
    func tree(_ relative: String) throws -> [String: Data] {
        let root = folder.appendingPathComponent(relative)
        var files: [String: Data] = [:]
        guard let walker = FileManager.default.enumerator(atPath: root.path) else { return files }
        for case let name as String in walker {
            let url = root.appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[name] = try Data(contentsOf: url)
            }
        }
        return files
    }

    func testBadInputsDoNotStopTheBatchAndEachIsNamed() throws {
        try write("a.txt", article("Alpha"))
        try FileManager.default.createDirectory(atPath: path("notes"), withIntermediateDirectories: true)
        try write("notes/b.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00])
        try write("c.txt", Array("Title\n\nCaf".utf8) + [0xE9] + Array(".\n".utf8))
        try write("empty.txt", [])
        try FileManager.default.createDirectory(atPath: path("folder.txt"), withIntermediateDirectories: true)
        try write("z.txt", article("Zeta"))
        let result = try quire("convert", "a.txt", "notes/b.txt", "c.txt", "empty.txt", "folder.txt", "missing.txt", "z.txt",
                               "-t", "epub", "--output-dir", "out", "--jobs", "2")
        XCTAssertEqual(result.status, 65, result.stderr)
        for bad in ["notes/b.txt: the input looks binary", "c.txt: invalid UTF-8", "empty.txt: the input is empty",
                    "folder.txt: cannot read it: it is a folder", "missing.txt: cannot read it: no such file"] {
            XCTAssertTrue(result.stderr.contains("quire: error: \(bad)"), "\(bad) not in: \(result.stderr)")
        }
        XCTAssertTrue(result.stderr.hasSuffix("converted 2 of 7 files; 5 failed\n"), result.stderr)
        XCTAssertEqual(Set(try tree("out").keys), ["a.epub", "z.epub"], "only the good inputs' outputs, and no temporary files")
    }

    func testAnUnreadableInputIsNamedAndTheOthersConverted() throws {
        // Root reads any file whatever its mode: run quire as nobody then,
        // from a copy in the test's folder (the build folder may be closed to others).
        if getuid() == 0 {
            try FileManager.default.copyItem(atPath: binary.path, toPath: path("quire"))
            wrapper = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", path("quire")]
            chmod(folder.path, 0o777)
        }
        try write("a.txt", article("Alpha"))
        try write("secret.txt", article("Secret"))
        chmod(path("secret.txt"), 0)
        let result = try quire("convert", "secret.txt", "a.txt", "-t", "json", "--output-dir", "out")
        XCTAssertEqual(result.status, 74, result.stderr)
        XCTAssertTrue(result.stderr.contains("quire: error: secret.txt: cannot read it: Permission denied"), result.stderr)
        XCTAssertEqual(Set(try tree("out").keys), ["a.json"])
        XCTAssertFalse(result.stderr.contains("a.txt"), "the readable input converted without a word")
    }

    func testFailFastStopsAtTheFirstBadInput() throws {
        try write("a.txt", [])
        try write("b.txt", article("Beta"))
        let result = try quire("convert", "a.txt", "b.txt", "-t", "json", "--output-dir", "out", "--jobs", "1", "--fail-fast")
        XCTAssertEqual(result.status, 65, result.stderr)
        XCTAssertTrue(result.stderr.contains("converted 0 of 2 files; 1 failed"), result.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: path("out/b.json")))
    }

    func testAnUnwritableOutputExitsWithAnIOError() throws {
        try write("a.txt", article("Alpha"))
        try write("b.txt", article("Beta"))
        try write("out", Array("a file where the folder should be\n".utf8))
        let result = try quire("convert", "a.txt", "b.txt", "-t", "json", "--output-dir", "out")
        XCTAssertEqual(result.status, 74, result.stderr)
        XCTAssertTrue(result.stderr.contains("quire: error: a.txt: cannot"), result.stderr)
    }

    func testManyJobsWriteTheSameBytesAsOne() throws {
        for index in 0..<16 { try write("in\(index).txt", article("Title number \(index)")) }
        let inputs = (0..<16).map { "in\($0).txt" }
        let env = ["SOURCE_DATE_EPOCH": "1700000000"]
        let one = try quire(["convert"] + inputs + ["-t", "epub", "--output-dir", "one", "--jobs", "1"], environment: env)
        let four = try quire(["convert"] + inputs + ["-t", "epub", "--output-dir", "four", "--jobs", "4"], environment: env)
        XCTAssertEqual(one.status, 0, one.stderr)
        XCTAssertEqual(four.status, 0, four.stderr)
        XCTAssertEqual(try tree("one").count, 16)
        XCTAssertEqual(try tree("one"), try tree("four"))
        XCTAssertEqual(four.stderr, "converted 16 of 16 files\n", "no progress bar when standard error is not a terminal")
    }

    func testReportHasOneRecordPerInput() throws {
        try write("a.txt", article("Alpha"))
        try write("b.txt", [0x00, 0x01])
        let result = try quire("convert", "a.txt", "b.txt", "-t", "plain", "--output-dir", "out", "--report", "report.json")
        XCTAssertEqual(result.status, 65)
        let records = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("report.json"))) as? [[String: Any]])
        let byPath = Dictionary(uniqueKeysWithValues: records.map { ($0["path"] as! String, $0) })
        XCTAssertEqual(Set(byPath.keys), ["a.txt", "b.txt"])
        XCTAssertEqual(byPath["a.txt"]?["status"] as? String, "converted")
        XCTAssertEqual(byPath["a.txt"]?["output"] as? String, "out/a.txt")
        XCTAssertEqual(byPath["a.txt"]?["bytes"] as? Int, article("Alpha").count)
        XCTAssertNotNil(byPath["a.txt"]?["milliseconds"] as? Int)
        XCTAssertEqual(byPath["b.txt"]?["status"] as? String, "failed")
        XCTAssertTrue((byPath["b.txt"]?["error"] as? String ?? "").contains("binary"))
    }

    func testFilesFromKeepsFoldersApartAndRefusesCollisions() throws {
        for name in ["a", "b"] {
            try FileManager.default.createDirectory(atPath: path(name), withIntermediateDirectories: true)
            try write("\(name)/index.txt", article(name))
        }
        try write("list", Array("a/index.txt\0./b/index.txt\0".utf8))
        let result = try quire("convert", "--files-from", "list", "-0", "-t", "json", "--output-dir", "out")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(Set(try tree("out").keys), ["a/index.json", "b/index.json"])

        try write("a/index.md", article("markdown"))
        try write("lines", Array("a/index.txt\r\na/index.md\n\n".utf8))
        let clash = try quire("convert", "--files-from", "lines", "-t", "json", "--output-dir", "clash")
        assertFails(clash, code: 64, saying: "a/index.txt and a/index.md would both be written to clash/a/index.json")
        XCTAssertFalse(FileManager.default.fileExists(atPath: path("clash")), "nothing written before the collision is found")
        let original = try Data(contentsOf: folder.appendingPathComponent("a/index.txt"))
        assertFails(try quire("convert", "a/index.txt", "-t", "plain", "--output-dir", "."), code: 64, saying: "replaced by its own output")
        XCTAssertEqual(try Data(contentsOf: folder.appendingPathComponent("a/index.txt")), original)
    }

    func testShardsTogetherConvertEachInputOnce() throws {
        let inputs = (0..<30).map { "t\($0).txt" }
        for name in inputs { try write(name, article(name)) }
        let whole = try quire(["convert"] + inputs + ["-t", "json", "--output-dir", "whole"])
        XCTAssertEqual(whole.status, 0, whole.stderr)
        var seen: [String: Int] = [:]
        for shard in 0..<3 {
            let result = try quire(["convert"] + inputs + ["-t", "json", "--output-dir", "shard\(shard)", "--shard", "\(shard)/3"])
            XCTAssertEqual(result.status, 0, result.stderr)
            let outputs = try tree("shard\(shard)")
            XCTAssertFalse(outputs.isEmpty, "a hash that sends 30 paths to one shard is no split")
            for (name, bytes) in outputs {
                seen[name, default: 0] += 1
                XCTAssertEqual(bytes, try tree("whole")[name])
            }
        }
        XCTAssertEqual(seen.count, 30)
        XCTAssertTrue(seen.values.allSatisfy { $0 == 1 })
        // The job runners' variables pick the same parts as K/N.
        let kubernetes = try quire(["convert"] + inputs + ["-t", "json", "--output-dir", "k1", "--shard", "auto/3"],
                                   environment: ["JOB_COMPLETION_INDEX": "1"])
        let slurm = try quire(["convert"] + inputs + ["-t", "json", "--output-dir", "s1", "--shard", "auto"],
                              environment: ["SLURM_ARRAY_TASK_ID": "11", "SLURM_ARRAY_TASK_MIN": "10", "SLURM_ARRAY_TASK_COUNT": "3"])
        XCTAssertEqual(kubernetes.status, 0, kubernetes.stderr)
        XCTAssertEqual(slurm.status, 0, slurm.stderr)
        XCTAssertEqual(try tree("k1"), try tree("shard1"))
        XCTAssertEqual(try tree("s1"), try tree("shard1"))
        assertFails(try quire(["convert"] + inputs + ["-t", "json", "--output-dir", "x", "--shard", "3/3"]), code: 64, saying: "--shard")
    }

    /// A run stopped by SIGTERM finishes the file in hand and leaves no partial
    /// output; run again with --skip-up-to-date it converts only the rest. The
    /// stop is made certain, however loaded the machine, by a named pipe in
    /// the list: the run waits on it until the test has sent the signal.
    func testAnInterruptedRunResumesWhereItStopped() throws {
        var inputs = (0..<200).map { "p\($0).txt" }
        for name in inputs { try write(name, article(name)) }
        XCTAssertEqual(mkfifo(path("pipe.txt"), 0o644), 0)
        inputs.insert("pipe.txt", at: 20)
        let arguments = ["convert"] + inputs + ["-t", "json", "--output-dir", "out"]
        let env = ["SOURCE_DATE_EPOCH": "1700000000"]
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments + ["--jobs", "1"]
        process.currentDirectoryURL = folder
        process.environment = ProcessInfo.processInfo.environment.merging(env) { $1 }
        process.standardError = FileHandle.nullDevice
        try process.run()
        let outFolder = path("out")
        let deadline = Date().addingTimeInterval(120)
        while (try? FileManager.default.contentsOfDirectory(atPath: outFolder).filter { $0.hasSuffix(".json") }.count) ?? 0 < 20,
              Date() < deadline {
            usleep(10_000)
        }
        process.terminate()
        // The pipe's text arrives after the signal; the run converts it and stops.
        while process.isRunning && Date() < deadline {
            let descriptor = open(path("pipe.txt"), O_WRONLY | O_NONBLOCK)
            if descriptor >= 0 {
                _ = article("Piped").withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
                close(descriptor)
                break
            }
            usleep(10_000)
        }
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 128 + SIGTERM)
        let first = try tree("out")
        XCTAssertTrue((20...21).contains(first.count), "stopped after the file in hand, not at the end: \(first.count)")
        XCTAssertTrue(first.keys.allSatisfy { $0.hasSuffix(".json") && !$0.hasPrefix(".") }, "no temporary files left")
        let times = try Dictionary(uniqueKeysWithValues: first.keys.map {
            ($0, try FileManager.default.attributesOfItem(atPath: outFolder + "/" + $0)[.modificationDate] as! Date)
        })

        try FileManager.default.removeItem(atPath: path("pipe.txt"))
        try write("pipe.txt", article("Piped"))
        let resumed = try quire(arguments + ["--skip-up-to-date"], environment: env)
        XCTAssertEqual(resumed.status, 0, resumed.stderr)
        // The pipe, now a newer file, is converted again.
        XCTAssertTrue(resumed.stderr.contains("converted 181 of 201 files; 20 up to date"), resumed.stderr)
        for (name, time) in times where name != "pipe.json" {
            XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: outFolder + "/" + name)[.modificationDate] as? Date, time,
                           "\(name) was converted again")
        }
        let fresh = try quire(["convert"] + inputs + ["-t", "json", "--output-dir", "fresh"], environment: env)
        XCTAssertEqual(fresh.status, 0, fresh.stderr)
        XCTAssertEqual(try tree("out"), try tree("fresh"))
    }

    func testEncodingOptionAndUTF16() throws {
        try write("latin1.txt", Array("Caf".utf8) + [0xE9] + Array("\r\n\r\nNa".utf8) + [0xEF] + Array("ve text.\r\n".utf8))
        let decoded = try quire("convert", "latin1.txt", "-t", "plain", "--encoding", "latin1")
        XCTAssertEqual(decoded.status, 0, decoded.stderr)
        XCTAssertTrue(decoded.stdout.contains("Café") && decoded.stdout.contains("Naïve text."), decoded.stdout)
        assertFails(try quire("convert", "latin1.txt", "-t", "plain"), code: 65, saying: "--encoding")
        assertFails(try quire("convert", "latin1.txt", "-t", "plain", "--encoding", "klingon"), code: 64, saying: "unknown encoding 'klingon'")

        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in "Title\r\n\r\nUnicode text: ü 🙂.\r\n".utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        try write("windows.txt", utf16)
        let windows = try quire("convert", "windows.txt", "-t", "plain")
        XCTAssertEqual(windows.status, 0, windows.stderr)
        XCTAssertTrue(windows.stdout.contains("Unicode text: ü 🙂."), windows.stdout)
        XCTAssertFalse(windows.stdout.contains("\r"))
    }
}
