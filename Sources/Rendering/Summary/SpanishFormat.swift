/// Numbers, percentages and lists written the Spanish way, the same on every machine.
///
/// Foundation's formatters follow the locale of the machine that builds, so two
/// builds of the same edition could differ; these functions never consult a locale.
public enum SpanishFormat {
    /// The space inside "70 %" and between digit groups: no-break, so a line never splits a figure.
    public static let numberSpace = "\u{00A0}"

    /// A whole number; more than four digits are grouped by threes with a no-break space ("12 345"), as the RAE advises.
    public static func integer(_ value: Int) -> String {
        let digits = String(value.magnitude)
        let sign = value < 0 ? "−" : ""
        guard digits.count > 4 else { return sign + digits }
        var groups: [Substring] = []
        var end = digits.endIndex
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
            groups.insert(digits[start..<end], at: 0)
            end = start
        }
        return sign + groups.joined(separator: numberSpace)
    }

    /// A decimal number with exactly `digits` decimals and a decimal comma ("8,9"); halves round away from zero.
    public static func decimal(_ value: Double, digits: Int) -> String {
        guard value.isFinite else { return "—" }
        guard digits > 0 else { return integer(Int(value.rounded(.toNearestOrAwayFromZero))) }
        var scale = 1
        for _ in 0..<digits { scale *= 10 }
        let scaled = Int((value.magnitude * Double(scale)).rounded(.toNearestOrAwayFromZero))
        let whole = integer(scaled / scale)
        let fraction = String(scaled % scale)
        let padded = String(repeating: "0", count: max(0, digits - fraction.count)) + fraction
        let sign = value < 0 && scaled != 0 ? "−" : ""
        return sign + whole + "," + padded
    }

    /// A file's size in kB below a megabyte and in MB with one decimal above ("640 kB", "2,4 MB"), decimal units
    /// as file browsers show them.
    public static func fileSize(bytes: Int) -> String {
        if bytes < 1_000_000 { return integer(max(1, (bytes + 500) / 1000)) + numberSpace + "kB" }
        return decimal(Double(bytes) / 1_000_000, digits: 1) + numberSpace + "MB"
    }

    /// A number that shows decimals only when it has them: `8` stays "8", `8.93` with one digit becomes "8,9".
    public static func number(_ value: Double, maxDigits: Int) -> String {
        var scale = 1.0
        for _ in 0..<maxDigits { scale *= 10 }
        let isWhole = (value * scale).rounded(.toNearestOrAwayFromZero).truncatingRemainder(dividingBy: scale) == 0
        return isWhole ? decimal(value, digits: 0) : decimal(value, digits: maxDigits)
    }

    /// The whole percentage `part` is of `whole`, halves rounded up; `nil` when `whole` is not positive.
    public static func percentage(_ part: Int, of whole: Int) -> Int? {
        guard whole > 0, part >= 0 else { return nil }
        return (part * 200 + whole) / (whole * 2)
    }

    /// A whole percentage as Spanish writes it: "70 %" (with a no-break space, RAE).
    public static func percent(_ value: Int) -> String {
        integer(value) + numberSpace + "%"
    }

    /// Items joined as a sentence lists them: "a", "a y b", "a, b y c"; empty for no items.
    public static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default:
            let last = items[items.count - 1]
            return items.dropLast().joined(separator: ", ") + " " + conjunction(before: last) + " " + last
        }
    }

    /// "y", or "e" before the sound /i/ ("Iquique", "historia"), but not before "hie-"/"hia-" ("hielo"), as the RAE asks.
    static func conjunction(before word: String) -> String {
        let letters = Array(word.lowercased().prefix(3))
        guard let first = letters.first else { return "y" }
        if first == "i" || first == "í" { return "e" }
        if first == "h", letters.count >= 2, letters[1] == "i" || letters[1] == "í" {
            let third = letters.count >= 3 ? letters[2] : " "
            return "aeiouáéíóú".contains(third) ? "y" : "e"
        }
        return "y"
    }

    /// The text with its first letter in upper case ("municipal" → "Municipal"), for labels that start a line.
    public static func capitalizedFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }
}
