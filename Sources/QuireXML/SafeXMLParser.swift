import CLibXML2
import QuireModel

/// Parses untrusted XML into a libxml2 tree without ever reaching out: no network
/// (`XML_PARSE_NONET`), no DTD loading, no entity substitution beyond the five predefined
/// ones and character references, libxml2's size limits kept (no `XML_PARSE_HUGE`), and
/// any document whose DOCTYPE declares an entity refused before a single one is expanded
/// (billion laughs, external entities reading local files).
public enum SafeXMLParser {
    static let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_NOERROR.rawValue
        | XML_PARSE_NOWARNING.rawValue | XML_PARSE_BIG_LINES.rawValue | XML_PARSE_COMPACT.rawValue)

    /// What the SAX hooks saw; reached through the parser context's `_private` pointer,
    /// because C callbacks cannot capture.
    private final class Watch {
        var entities: [String] = []
        /// The first error, which names the cause; later ones are often its consequences.
        var firstError: QuireXMLError?
    }

    public static func parse(_ bytes: [UInt8]) throws -> XMLDocument {
        guard bytes.contains(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) else {
            throw QuireXMLError.emptyDocument
        }
        guard bytes.count < Int(Int32.max) else { throw QuireXMLError.forbidden("it is larger than 2 GB") }
        xmlInitParser()
        guard let context = xmlNewParserCtxt() else { throw QuireXMLError.malformed(line: 0, message: "libxml2 could not start a parser") }
        defer { xmlFreeParserCtxt(context) }
        let watch = Watch()
        var result: XMLDocument?
        try withExtendedLifetime(watch) {
            context.pointee._private = Unmanaged.passUnretained(watch).toOpaque()
            installHooks(context)
            let document = bytes.withUnsafeBufferPointer { buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    xmlCtxtReadMemory(context, $0, Int32(buffer.count), nil, nil, options)
                }
            }
            if !watch.entities.isEmpty {
                if let document { xmlFreeDoc(document) }
                throw QuireXMLError.forbidden(
                    "it declares entities (\(watch.entities.joined(separator: ", "))); entities can expand without bound or read local files, so Quire reads only documents without them")
            }
            guard let document else { throw watch.firstError ?? malformed(context) }
            guard xmlDocGetRootElement(document) != nil else {
                xmlFreeDoc(document)
                throw QuireXMLError.emptyDocument
            }
            result = XMLDocument(document)
        }
        return result!
    }

    /// Hooks the SAX handler: entity declarations stop the parser at once; errors are kept
    /// in the context (for our one-line message) instead of printed.
    private static func installHooks(_ context: xmlParserCtxtPtr) {
        guard let sax = context.pointee.sax else { return }
        sax.pointee.entityDecl = { ctx, name, _, _, _, _ in SafeXMLParser.refuse(ctx, name) }
        sax.pointee.unparsedEntityDecl = { ctx, name, _, _, _ in SafeXMLParser.refuse(ctx, name) }
        sax.pointee.serror = { ctx, error in SafeXMLParser.record(ctx, error) }
        sax.pointee.error = nil
        sax.pointee.warning = nil
    }

    private static func refuse(_ ctx: UnsafeMutableRawPointer?, _ name: UnsafePointer<xmlChar>?) {
        guard let ctx else { return }
        let context = ctx.assumingMemoryBound(to: xmlParserCtxt.self)
        if let raw = context.pointee._private {
            let watch = Unmanaged<Watch>.fromOpaque(raw).takeUnretainedValue()
            watch.entities.append(name.map { String(cString: $0) } ?? "?")
        }
        xmlStopParser(context)
    }

    private static func record(_ ctx: UnsafeMutableRawPointer?, _ error: UnsafeMutablePointer<xmlError>?) {
        guard let ctx, let error, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
        let context = ctx.assumingMemoryBound(to: xmlParserCtxt.self)
        guard let raw = context.pointee._private else { return }
        let watch = Unmanaged<Watch>.fromOpaque(raw).takeUnretainedValue()
        if watch.firstError == nil { watch.firstError = describe(error) }
    }

    private static func describe(_ error: UnsafePointer<xmlError>) -> QuireXMLError {
        let message = error.pointee.message.map { String(cString: $0) } ?? "unknown error"
        let oneLine = message.split(whereSeparator: \.isNewline).joined(separator: " ")
        return .malformed(line: Int(error.pointee.line), message: withoutLibXMLAdvice(oneLine))
    }

    private static func malformed(_ context: xmlParserCtxtPtr) -> QuireXMLError {
        guard let error = xmlCtxtGetLastError(context) else {
            return .malformed(line: 0, message: "the parser stopped")
        }
        return describe(error)
    }

    /// libxml2 suggests XML_PARSE_HUGE when a limit is hit; Quire keeps the limits
    /// on purpose, so the message says what the limit is and what the user can do.
    static func withoutLibXMLAdvice(_ message: String) -> String {
        guard let advice = message.range(of: "use XML_PARSE_HUGE option") else { return message }
        var said = String(message[..<advice.lowerBound])
        while said.last == " " || said.last == "," { said.removeLast() }
        if said.hasPrefix("Excessive depth in document") {
            return "elements nest deeper than \(said.split(separator: " ").last ?? "256") levels, the most Quire reads: unwrap the deepest elements"
        }
        return "\(said): past the size limit Quire keeps for untrusted XML; split the document or shorten that part"
    }
}
