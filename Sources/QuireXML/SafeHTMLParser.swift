import CLibXML2
import QuireModel

/// Parses untrusted HTML (and XHTML) with libxml2's HTML parser, the way a browser
/// would: broken markup is repaired instead of refused, and nothing is ever fetched.
///
/// The HTML parser knows only HTML's own named entities and never reads a DTD, so
/// no external entity can reach a file or the network; an internal DOCTYPE subset
/// (which the HTML parser would otherwise spill into the body as text) is blanked
/// out before parsing, so its declarations are neither used nor shown.
public enum SafeHTMLParser {
    static let options = Int32(HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
        | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_RECOVER.rawValue | HTML_PARSE_COMPACT.rawValue)

    /// How deep elements nest in the tree built. libxml2 stops the whole parse at
    /// 256 (silently, under HTML_PARSE_RECOVER, losing the rest of the page), and
    /// XML_PARSE_HUGE would lift every size limit; instead, tags deeper than this are
    /// left out of the tree while their text goes on into the element at the limit.
    public static let maxDepth = 200

    /// What parsing had to leave out, for the reader's diagnostics.
    public struct Report: Sendable, Hashable {
        /// The input declared a DOCTYPE internal subset (entity declarations), ignored.
        public var droppedInternalSubset = false
        /// Tags nested deeper than `maxDepth`, whose content was kept in their ancestor.
        public var flattenedElements = 0
    }

    /// The SAX hooks' state, reached through the context's `_private` pointer (C
    /// callbacks cannot capture).
    private final class DepthGuard {
        var depth = 0
        var flattened = 0
    }

    /// Parses `bytes`. `encoding` is the character set to assume (nil: let libxml2
    /// follow the document's own `<meta charset>` or XML declaration).
    public static func parse(_ bytes: [UInt8], encoding: String? = "UTF-8") throws -> (XMLDocument, Report) {
        guard !bytes.isEmpty else { throw QuireXMLError.emptyDocument }
        guard bytes.count < Int(Int32.max) else { throw QuireXMLError.forbidden("it is larger than 2 GB") }
        var input = bytes
        var report = Report()
        report.droppedInternalSubset = blankInternalSubset(&input)
        xmlInitParser()
        let depthGuard = DepthGuard()
        let document: htmlDocPtr? = withExtendedLifetime(depthGuard) {
            input.withUnsafeBufferPointer { buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    readInPlace($0, count: Int32(buffer.count), encoding: encoding,
                                depthGuard: Unmanaged.passUnretained(depthGuard).toOpaque())
                }
            }
        }
        report.flattenedElements = depthGuard.flattened
        guard let document else { throw QuireXMLError.malformed(line: 0, message: "libxml2 could not read it as HTML") }
        guard xmlDocGetRootElement(document) != nil else {
            xmlFreeDoc(document)
            throw QuireXMLError.emptyDocument
        }
        return (XMLDocument(document), report)
    }

    /// Whether libxml2 can decode text in the character set `name` (`windows-1252`, `shift_jis`).
    /// `htmlReadMemory` without its copy of the input: libxml2 2.9 copies the whole
    /// page into its own buffer before parsing (22 MB more at the peak for a 22 MB
    /// page); a static buffer reads the caller's bytes where they are. The steps
    /// are htmlReadMemory's own (htmlCreateMemoryParserCtxt, then htmlDoRead).
    private static func readInPlace(_ base: UnsafePointer<CChar>, count: Int32, encoding: String?,
                                    depthGuard: UnsafeMutableRawPointer) -> htmlDocPtr? {
        guard let context = htmlNewParserCtxt() else { return nil }
        context.pointee._private = depthGuard
        limitDepth(context)
        guard let buffer = xmlParserInputBufferCreateStatic(base, count, XML_CHAR_ENCODING_NONE) else {
            htmlFreeParserCtxt(context)
            return nil
        }
        guard let stream = xmlNewIOInputStream(context, buffer, XML_CHAR_ENCODING_NONE) else {
            xmlFreeParserInputBuffer(buffer)
            htmlFreeParserCtxt(context)
            return nil
        }
        inputPush(context, stream)
        htmlCtxtUseOptions(context, options)
        context.pointee.html = 1
        if let encoding, let handler = xmlFindCharEncodingHandler(encoding) {
            xmlSwitchToEncoding(context, handler)
            if let input = context.pointee.input {
                if let old = input.pointee.encoding { quire_xmlFree(UnsafeMutableRawPointer(mutating: old)) }
                input.pointee.encoding = UnsafePointer(xmlStrdup(encoding))
            }
        }
        htmlParseDocument(context)
        let document = context.pointee.myDoc
        context.pointee.myDoc = nil
        if context.pointee.dictNames != 0, let document, document.pointee.dict == context.pointee.dict {
            context.pointee.dict = nil
        }
        htmlFreeParserCtxt(context)
        return document
    }

    /// Wraps the tree builder's element hooks: past `maxDepth` a start tag (and its
    /// end) builds nothing, so the text inside lands in the element at the limit.
    /// The HTML parser closes every element it opens, so the count stays balanced.
    private static func limitDepth(_ context: htmlParserCtxtPtr) {
        guard let sax = context.pointee.sax else { return }
        sax.pointee.startElement = { ctx, name, attributes in
            guard let state = SafeHTMLParser.depthGuard(ctx) else { return }
            state.depth += 1
            if state.depth > SafeHTMLParser.maxDepth {
                state.flattened += 1
                return
            }
            xmlSAX2StartElement(ctx, name, attributes)
        }
        sax.pointee.endElement = { ctx, name in
            guard let state = SafeHTMLParser.depthGuard(ctx) else { return }
            state.depth -= 1
            if state.depth >= SafeHTMLParser.maxDepth { return }
            xmlSAX2EndElement(ctx, name)
        }
    }

    private static func depthGuard(_ ctx: UnsafeMutableRawPointer?) -> DepthGuard? {
        guard let raw = ctx?.assumingMemoryBound(to: xmlParserCtxt.self).pointee._private else { return nil }
        return Unmanaged<DepthGuard>.fromOpaque(raw).takeUnretainedValue()
    }

    public static func knowsEncoding(_ name: String) -> Bool {
        guard let handler = xmlFindCharEncodingHandler(name) else { return false }
        xmlCharEncCloseFunc(handler)
        return true
    }

    /// Overwrites a `<!DOCTYPE name [ ... ]>` internal subset with spaces, keeping
    /// line breaks so line numbers stay right. Returns whether there was one.
    static func blankInternalSubset(_ bytes: inout [UInt8]) -> Bool {
        guard let doctype = findDoctype(bytes) else { return false }
        var index = doctype
        var quote: UInt8 = 0
        while index < bytes.count {
            let byte = bytes[index]
            if quote != 0 {
                if byte == quote { quote = 0 }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                return false
            } else if byte == UInt8(ascii: "[") {
                break
            }
            index += 1
        }
        guard index < bytes.count else { return false }
        // The subset ends at the first `]` followed (after spaces) by `>`, outside quotes.
        var end = index + 1
        quote = 0
        scan: while end < bytes.count {
            let byte = bytes[end]
            if quote != 0 {
                if byte == quote { quote = 0 }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: "]") {
                var after = end + 1
                while after < bytes.count, bytes[after] == 0x20 || bytes[after] == 0x0A || bytes[after] == 0x0D || bytes[after] == 0x09 {
                    after += 1
                }
                if after < bytes.count, bytes[after] == UInt8(ascii: ">") { break scan }
            }
            end += 1
        }
        let stop = min(end + 1, bytes.count)
        for position in index..<stop where bytes[position] != 0x0A {
            bytes[position] = 0x20
        }
        return true
    }

    /// The offset just after `<!DOCTYPE` when it comes before the first element.
    static func findDoctype(_ bytes: [UInt8]) -> Int? {
        let keyword = Array("<!doctype".utf8)
        var index = 0
        let limit = min(bytes.count, 1 << 16)
        while index + keyword.count <= limit {
            if bytes[index] == UInt8(ascii: "<") {
                var matches = true
                for offset in 1..<keyword.count where bytes[index + offset] | 0x20 != keyword[offset] | 0x20 {
                    matches = false
                    break
                }
                if matches { return index + keyword.count }
                // An element (a letter after `<`) means the prologue is over.
                let next = index + 1 < bytes.count ? bytes[index + 1] | 0x20 : 0
                if next >= UInt8(ascii: "a"), next <= UInt8(ascii: "z") { return nil }
            }
            index += 1
        }
        return nil
    }
}
