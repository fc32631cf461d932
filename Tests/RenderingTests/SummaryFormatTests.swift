import Testing
@testable import Rendering

/// Spanish number, percentage and list writing, independent of the machine's locale.
@Suite("Spanish formatting of summary figures")
struct SummaryFormatTests {
    static let space = "\u{00A0}"

    @Test("decimals use a comma and a fixed number of digits; halves round away from zero")
    func decimals() {
        #expect(SpanishFormat.decimal(134.0 / 15.0, digits: 1) == "8,9")
        #expect(SpanishFormat.decimal(16.0 / 3.0, digits: 1) == "5,3")
        #expect(SpanishFormat.decimal(4.25, digits: 1) == "4,3")
        #expect(SpanishFormat.decimal(7, digits: 1) == "7,0")
        #expect(SpanishFormat.decimal(0.04, digits: 2) == "0,04")
        #expect(SpanishFormat.decimal(-2.5, digits: 0) == "−3")
        #expect(SpanishFormat.decimal(.nan, digits: 1) == "—")
        #expect(SpanishFormat.number(7, maxDigits: 1) == "7")
        #expect(SpanishFormat.number(4.5, maxDigits: 1) == "4,5")
    }

    @Test("integers of more than four digits are grouped by threes with a no-break space")
    func integers() {
        #expect(SpanishFormat.integer(523) == "523")
        #expect(SpanishFormat.integer(2018) == "2018")
        #expect(SpanishFormat.integer(12345) == "12\(Self.space)345")
        #expect(SpanishFormat.integer(1_234_567) == "1\(Self.space)234\(Self.space)567")
        #expect(SpanishFormat.decimal(12345.67, digits: 1) == "12\(Self.space)345,7")
    }

    @Test("percentages are whole, rounded half up, written with a no-break space before %")
    func percentages() {
        #expect(SpanishFormat.percentage(7, of: 10) == 70)
        #expect(SpanishFormat.percentage(13, of: 15) == 87)
        #expect(SpanishFormat.percentage(1, of: 8) == 13)
        #expect(SpanishFormat.percentage(1, of: 0) == nil)
        #expect(SpanishFormat.percent(70) == "70\(Self.space)%")
    }

    @Test("lists are joined with commas and a final y, or e before the sound i")
    func lists() {
        #expect(SpanishFormat.list([]) == "")
        #expect(SpanishFormat.list(["Calama"]) == "Calama")
        #expect(SpanishFormat.list(["municipal", "particular subvencionado"]) == "municipal y particular subvencionado")
        #expect(SpanishFormat.list(["a", "b", "c"]) == "a, b y c")
        #expect(SpanishFormat.list(["Arica", "Iquique"]) == "Arica e Iquique")
        #expect(SpanishFormat.list(["Arica", "Hijuelas"]) == "Arica e Hijuelas")
        #expect(SpanishFormat.list(["agua", "hielo"]) == "agua y hielo")
        #expect(SpanishFormat.capitalizedFirst("municipal") == "Municipal")
        #expect(SpanishFormat.capitalizedFirst("ñuble") == "Ñuble")
    }
}
