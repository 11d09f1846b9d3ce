import Foundation
import Quire

/// File access for the CLI: whole-file reads, atomic writes, timestamps.
enum FileIO {
    /// The whole file. Messages do not repeat the path: the caller names the
    /// input once, in front of every message about it.
    static func read(_ path: String) throws -> [UInt8] {
        if path == "-" { return Array(FileHandle.standardInput.readDataToEndOfFile()) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CLIError.io("cannot read it: no such file (check the path)")
        }
        if isDirectory.boolValue { throw CLIError.io("cannot read it: it is a folder, give a file") }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw CLIError.io("cannot read it: \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            throw CLIError.io("cannot read it: \(String(cString: strerror(errno)))")
        }
        // A pipe (`<(command)`, a FIFO) has no size: read it to its end.
        if info.st_mode & S_IFMT != S_IFREG { return Array(FileHandle(fileDescriptor: descriptor).readDataToEndOfFile()) }
        // Read straight into the array: one copy of the input in memory, not two.
        let size = Int(info.st_size)
        var failure: Int32 = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            count = 0
            while count < size {
                let got = Foundation.read(descriptor, buffer.baseAddress! + count, size - count)
                if got < 0 { failure = errno; return }
                if got == 0 { break }
                count += got
            }
        }
        if failure != 0 { throw CLIError.io("cannot read it: \(String(cString: strerror(failure)))") }
        return bytes
    }

    /// A file's modification time in nanoseconds since 1970, or nil if it does not exist.
    static func modificationTime(_ path: String) -> Int64? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
    }

    /// `SOURCE_DATE_EPOCH` when set (reproducible builds), else the input's
    /// modification time, else now (standard input).
    static func timestamp(for path: String) throws -> Int64 {
        if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"] {
            guard let seconds = Int64(epoch.trimmingCharacters(in: .whitespaces)) else {
                throw CLIError.usage("SOURCE_DATE_EPOCH must be a whole number of seconds, not '\(epoch)'")
            }
            return seconds
        }
        if path != "-", let attributes = try? FileManager.default.attributesOfItem(atPath: path),
           let date = attributes[.modificationDate] as? Date {
            return Int64(date.timeIntervalSince1970)
        }
        return Int64(Date().timeIntervalSince1970)
    }

    /// Writes to a temporary file beside `path`, then renames it over `path`,
    /// so readers never see a half-written file and a failure clobbers nothing.
    static func writeAtomically(_ bytes: [UInt8], to path: String) throws {
        // A device or pipe (/dev/null, a FIFO) is written in place: renaming
        // over it would replace the device with a file.
        var info = stat()
        if stat(path, &info) == 0, info.st_mode & S_IFMT != S_IFREG, info.st_mode & S_IFMT != S_IFDIR {
            return try writeInPlace(bytes, to: path)
        }
        let (descriptor, temporary) = try temporaryFile(beside: path)
        let ok = writeAll(bytes, to: descriptor)
        close(descriptor)
        guard ok else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw CLIError.io("cannot write '\(path)': \(reason)")
        }
        try commit(temporary, to: path)
    }

    /// A new empty file in `path`'s folder (created if missing), to be
    /// renamed over `path` by `commit` once it is complete.
    static func temporaryFile(beside path: String) throws -> (descriptor: Int32, path: String) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) {
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            } catch {
                throw CLIError.io("cannot create folder '\(folder.path)': \(error.localizedDescription)")
            }
        }
        var template = Array((folder.path + "/.\(url.lastPathComponent).XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else {
            throw CLIError.io("cannot write in '\(folder.path)': \(String(cString: strerror(errno)))")
        }
        fchmod(descriptor, 0o644)
        return (descriptor, String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self))
    }

    /// Renames a finished temporary file over `path`; on failure removes it.
    static func commit(_ temporary: String, to path: String) throws {
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw CLIError.io("cannot write '\(path)': \(reason)")
        }
    }

    static func writeInPlace(_ bytes: [UInt8], to path: String) throws {
        let descriptor = open(path, O_WRONLY)
        guard descriptor >= 0 else { throw CLIError.io("cannot write '\(path)': \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        if !writeAll(bytes, to: descriptor) {
            throw CLIError.io("cannot write '\(path)': \(String(cString: strerror(errno)))")
        }
    }

    static func writeStandardOutput(_ bytes: [UInt8]) throws {
        if !writeAll(bytes, to: 1) {
            throw CLIError.io("cannot write to standard output: \(String(cString: strerror(errno)))")
        }
    }

    static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
        bytes.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let result = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if result <= 0 { return false }
                offset += result
            }
            return true
        }
    }

    static func writeStandardError(_ message: String) {
        FileHandle.standardError.write(message.data(using: .utf8)!)
    }

    static var standardOutputIsTerminal: Bool { isatty(1) != 0 }
}

/// Loads files named in options (style sheets, covers, fonts) from the file system.
struct FileResources: ResourceLoader {
    func load(_ path: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIError.io("cannot read '\(path)': no such file or not readable")
        }
        return Array(data)
    }
}
