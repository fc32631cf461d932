import Diagnostics
import Testing
import TestSupport
@testable import Validation

/// `TextKey.of`'s Latin fast path gives exactly Foundation's result.
@Suite("TextKey: the Latin folding equals Foundation's")
struct TextKeyFoldingTests {
    /// Every scalar the fast path covers, U+0000 to U+024F.
    static let latinScalars: [Unicode.Scalar] = (0..<LatinFolding.end).compactMap(Unicode.Scalar.init)

    /// The inputs among `texts` whose fast key differs from Foundation's, with both keys, for the failure message.
    static func mismatches(_ texts: [String]) -> [String] {
        texts.compactMap { text in
            let fast = LatinFolding.key(of: text)
            let reference = TextKey.foundationKey(text)
            guard let fast, fast != reference else { return nil }
            return "\(text.unicodeScalars.map { "U+" + String($0.value, radix: 16, uppercase: true) }): \(fast) ≠ \(reference)"
        }
    }

    @Test("every scalar U+0000–U+024F alone, between letters, and between spaces and final punctuation")
    func everyScalar() {
        var texts: [String] = []
        for scalar in Self.latinScalars {
            let character = String(scalar)
            texts += [character, "A\(character)b", " \(character) :", "\(character)\(character).", "Año\(character)ÉL"]
        }
        #expect(texts.allSatisfy { LatinFolding.key(of: $0) != nil }, "the fast path must take every Latin text")
        #expect(Self.mismatches(texts).isEmpty, "\(Self.mismatches(texts).prefix(20))")
    }

    @Test("every ordered pair of scalars U+0000–U+024F, one text per first scalar")
    func everyPair() {
        // Text i holds scalar i followed by each scalar and a bar: every pair stands side by side once.
        let texts = Self.latinScalars.map { first in
            String(String.UnicodeScalarView(Self.latinScalars.flatMap { [first, $0, "|"] }))
        }
        #expect(Self.mismatches(texts).isEmpty, "\(Self.mismatches(texts).prefix(5))")
    }

    @Test("tricky spacing: runs, CR LF, no-break space, NEL, only spaces, final colons and periods after a space")
    func trickySpacing() {
        let texts = [
            "", " ", "\t\r\n", "a\r\nb", "a\u{A0}b", "a\u{85}b", "  Conformación:  ", "Objetivo.:.:", "a : .", "a:. ",
            "Región\u{0}Maule", "ÑUBLE", "O'Higgins", "Bío-Bío", "«Escriba aquí el nombre»", "Straße", "ŉ", "µ", "İstanbul",
        ]
        #expect(Self.mismatches(texts).isEmpty, "\(Self.mismatches(texts))")
        #expect(TextKey.of("  Conformación:  ") == "conformacion")
        // Final marks go only up to a space: the space is kept, as the split-and-join leaves it there.
        #expect(TextKey.of("a : .") == "a : ")
    }

    @Test("text with a scalar past U+024F goes through Foundation, with the same result as before")
    func beyondLatin() {
        for text in ["Región’s", "e\u{301}", "“Objetivo”", "ɐ", "Ａｂｃ", "Conformación…"] {
            #expect(LatinFolding.key(of: text) == nil)
            #expect(TextKey.of(text) == TextKey.foundationKey(text))
        }
        #expect(TextKey.of("Región’s") == "region's")
    }

    @Test("every line and word of the real content and the contract")
    func realContent() {
        let texts = RealTexts.all
        #expect(texts.count > 1000)
        #expect(Self.mismatches(texts).isEmpty, "\(Self.mismatches(texts).prefix(20))")
        #expect(texts.allSatisfy { TextKey.of($0) == TextKey.foundationKey($0) })
        // Most of the content is Latin text: the fast path is the one that runs.
        #expect(texts.filter { LatinFolding.key(of: $0) != nil }.count * 10 > texts.count * 9)
    }
}

/// `TextKey.compact`'s filter read from UTF-8 gives exactly the filter on `Character`s.
@Suite("TextKey: the compact form read from UTF-8 equals the filter on Characters")
struct TextKeyCompactTests {
    @Test("each dropped mark is one scalar, and no other lone scalar is equal to one as a Character")
    func droppedMarks() {
        #expect(TextKey.compactDropped.unicodeScalars.count == TextKey.compactDropped.count)
        let lone = (LoneScalar.latin.map { $0 } + LoneScalar.punctuation.map { $0 }).filter(LoneScalar.contains).compactMap(Unicode.Scalar.init)
        let equalToADroppedMark = lone.filter { TextKey.compactDropped.contains(Character($0)) }
        #expect(Set(equalToADroppedMark) == Set(TextKey.compactDropped.unicodeScalars))
    }

    @Test("every line and word of the real content, every lone scalar inside a key, and tricky keys")
    func sameCompactForm() {
        let lone = (LoneScalar.latin.map { $0 } + LoneScalar.punctuation.map { $0 }).filter(LoneScalar.contains).compactMap(Unicode.Scalar.init)
        let keys = RealTexts.all.map(TextKey.of) + lone.map { "bio\(String($0))bio" } + [
            "", " ", "o'higgins", "bio-bio", "bio\u{2010}bio", "region de la araucania", "a\u{2003}b", "a\r\nb", "ʼn", "μ",
        ]
        var fast = 0
        for key in keys {
            guard let compact = TextKey.loneScalarCompact(key) else { continue }
            fast += 1
            #expect(compact == TextKey.characterCompact(key), "\(key.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        #expect(fast * 10 > keys.count * 9)
        #expect(TextKey.loneScalarCompact("ʼn") == nil)
        #expect(TextKey.compact("Bío-Bío") == "biobio" && TextKey.compact("O’Higgins") == "ohiggins")
    }
}
