import QuireXML
import QuireZip

/// Books locked by DRM are refused with the reason, instead of read as
/// ciphertext. Font obfuscation (IDPF's and Adobe's) is not DRM: it hides
/// only fonts, which the tree never needs.
enum EPUBProtection {
    static let fontObfuscation: Set<String> = ["http://www.idpf.org/2008/embedding", "http://ns.adobe.com/pdf/enc#RC"]

    static func refuseLocked(_ archive: ZipReader) throws {
        // Adobe ADEPT, Apple FairPlay and Barnes & Noble leave these beside the book.
        for marker in ["META-INF/rights.xml", "META-INF/sinf.xml"] where archive.contains(marker) {
            throw locked(marker)
        }
        guard archive.contains("META-INF/encryption.xml") else { return }
        let document = try EPUBXML.parse(try archive.read("META-INF/encryption.xml"), entry: "META-INF/encryption.xml")
        var algorithms: [String] = []
        func visit(_ node: XMLNode) {
            for child in node.elements {
                if child.name == "EncryptionMethod", let algorithm = child.attribute("Algorithm") { algorithms.append(algorithm) }
                visit(child)
            }
        }
        visit(document.root)
        if let algorithm = algorithms.first(where: { !fontObfuscation.contains($0) }) {
            throw locked("META-INF/encryption.xml, \(algorithm)")
        }
    }

    private static func locked(_ evidence: String) -> ReaderError {
        .malformed("the book is DRM-protected (\(evidence)): Quire cannot read encrypted books; use a DRM-free copy")
    }
}
