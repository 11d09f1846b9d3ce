import QuireXML

/// The HTML elements the reader tells apart; everything else is `unknown` and is
/// read through, like a browser renders the content of an element it does not know.
enum HTMLTag: String, CaseIterable {
    case html, head, body, title, meta, link, base, script, style, noscript, template
    case article, main, section, nav, aside, header, footer, div, hgroup, address, center
    case h1, h2, h3, h4, h5, h6, p, blockquote, figure, figcaption, pre, hr
    case ul, ol, li, dl, dt, dd, menu
    case table, caption, thead, tbody, tfoot, tr, th, td, colgroup, col
    case details, summary, fieldset, legend
    case a, em, i, strong, b, q, cite, code, kbd, samp, tt, br, img, picture, sup, sub
    case span, small, big, abbr, time, mark, u, s, strike, del, ins, dfn, `var`, font
    case label, bdi, bdo, data, wbr, nobr
    case form, button, input, select, option, textarea, iframe, object, embed, svg, math
    case canvas, video, audio, source, track, dialog, map, area, frame, frameset, output
    case progress, meter
    case unknown

    init(_ node: XMLNode) {
        self = HTMLTag.byName[node.name] ?? .unknown
    }

    /// A hashed lookup: the synthesised `init(rawValue:)` compares names one by one.
    private static let byName: [String: HTMLTag] = {
        var names: [String: HTMLTag] = [:]
        for tag in HTMLTag.allCases where tag != .unknown { names[tag.rawValue] = tag }
        return names
    }()

    /// Elements that never hold article text: code, media, widgets and forms.
    var isNeverContent: Bool {
        switch self {
        case .head, .title, .meta, .link, .base, .script, .style, .noscript, .template, .form, .button,
             .input, .select, .option, .textarea, .iframe, .object, .embed, .svg, .canvas, .video,
             .audio, .source, .track, .dialog, .map, .area, .frame, .frameset, .output, .progress,
             .meter, .nav:
            return true
        case .html, .body, .article, .main, .section, .aside, .header, .footer, .div, .hgroup, .address,
             .center, .h1, .h2, .h3, .h4, .h5, .h6, .p, .blockquote, .figure, .figcaption, .pre, .hr,
             .ul, .ol, .li, .dl, .dt, .dd, .menu, .table, .caption, .thead, .tbody, .tfoot, .tr, .th,
             .td, .colgroup, .col, .details, .summary, .fieldset, .legend, .a, .em, .i, .strong, .b,
             .q, .cite, .code, .kbd, .samp, .tt, .br, .img, .picture, .sup, .sub, .span, .small, .big,
             .abbr, .time, .mark, .u, .s, .strike, .del, .ins, .dfn, .var, .font, .label, .bdi, .bdo,
             .data, .wbr, .nobr, .math, .unknown:
            return false
        }
    }

    /// Embedded media: content of the page that a document tree cannot hold.
    var isMedia: Bool {
        [.video, .audio, .iframe, .object, .embed, .svg, .canvas].contains(self)
    }

    /// Elements a browser lays out as blocks: they end the paragraph around them.
    var isBlock: Bool {
        switch self {
        case .html, .body, .article, .main, .section, .nav, .aside, .header, .footer, .div, .hgroup,
             .address, .center, .h1, .h2, .h3, .h4, .h5, .h6, .p, .blockquote, .figure, .figcaption,
             .pre, .hr, .ul, .ol, .li, .dl, .dt, .dd, .menu, .table, .caption, .thead, .tbody, .tfoot,
             .tr, .th, .td, .details, .summary, .fieldset, .legend, .form, .dialog:
            return true
        case .head, .title, .meta, .link, .base, .script, .style, .noscript, .template, .colgroup, .col,
             .a, .em, .i, .strong, .b, .q, .cite, .code, .kbd, .samp, .tt, .br, .img, .picture, .sup,
             .sub, .span, .small, .big, .abbr, .time, .mark, .u, .s, .strike, .del, .ins, .dfn, .var,
             .font, .label, .bdi, .bdo, .data, .wbr, .nobr, .button, .input, .select, .option,
             .textarea, .iframe, .object, .embed, .svg, .math, .canvas, .video, .audio, .source,
             .track, .map, .area, .frame, .frameset, .output, .progress, .meter, .unknown:
            return false
        }
    }

    /// h1...h6 as a number, else nil.
    var headingLevel: Int? {
        switch self {
        case .h1: return 1
        case .h2: return 2
        case .h3: return 3
        case .h4: return 4
        case .h5: return 5
        case .h6: return 6
        default: return nil
        }
    }
}
