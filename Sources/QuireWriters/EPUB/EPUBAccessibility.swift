import QuireXML

/// The accessibility metadata of EPUB Accessibility 1.1 (schema.org
/// properties in the OPF). Every claim is derived from the book as written:
/// a feature is listed only when this book has it.
struct EPUBAccessibility {
    var accessModes: [String]
    var sufficientModes: [String]
    var features: [String]
    var summary: String

    /// The conformance claim: the writer's output is built to it and checked
    /// against it (EPUBCheck, axe-core) in Quire's own tests. Nobody has
    /// audited a given book, so no `a11y:certifiedBy` is claimed.
    static let conformance = "EPUB Accessibility 1.1 - WCAG 2.1 Level AA"

    init(book: EPUBBook) {
        let contentImages = !book.images.resources.isEmpty
        let hasImages = book.cover != nil || contentImages
        // The cover always has a text alternative; the text's images only when every one has alt text.
        let everyImageDescribed = !contentImages || book.images.allHaveAlt
        accessModes = hasImages ? ["textual", "visual"] : ["textual"]
        sufficientModes = everyImageDescribed ? ["textual"] : ["textual", "visual"]
        features = ["tableOfContents", "readingOrder", "displayTransformability"]
        if book.hasHeadings { features.insert("structuralNavigation", at: 0) }
        if hasImages && everyImageDescribed { features.append("alternativeText") }
        var sentences = ["This publication conforms to WCAG 2.1 Level AA."]
        sentences.append(book.hasHeadings
            ? "Its headings are marked up and nested, and the table of contents lists every one of them."
            : "It has no headings: the table of contents points to the start of the text.")
        sentences.append("The reading order follows the source, footnotes are linked both ways, and the language of every document is declared.")
        if !hasImages {
            sentences.append("It has no images.")
        } else if !contentImages {
            sentences.append("The only image is the cover, which has a text alternative.")
        } else {
            sentences.append(everyImageDescribed
                ? "Every image has a text alternative."
                : "Some images have no text alternative and are described only by the text around them.")
        }
        sentences.append("Text can be resized and recoloured by the reading system.")
        summary = sentences.joined(separator: " ")
    }

    func write(_ writer: XMLWriter) {
        for mode in accessModes { meta("schema:accessMode", mode, writer) }
        meta("schema:accessModeSufficient", sufficientModes.joined(separator: ","), writer)
        for feature in features { meta("schema:accessibilityFeature", feature, writer) }
        meta("schema:accessibilityHazard", "none", writer)
        meta("schema:accessibilitySummary", summary, writer)
        meta("dcterms:conformsTo", Self.conformance, writer)
    }

    private func meta(_ property: String, _ value: String, _ writer: XMLWriter) {
        writer.element("meta", text: value, ["property": property])
    }
}
