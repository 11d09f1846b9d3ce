import CLibXML2
import QuireModel

/// A streaming XML writer over libxml2's `xmlTextWriter`: escaping, namespaces
/// and well-formedness are libxml2's job, never string concatenation's.
///
/// Output accumulates in one libxml2 buffer and is handed over as bytes at the end.
public final class XMLWriter {
    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr
    private var failed = false

    /// Starts a document. `indent` pretty-prints element-only content; leave it
    /// off for mixed content (XHTML paragraphs), where added spaces would show.
    public init(indent: Bool = false) {
        buffer = xmlBufferCreate()
        writer = xmlNewTextWriterMemory(buffer, 0)
        if indent {
            xmlTextWriterSetIndent(writer, 1)
            xmlTextWriterSetIndentString(writer, "  ")
        }
    }

    deinit {
        xmlFreeTextWriter(writer)
        xmlBufferFree(buffer)
    }

    private func check(_ result: Int32) {
        if result < 0 { failed = true }
    }

    /// Writes the XML declaration (`<?xml version="1.0" encoding="UTF-8"?>`).
    public func startDocument() {
        check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil))
    }

    /// Writes `<!DOCTYPE name>` with optional public and system ids.
    public func doctype(_ name: String, publicID: String? = nil, systemID: String? = nil) {
        check(xmlTextWriterWriteDTD(writer, name, publicID, systemID, nil))
    }

    public func startElement(_ name: String) {
        check(xmlTextWriterStartElement(writer, name))
    }

    /// Starts an element and writes its attributes, in the order given (for reproducible bytes).
    public func startElement(_ name: String, _ attributes: KeyValuePairs<String, String?>) {
        startElement(name)
        for (key, value) in attributes {
            if let value { attribute(key, value) }
        }
    }

    public func attribute(_ name: String, _ value: String) {
        check(xmlTextWriterWriteAttribute(writer, name, value))
    }

    /// Closes the innermost open element (as `<x/>` when it is empty).
    public func endElement() {
        check(xmlTextWriterEndElement(writer))
    }

    /// Closes the innermost open element with an explicit end tag even when
    /// empty; HTML parsers need it for elements like `<script>` or `<a>`.
    public func endElementFull() {
        check(xmlTextWriterFullEndElement(writer))
    }

    /// Writes an element holding only text.
    public func element(_ name: String, text: String, _ attributes: KeyValuePairs<String, String?> = [:]) {
        startElement(name, attributes)
        self.text(text)
        endElement()
    }

    /// Writes character data, escaped.
    public func text(_ string: String) {
        check(xmlTextWriterWriteString(writer, string))
    }

    /// Writes a processing instruction (`<?target data?>`), invisible to schemas and stylesheets
    /// that do not know `target`.
    public func processingInstruction(_ target: String, _ data: String = "") {
        check(xmlTextWriterWritePI(writer, target, data))
    }

    public func comment(_ string: String) {
        check(xmlTextWriterWriteComment(writer, string))
    }

    /// Writes trusted, already well-formed markup as is.
    public func raw(_ markup: String) {
        check(xmlTextWriterWriteRaw(writer, markup))
    }

    /// Closes every open element and returns the document's bytes.
    public func finish() throws -> [UInt8] {
        check(xmlTextWriterEndDocument(writer))
        check(xmlTextWriterFlush(writer))
        if failed { throw QuireXMLError.writeFailed }
        let count = Int(xmlBufferLength(buffer))
        guard count > 0, let content = xmlBufferContent(buffer) else { return [] }
        return Array(UnsafeBufferPointer(start: content, count: count))
    }
}

/// Errors of the XML layer.
public enum QuireXMLError: CategorizedError, Equatable {
    case writeFailed
    case malformed(line: Int, message: String)
    case forbidden(String)
    case emptyDocument

    public var category: ErrorCategory {
        switch self {
        case .writeFailed: return .io
        case .malformed, .forbidden, .emptyDocument: return .badInput
        }
    }

    public var description: String {
        switch self {
        case .writeFailed:
            return "the XML writer failed (out of memory or invalid characters in the text)"
        case .malformed(let line, let message):
            return "not well-formed XML at line \(line): \(message)"
        case .forbidden(let what):
            return "refused to read the document: \(what)"
        case .emptyDocument:
            return "the document is empty: give a file with an XML root element"
        }
    }
}
