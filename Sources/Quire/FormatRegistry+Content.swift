extension FormatRegistry {
    /// The reader for a file, by what its bytes are and then by its name: an
    /// archive declares its format whatever it is called, a text file is
    /// known by its name first (Markdown and plain text look alike), then by
    /// its first bytes when its name says nothing.
    public func reader(forPath path: String, content: [UInt8]) -> (any DocumentReader)? {
        if let declared = FormatDetector.archiveFormat(of: content), let reader = try? reader(named: declared) {
            return reader
        }
        if let named = reader(forPath: path) { return named }
        return FormatDetector.textFormat(of: content).flatMap { try? reader(named: $0) }
    }
}
