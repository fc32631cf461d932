import Foundation

/// What a Word file holds beyond its body text, counted from its parts: what pandoc's model leaves out.
public struct PackageContents: Sendable, Equatable {
    /// Charts (Word's `word/charts/`, LibreOffice's embedded objects).
    public var charts: Int
    /// Pictures stored in the file.
    public var pictures: Int
    /// Text boxes (drawn frames holding text).
    public var textBoxes: Int
    /// Headers and footers that hold words (a page number alone does not count).
    public var headersAndFootersWithText: Int
    /// Word fields in their short form (`w:fldSimple`: a date, a page number, a document property), whose
    /// shown text pandoc does not read; the long form (`w:fldChar`) keeps its text and is not counted.
    public var simpleFields: Int
    /// Comments stored in the file (LibreOffice writes some that pandoc does not see: a comment on a point).
    public var comments: Int
    /// Pending tracked changes counted in the file (ODT keeps them apart from the text, where pandoc does not look).
    public var trackedChanges: Int

    public init(charts: Int = 0, pictures: Int = 0, textBoxes: Int = 0, headersAndFootersWithText: Int = 0, simpleFields: Int = 0,
                comments: Int = 0, trackedChanges: Int = 0) {
        self.charts = charts
        self.pictures = pictures
        self.textBoxes = textBoxes
        self.headersAndFootersWithText = headersAndFootersWithText
        self.simpleFields = simpleFields
        self.comments = comments
        self.trackedChanges = trackedChanges
    }

    init(format: WordPackage.Format, parts: UnpackedParts) {
        switch format {
        case .docx:
            charts = parts.names.filter { $0.hasPrefix("word/charts/chart") && $0.hasSuffix(".xml") }.count
            pictures = parts.names.filter { $0.hasPrefix("word/media/") && !$0.hasSuffix("/") }.count
            let body = parts.text("word/document.xml")
            // Word writes each text box twice (DrawingML and a VML fallback); the DrawingML count is the real one.
            let drawn = Self.occurrences(of: "<wps:txbx", in: body)
            textBoxes = drawn > 0 ? drawn : Self.occurrences(of: "<w:txbxContent", in: body)
            // pandoc reads a hyperlink written as a simple field; every other simple field loses its text.
            simpleFields = Self.occurrences(of: "<w:fldSimple", in: body) - Self.occurrences(of: "instr=\" HYPERLINK", in: body)
            comments = Self.occurrences(of: "<w:comment ", in: parts.text("word/comments.xml"))
            // pandoc marks each change it reads; these are counted from its output instead.
            trackedChanges = 0
            headersAndFootersWithText = parts.names
                .filter { ($0.hasPrefix("word/header") || $0.hasPrefix("word/footer")) && $0.hasSuffix(".xml") }
                .filter { Self.hasWords(Self.elements("w:t", in: parts.text($0))) }
                .count
        case .odt:
            charts = parts.names.filter { $0.hasPrefix("Object ") && $0.hasSuffix("/content.xml") }.count
            pictures = parts.names.filter { $0.hasPrefix("Pictures/") && !$0.hasSuffix("/") }.count
            let body = parts.text("content.xml")
            textBoxes = Self.occurrences(of: "<draw:text-box", in: body)
            simpleFields = 0
            comments = Self.occurrences(of: "<office:annotation>", in: body) + Self.occurrences(of: "<office:annotation ", in: body)
            trackedChanges = Self.occurrences(of: "<text:changed-region", in: body)
            let styles = parts.text("styles.xml")
            headersAndFootersWithText = ["style:header", "style:footer"].reduce(0) { count, name in
                count + Self.elements(name, in: styles).filter { Self.hasWords([Self.visibleText($0)]) }.count
            }
        }
    }

    /// Whether any of the texts holds a letter (a page number or a dash is not words).
    private static func hasWords(_ texts: [String]) -> Bool {
        texts.contains { $0.unicodeScalars.contains { CharacterSet.letters.contains($0) } }
    }

    /// How many times `needle` appears.
    static func occurrences(of needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    /// The inner XML of every `<name …>…</name>` element (not nested in itself).
    static func elements(_ name: String, in xml: String) -> [String] {
        var found: [String] = []
        var rest = xml[...]
        while let open = rest.range(of: "<\(name)") {
            let afterName = rest[open.upperBound...]
            // `<w:t>` or `<w:t xml:space=…>`, not `<w:tab/>` or `<w:tbl>`.
            guard let next = afterName.first, next == ">" || next == " " else {
                rest = afterName
                continue
            }
            guard let tagEnd = afterName.firstIndex(of: ">") else { break }
            if tagEnd > afterName.startIndex, afterName[afterName.index(before: tagEnd)] == "/" {
                rest = afterName[tagEnd...]
                continue
            }
            let contentStart = afterName.index(after: tagEnd)
            guard let close = afterName[contentStart...].range(of: "</\(name)>") else { break }
            found.append(String(afterName[contentStart..<close.lowerBound]))
            rest = afterName[close.upperBound...]
        }
        return found
    }

    /// The text between the tags of an XML fragment.
    static func visibleText(_ xml: String) -> String {
        var out = ""
        var inTag = false
        for character in xml {
            if character == "<" { inTag = true } else if character == ">" { inTag = false } else if !inTag { out.append(character) }
        }
        return out
    }
}
