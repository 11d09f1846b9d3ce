import ArgumentParser
import Quire

struct FormatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "formats", abstract: "List the formats Quire reads and writes.")

    func run() throws {
        let registry = FormatRegistry.standard
        print("Readers (-f):")
        for reader in registry.readers { print(Self.line(type(of: reader).format)) }
        print("\nWriters (-t):")
        for writer in registry.writers { print(Self.line(type(of: writer).format)) }
    }

    static func line(_ format: FormatDescription) -> String {
        var name = format.name
        if !format.aliases.isEmpty { name += " (" + format.aliases.joined(separator: ", ") + ")" }
        let padded = name.count < 24 ? name + String(repeating: " ", count: 24 - name.count) : name + " "
        return "  " + padded + format.summary
    }
}
