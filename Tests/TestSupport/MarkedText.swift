import Diagnostics

/// Fixture text with markers (1️⃣ … 9️⃣) where diagnostics must appear, as swift-format's tests do.
///
/// The markers are removed from the text; each one's location (line, character
/// column) is where the next character of the clean text stands.
public struct MarkedText: Sendable {
    /// The text without markers.
    public let text: String
    /// Marker name ("1️⃣") to the location it marked.
    public let markers: [String: SourceLocation]

    public static let markerNames = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣"]

    public init(_ marked: String) {
        var text = ""
        var markers: [String: SourceLocation] = [:]
        var line = 1, column = 1
        var index = marked.startIndex
        while index < marked.endIndex {
            let character = marked[index]
            if Self.markerNames.contains(String(character)) {
                markers[String(character)] = SourceLocation(line: line, column: column)
            } else {
                text.append(character)
                if character == "\n" || character == "\r\n" || character == "\r" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            }
            index = marked.index(after: index)
        }
        self.text = text
        self.markers = markers
    }

    /// The location of a marker; fails the calling test loudly when the fixture lacks it.
    public func location(_ name: String) -> SourceLocation {
        guard let location = markers[name] else { fatalError("marker \(name) is not in the fixture") }
        return location
    }
}
