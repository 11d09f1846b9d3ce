import QuireModel
import QuireXML

/// The tree's metadata from the package's records: Dublin Core as EPUB 2
/// and 3 write it, refined by EPUB 3 `meta refines` (title types, creator
/// roles, display order) or EPUB 2 `opf:` attributes.
enum OPFMetadata {
    static func build(_ package: OPFPackage, context: ConversionContext) -> Metadata {
        var metadata = Metadata()
        let titles = package.records("dc:title")
        let main = titles.first { $0.refinements["title-type"] == "main" } ?? titles.first
        if let main, !main.value.isEmpty { metadata.title = [.text(text: main.value)] }
        if let subtitle = titles.first(where: { $0.refinements["title-type"] == "subtitle" }), !subtitle.value.isEmpty {
            metadata.subtitle = [.text(text: subtitle.value)]
        }
        metadata.authors = authors(package, context: context)
        metadata.language = package.records("dc:language").first?.value
        metadata.identifier = identifier(package)
        metadata.date = date(package)
        metadata.subjects = package.records("dc:subject").map(\.value).filter { !$0.isEmpty }
        metadata.rights = package.records("dc:rights").first?.value
        metadata.publisher = package.records("dc:publisher").first?.value
        metadata.source = package.records("dc:source").first?.value
        return metadata
    }

    /// Creators whose role is author (or unstated), ordered by `display-seq`;
    /// the other roles (editor, translator, illustrator…) the tree cannot hold.
    private static func authors(_ package: OPFPackage, context: ConversionContext) -> [String] {
        var authors: [(order: Int, name: String)] = []
        var others: [String] = []
        for (index, creator) in package.records("dc:creator").enumerated() where !creator.value.isEmpty {
            let role = creator.refinements["role"] ?? creator.attributes["role"] ?? "aut"
            if role == "aut" {
                authors.append((Int(creator.refinements["display-seq"] ?? "") ?? 1000 + index, creator.value))
            } else {
                others.append("\(creator.value) (\(role))")
            }
        }
        others += package.records("dc:contributor").filter { !$0.value.isEmpty }.map {
            "\($0.value) (\($0.refinements["role"] ?? $0.attributes["role"] ?? "contributor"))"
        }
        if !others.isEmpty {
            context.warn("contributors other than authors left out (\(others.joined(separator: ", "))): the tree holds authors only")
        }
        return authors.sorted { $0.order < $1.order }.map(\.name)
    }

    /// The identifier the package calls unique, else the first.
    private static func identifier(_ package: OPFPackage) -> String? {
        let identifiers = package.records("dc:identifier").filter { !$0.value.isEmpty }
        return (identifiers.first { $0.id != nil && $0.id == package.uniqueIdentifier } ?? identifiers.first)?.value
    }

    /// The publication date: EPUB 2 may list several events; EPUB 3 has one `dc:date`.
    private static func date(_ package: OPFPackage) -> String? {
        let dates = package.records("dc:date").filter { !$0.value.isEmpty }
        return (dates.first { $0.attributes["event"] == "publication" } ?? dates.first)?.value
    }

    /// The package's description as text (calibre and others store it as escaped HTML).
    static func description(_ package: OPFPackage) -> String? {
        guard let description = package.records("dc:description").first?.value, !description.isEmpty else { return nil }
        return plainText(description)
    }

    private static func plainText(_ description: String) -> String {
        guard description.contains("<"), let (document, _) = try? SafeHTMLParser.parse(Array(description.utf8)),
              let root = document.rootElement else { return description }
        return withExtendedLifetime(document) { root.textContent.collapsingWhitespace }
    }
}
