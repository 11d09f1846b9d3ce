import QuireModel
import QuireXML
import QuireZip

/// Images inside a DOCX or ODT archive, carried into the tree as `data:` URIs so that
/// the writers that pack images (print HTML, screen HTML) can show them without the
/// archive; an image the archive does not hold keeps its description with a warning.
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

    /// The image at `path` inside the archive, as a `data:` URI.
    func image(path: String, alt: String) -> Image? {
        guard let type = Self.mediaType(path) else {
            context.warn("\(format): image '\(path)' is not PNG, JPEG, GIF, SVG or WebP; its description stands in its place")
            return nil
        }
        do {
            let bytes = try zip.read(path)
            return Image(source: "data:\(type);base64," + Base64.encode(bytes), alt: alt)
        } catch {
            context.warn("\(format): image '\(path)' could not be read (\(error)); it was left out")
            return nil
        }
    }

    private static func mediaType(_ path: String) -> String? {
        switch path.split(separator: ".").last?.lowercased() {
        case "png"?: return "image/png"
        case "jpg"?, "jpeg"?: return "image/jpeg"
        case "gif"?: return "image/gif"
        case "svg"?: return "image/svg+xml"
        case "webp"?: return "image/webp"
        default: return nil
        }
    }

    private func walk(_ node: XMLNode, _ visit: (XMLNode) -> Void) {
        for child in node.elements {
            visit(child)
            walk(child, visit)
        }
    }
}
