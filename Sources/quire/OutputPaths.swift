import Foundation

/// Where each input's output goes under --output-dir: the input's own path
/// below the folder, with the output format's extension, so that two
/// `index.txt` in different folders stay apart (like `cp --parents`). The
/// path is taken as given, never from a common parent of the list, so that
/// batches split by xargs or by shards put every output in the same place.
enum OutputPaths {
    static func path(for input: String, in folder: String, extension ext: String, currentDirectory: String) -> String {
        var components = relativeComponents(of: input, currentDirectory: currentDirectory)
        let name = components.popLast() ?? "stdin"
        components.append(stem(name) + "." + ext)
        return (folder.hasSuffix("/") ? String(folder.dropLast()) : folder) + "/" + components.joined(separator: "/")
    }

    /// The input's folders and name relative to the current directory when it
    /// lies below it, else below the root; `.` and `..` are resolved in the
    /// text, and a `..` above the start is dropped, so an output never lands
    /// outside the output folder.
    static func relativeComponents(of input: String, currentDirectory: String) -> [String] {
        if input == "-" { return ["stdin"] }
        var path = input
        let base = currentDirectory.hasSuffix("/") ? currentDirectory : currentDirectory + "/"
        if path.hasPrefix(base) { path.removeFirst(base.count) }
        var components: [String] = []
        for component in path.split(separator: "/") {
            switch component {
            case ".": continue
            case "..": _ = components.popLast()
            default: components.append(String(component))
            }
        }
        return components
    }

    /// The name without its last extension (`notes.tar.gz` → `notes.tar`); a
    /// leading dot is part of the name.
    static func stem(_ name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    /// Two inputs that would write the same output, or (unless `-o` asked for
    /// it by name) an output that would replace its own input, are an error
    /// before anything is written.
    static func checkCollisions<S: Sequence>(_ targets: S, mayReplaceInput: Bool) throws where S.Element == (input: String, output: String) {
        var owners: [String: String] = [:]
        for (input, output) in targets {
            if !mayReplaceInput, input != "-", URL(fileURLWithPath: input).standardized.path == URL(fileURLWithPath: output).standardized.path {
                throw CLIError.usage("\(input) would be replaced by its own output: give another --output-dir or -o")
            }
            if let other = owners.updateValue(input, forKey: output) {
                throw CLIError.usage("\(other) and \(input) would both be written to \(output): rename one or convert them separately")
            }
        }
    }
}
