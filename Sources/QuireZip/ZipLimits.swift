/// The bounds an archive must stay within to be read, so a hostile archive is
/// refused before it costs more than this much memory or work.
public struct ZipLimits: Sendable, Hashable {
    /// Entries in the central directory (a book with every page an image has a few thousand).
    public var maxEntries: Int
    /// What all entries together may unpack to.
    public var maxTotalSize: Int
    /// How many times an entry may expand; real text deflates 3–20 times,
    /// deflate's ceiling is about 1032, which only crafted data reaches.
    public var maxRatio: Int
    /// Entries smaller than this are not held to `maxRatio` (a blank page
    /// of spaces can expand a lot without costing anything).
    public var ratioFloor: Int

    public init(maxEntries: Int = 20_000, maxTotalSize: Int = 1 << 30, maxRatio: Int = 250, ratioFloor: Int = 1 << 20) {
        self.maxEntries = maxEntries
        self.maxTotalSize = maxTotalSize
        self.maxRatio = maxRatio
        self.ratioFloor = ratioFloor
    }

    /// The limits readers use unless told otherwise.
    public static let standard = ZipLimits()
}
