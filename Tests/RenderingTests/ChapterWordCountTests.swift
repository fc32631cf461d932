import Content
@testable import Rendering
import Testing

/// The chapter's word count, with its table for Latin scalars, counts as asking Unicode for every scalar did.
@Suite("Chapter word count: the Latin table answers as Unicode's properties")
struct ChapterWordCountTests {
    /// The count as first written: Unicode's Alphabetic property asked for every scalar.
    static func referenceCount(_ text: String) -> Int {
        var count = 0, inWord = false
        for scalar in text.unicodeScalars {
            let isWordScalar = scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
            if isWordScalar && !inWord { count += 1 }
            inWord = isWordScalar
        }
        return count
    }

    @Test("every scalar of the table, U+0000–U+024F, is classed as Unicode classes it")
    func everyTableScalar() {
        #expect(ChapterView.latinWordScalars.count == 0x250)
        let differing = (0..<UInt32(0x250)).filter { value in
            let scalar = Unicode.Scalar(value)!
            return ChapterView.isWordScalar(scalar) != (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))
        }
        #expect(differing.isEmpty, "\(differing)")
    }

    @Test("scalars past the table still ask Unicode: Greek, CJK, combining marks, digits of other scripts")
    func pastTheTable() {
        for text in ["αβγ δ", "漢字 かな", "e\u{301}xito", "١٢٣ 45", "“Hola” — dijo…", "👧🏽 juega"] {
            #expect(ChapterView.wordCount(text) == Self.referenceCount(text), "\(text)")
        }
    }

    @Test("every section of the real edition counts as before")
    func realEdition() throws {
        let edition = try RealEdition.load()
        let texts = edition.experiences.flatMap { $0.sections.map(\.plainText) }
        #expect(texts.count > 100)
        #expect(texts.allSatisfy { ChapterView.wordCount($0) == Self.referenceCount($0) })
    }
}
