import Validation

/// An experience read from a Word document: the `.md` text, where each of its lines came from, what the import noticed.
public struct ImportedExperience: Sendable {
    /// The experience file's text, front matter and body.
    public let markdown: String
    /// For each line of `markdown` (index 0 is line 1), the place in the Word document it came from.
    public let origins: [WordPlace?]
    /// The import's own findings about the Word file (`word.*`), in document order.
    public let findings: [ImportFinding]
    /// The region as written in the fields table, when it was.
    public let regionAnswer: String?

    /// The region the document names, as the schema recognises it.
    public func region(in schema: Schema) -> RegionSpec? {
        regionAnswer.flatMap { schema.region(matching: $0) }
    }

    /// The place in Word of a line of `markdown`; the nearest line above that has one, for blank lines.
    public func place(ofLine line: Int) -> WordPlace? {
        guard !origins.isEmpty else { return nil }
        var index = min(max(line - 1, 0), origins.count - 1)
        while index >= 0 {
            if let place = origins[index] { return place }
            index -= 1
        }
        return nil
    }
}
