import CLibXML2

/// A parsed XML document (from `SafeXMLParser`); its nodes are valid while it lives.
public final class XMLDocument {
    let pointer: xmlDocPtr

    init(_ pointer: xmlDocPtr) { self.pointer = pointer }

    deinit { xmlFreeDoc(pointer) }

    /// The root element.
    public var root: XMLNode { XMLNode(xmlDocGetRootElement(pointer)!) }
}

/// A read-only view of one node of an `XMLDocument`; keep the document alive while using it.
public struct XMLNode {
    let pointer: xmlNodePtr

    init(_ pointer: xmlNodePtr) { self.pointer = pointer }

    public enum Kind: Sendable {
        /// `&name;` of an entity no DTD declared to the parser (it loads none), left unexpanded.
        case element, text, processingInstruction, entityReference, other
    }

    public var kind: Kind {
        switch pointer.pointee.type {
        case XML_ELEMENT_NODE: return .element
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE: return .text
        case XML_PI_NODE: return .processingInstruction
        case XML_ENTITY_REF_NODE: return .entityReference
        default: return .other
        }
    }

    /// The element's local name (or a processing instruction's target).
    public var name: String {
        pointer.pointee.name.map { String(cString: $0) } ?? ""
    }

    /// The element's namespace URI, if it has one.
    public var namespace: String? {
        pointer.pointee.ns?.pointee.href.map { String(cString: $0) }
    }

    /// Whether the node is in no namespace or in `uri`, compared without building strings
    /// (the reader asks this of every element).
    public func isInNoNamespaceOr(_ uri: String) -> Bool {
        guard let href = pointer.pointee.ns?.pointee.href else { return true }
        return uri.withCString { xmlStrEqual(href, UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self)) != 0 }
    }

    /// A text node's characters or a processing instruction's data.
    public var content: String {
        pointer.pointee.content.map { String(cString: $0) } ?? ""
    }

    /// All the text below this node, in document order.
    public var textContent: String {
        guard let buffer = xmlBufferCreate() else { return "" }
        defer { xmlBufferFree(buffer) }
        xmlNodeBufGetContent(buffer, pointer)
        guard let content = xmlBufferContent(buffer) else { return "" }
        return String(cString: content)
    }

    /// 1-based line of the node in the input.
    public var line: Int { Int(xmlGetLineNo(pointer)) }

    /// The value of attribute `name` (in `namespace`, or in no namespace when nil).
    public func attribute(_ name: String, namespace: String? = nil) -> String? {
        guard pointer.pointee.type == XML_ELEMENT_NODE else { return nil }
        var property = pointer.pointee.properties
        while let attribute = property {
            if let own = attribute.pointee.name, equal(own, name), namespaceMatches(attribute.pointee.ns, namespace) {
                var value = ""
                var child = attribute.pointee.children
                while let node = child {
                    if let content = node.pointee.content { value += String(cString: content) }
                    child = node.pointee.next
                }
                return value
            }
            property = attribute.pointee.next
        }
        return nil
    }

    private func equal(_ a: UnsafePointer<xmlChar>, _ b: String) -> Bool {
        b.withCString { xmlStrEqual(a, UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self)) != 0 }
    }

    private func namespaceMatches(_ ns: xmlNsPtr?, _ uri: String?) -> Bool {
        guard let uri else { return ns == nil }
        guard let href = ns?.pointee.href else { return false }
        return equal(href, uri)
    }

    /// The child nodes, in order.
    public var children: Children { Children(first: pointer.pointee.children) }

    /// The child elements, in order.
    public var elements: [XMLNode] { children.filter { $0.kind == .element } }

    public struct Children: Sequence, IteratorProtocol {
        var upcoming: xmlNodePtr?

        init(first: xmlNodePtr?) { upcoming = first }

        public mutating func next() -> XMLNode? {
            guard let node = upcoming else { return nil }
            upcoming = node.pointee.next
            return XMLNode(node)
        }
    }
}
