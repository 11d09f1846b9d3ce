import CLibXML2
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// Fast accessors for readers that walk large trees (the HTML reader): names and
// attributes compared in place, text copied as bytes, and node identities for
// sets, so that a walk over a 20 MB page builds no string it does not keep.

extension XMLNode: Hashable {
    public static func == (lhs: XMLNode, rhs: XMLNode) -> Bool { lhs.pointer == rhs.pointer }
    public func hash(into hasher: inout Hasher) { hasher.combine(pointer) }
}

extension XMLNode {
    /// The parent node, if it is an element.
    public var parentElement: XMLNode? {
        guard let parent = pointer.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else { return nil }
        return XMLNode(parent)
    }

    public var firstChild: XMLNode? { pointer.pointee.children.map(XMLNode.init) }
    public var nextSibling: XMLNode? { pointer.pointee.next.map(XMLNode.init) }
    public var previousSibling: XMLNode? { pointer.pointee.prev.map(XMLNode.init) }

    /// Whether this is an element named `name` (HTML names are lower-case).
    public func hasName(_ name: StaticString) -> Bool {
        guard pointer.pointee.type == XML_ELEMENT_NODE, let own = pointer.pointee.name else { return false }
        return xmlStrEqual(own, name.utf8Start) != 0
    }

    /// The value of the attribute literally named `name` (prefix included, as the
    /// HTML parser keeps it: `epub:type`, `xml:lang`), compared without building strings.
    public func attribute(named name: StaticString) -> String? {
        var property = pointer.pointee.properties
        while let attribute = property {
            if let own = attribute.pointee.name, xmlStrEqual(own, name.utf8Start) != 0 {
                return Self.value(of: attribute)
            }
            property = attribute.pointee.next
        }
        return nil
    }

    /// Whether the element has the attribute at all.
    public func hasAttribute(named name: StaticString) -> Bool {
        var property = pointer.pointee.properties
        while let attribute = property {
            if let own = attribute.pointee.name, xmlStrEqual(own, name.utf8Start) != 0 { return true }
            property = attribute.pointee.next
        }
        return false
    }

    /// Every attribute as written, for the rare element whose attributes matter.
    public var attributes: [(name: String, value: String)] {
        var result: [(name: String, value: String)] = []
        var property = pointer.pointee.properties
        while let attribute = property {
            if let own = attribute.pointee.name {
                result.append((String(cString: own), Self.value(of: attribute)))
            }
            property = attribute.pointee.next
        }
        return result
    }

    private static func value(of attribute: xmlAttrPtr) -> String {
        var child = attribute.pointee.children
        if let only = child, only.pointee.next == nil {
            return only.pointee.content.map { String(cString: $0) } ?? ""
        }
        var value = ""
        while let node = child {
            if let content = node.pointee.content { value += String(cString: content) }
            child = node.pointee.next
        }
        return value
    }

    /// Appends a text node's bytes (UTF-8) to `buffer`.
    public func appendContent(to buffer: inout [UInt8]) {
        guard let content = pointer.pointee.content else { return }
        buffer.append(contentsOf: UnsafeBufferPointer(start: content, count: Self.length(content)))
    }

    /// Calls `body` with a text node's bytes, without copying them.
    public func withContentBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        guard let content = pointer.pointee.content else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        return body(UnsafeBufferPointer(start: content, count: Self.length(content)))
    }

    /// libc's `strlen` (vectorised), not libxml2's byte-by-byte `xmlStrlen`.
    private static func length(_ content: UnsafePointer<xmlChar>) -> Int {
        UnsafeRawPointer(content).withMemoryRebound(to: CChar.self, capacity: 1) { strlen($0) }
    }
}

extension XMLDocument {
    /// The `<html>` element (or whatever the root is) and, through it, everything else.
    public var rootElement: XMLNode? { xmlDocGetRootElement(pointer).map(XMLNode.init) }
}
