import QuireZip

/// A small EPUB built in the test from its files, so the markup a test reads is
/// right beside it: a container, a package listing `documents` in spine order.
struct EPUBTestBook {
    var metadata = """
        <dc:title>A Test Book</dc:title><dc:creator>Ann Author</dc:creator><dc:language>en</dc:language>
        """
    /// Spine documents: (path under OEBPS/, XHTML body content, extra itemref attributes).
    var documents: [(path: String, body: String)] = []
    var extraEntries: [(String, [UInt8])] = []
    var version = "3.0"
    /// An EPUB 2 table of contents (the `navMap` content), stored as OEBPS/toc.ncx.
    var ncx: String?

    func xhtml(_ body: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="en">
        <head><title>t</title></head>\(body.hasPrefix("<body") ? body : "<body>\(body)</body>")</html>
        """
    }

    func bytes() throws -> [UInt8] {
        var zip = ZipWriter(timestamp: 0)
        try zip.add("mimetype", Array("application/epub+zip".utf8), method: .stored)
        try zip.add("META-INF/container.xml", Array("""
            <?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
            <rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>
            """.utf8))
        var manifest = ""
        var spine = ""
        for (index, document) in documents.enumerated() {
            manifest += "<item id=\"d\(index)\" href=\"\(document.path)\" media-type=\"application/xhtml+xml\"/>"
            spine += "<itemref idref=\"d\(index)\"/>"
        }
        if let ncx {
            manifest += "<item id=\"ncx\" href=\"toc.ncx\" media-type=\"application/x-dtbncx+xml\"/>"
            try zip.add("OEBPS/toc.ncx", Array("""
                <?xml version="1.0"?><ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1"><navMap>\(ncx)</navMap></ncx>
                """.utf8))
        }
        try zip.add("OEBPS/content.opf", Array("""
            <?xml version="1.0" encoding="UTF-8"?>
            <package xmlns="http://www.idpf.org/2007/opf" version="\(version)" unique-identifier="uid">
            <metadata xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:opf="http://www.idpf.org/2007/opf">\(metadata)</metadata>
            <manifest>\(manifest)</manifest><spine\(ncx == nil ? "" : " toc=\"ncx\"")>\(spine)</spine></package>
            """.utf8))
        for document in documents { try zip.add("OEBPS/" + document.path, Array(xhtml(document.body).utf8)) }
        for (name, bytes) in extraEntries { try zip.add(name, bytes) }
        return try zip.finish()
    }
}
