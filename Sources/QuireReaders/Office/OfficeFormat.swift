/// The formatting of a run of text that the tree keeps: emphasis, strong, code.
/// Direct formatting and character styles set it; a paragraph style's own italic
/// (a quote style set in italics) does not, as it says nothing about the words.
struct OfficeFormat: Hashable {
    var italic = false
    var bold = false
    var code = false

}
