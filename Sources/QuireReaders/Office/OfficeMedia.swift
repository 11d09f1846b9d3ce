import QuireModel
import QuireXML
import QuireZip

/// Images inside a DOCX or ODT archive: the tree names each by its path in the archive,
/// and its bytes travel to the writers through the context (as an EPUB's do), so an EPUB
/// or print HTML made from the document packs them. A picture the archive does not hold,
/// or in a format no writer shows, is left out with a warning.
struct OfficeMedia {
    let zip: ZipReader
    let context: ConversionContext
    let format: String

    /// The image a DOCX drawing (`a:blip r:embed`) or VML picture (`v:imagedata r:id`) shows.
    func image(in drawing: XMLNode, relationships: [String: String]) -> Image? {
        var id: String?
        var alt = ""
        walk(drawing) { node in
            switch node.name {
            case "blip": id = id ?? DOCXReader.relationship(node, "embed")
            case "imagedata": id = id ?? DOCXReader.relationship(node, "id")
            case "docPr": alt = node.attribute("descr") ?? node.attribute("title") ?? ""
            default: break
            }
        }
        guard let id, let target = relationships[id] else { return nil }
        return image(path: target.hasPrefix("/") ? String(target.dropFirst()) : "word/" + target, alt: alt)
    }

    /// The image at `path` inside the archive, its bytes offered to the writers.
    func image(path: String, alt: String) -> Image? {
        guard Self.isPicture(path) else {
            context.warn("\(format): image '\(path)' is not PNG, JPEG, GIF, SVG or WebP; its description stands in its place")
            return nil
        }
        do {
            context.carry(path, try zip.read(path))
            return Image(source: path, alt: alt)
        } catch {
            context.warn("\(format): image '\(path)' could not be read (\(error)); it was left out")
            return nil
        }
    }

    /// Word and LibreOffice also embed EMF, WMF and TIFF pictures, which no writer shows.
    private static func isPicture(_ path: String) -> Bool {
        ["png", "jpg", "jpeg", "gif", "svg", "webp"].contains(path.split(separator: ".").last?.lowercased() ?? "")
    }

    private func walk(_ node: XMLNode, _ visit: (XMLNode) -> Void) {
        for child in node.elements {
            visit(child)
            walk(child, visit)
        }
    }
}
