/// Errors of the conversion facade.
public enum QuireError: CategorizedError, Equatable {
    case unknownFormat(String, role: String, known: [String])
    case cannotGuessFormat(String, role: String)
    case badMetadata(String)

    public var category: ErrorCategory { .usage }

    public var description: String {
        switch self {
        case .unknownFormat(let name, let role, let known):
            var message = "unknown \(role) format '\(name)'"
            if let guess = QuireError.closest(to: name, in: known) { message += ": did you mean '\(guess)'?" }
            return message + " (known: \(known.joined(separator: ", ")); see `quire formats`)"
        case .cannotGuessFormat(let path, let role):
            return "cannot tell the \(role) format of '\(path)' from its name or content: give it with \(role == "input" ? "-f" : "-t")"
        case .badMetadata(let item):
            return "bad metadata '\(item)': write it as key=value (title, subtitle, author, date, language, subject, rights, source, publisher, identifier)"
        }
    }

    /// The known name nearest to a misspelt one, if it is close enough to be meant.
    static func closest(to name: String, in known: [String]) -> String? {
        let scored = known.map { ($0, editDistance(Array(name.lowercased()), Array($0))) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(2, name.count / 3) else { return nil }
        return best.0
    }

    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        var previous = Array(0...b.count)
        for (i, ca) in a.enumerated() {
            var current = [i + 1]
            for (j, cb) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (ca == cb ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
}
