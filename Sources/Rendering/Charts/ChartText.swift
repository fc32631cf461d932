/// Text inside an SVG chart: escaping, and widths estimated without font metrics.
///
/// There are no font files at build time, so widths come from average advance
/// widths of a sans-serif face (Arial/Helvetica/DejaVu Sans are close enough); the
/// estimates err wide, so text placed by them is not cut.
enum ChartText {
    /// Text made safe for SVG/HTML content and double- or single-quoted attributes.
    ///
    /// Control characters XML forbids (and a browser would show as boxes) become spaces.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\t", "\n", "\r": result += " "
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    result += " "
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    /// Estimated width of `text` at `fontSize`, in user units.
    static func width(_ text: String, fontSize: Double, bold: Bool = false) -> Double {
        var ems = 0.0
        for character in text {
            ems += advance(character)
        }
        return ems * fontSize * (bold ? 1.08 : 1.0)
    }

    /// Average advance of a character, in ems, rounded up from Arial's metrics.
    private static func advance(_ character: Character) -> Double {
        // One scalar (nearly every character): a switch, not a search through strings of Characters, which
        // compares graphemes and made the charts most of a preview rebuild's time.
        let scalars = character.unicodeScalars
        if scalars.count == 1, let scalar = scalars.first {
            switch scalar {
            case " ", ".", ",", ":", ";", "'", "’", "!", "|", "i", "j", "l", "I", "í", "ì", "ï": return 0.30
            case "f", "t", "r", "(", ")", "[", "]", "-": return 0.38
            case "m", "w", "M", "W": return 0.90
            case "%": return 0.92
            default:
                if scalar.isASCII {
                    if scalar.properties.isUppercase { return 0.70 }
                    return 0.58
                }
            }
        }
        if " .,:;'’!|ijlIíìï".contains(character) { return 0.30 }
        if "ftr()[]-".contains(character) { return 0.38 }
        if "mwMW".contains(character) { return 0.90 }
        if "%".contains(character) { return 0.92 }
        if character.isUppercase { return 0.70 }
        if character.isNumber { return 0.58 }
        return 0.58
    }

    /// `text` cut with "…" so its estimated width fits `maxWidth`; unchanged when it fits.
    static func fit(_ text: String, maxWidth: Double, fontSize: Double, bold: Bool = false) -> String {
        guard width(text, fontSize: fontSize, bold: bold) > maxWidth else { return text }
        var kept = ""
        for character in text {
            if width(kept + String(character) + "…", fontSize: fontSize, bold: bold) > maxWidth { break }
            kept.append(character)
        }
        return kept.trimmingTrailingSpaces() + "…"
    }

    /// `text` broken into at most `maxLines` lines that fit `maxWidth`, as even in length as the line count
    /// allows (no lone word on the last line); the last line is cut with "…" if the text needs more lines.
    static func wrap(_ text: String, maxWidth: Double, fontSize: Double, bold: Bool = false, maxLines: Int) -> [String] {
        let greedy = greedyWrap(text, maxWidth: maxWidth, fontSize: fontSize, bold: bold, maxLines: maxLines)
        guard greedy.count > 1, greedy.count <= maxLines else { return greedy }
        // Narrow the measure while the line count holds: the last width that still fits is the most even break.
        var best = greedy
        var width = maxWidth - 4
        while width > maxWidth / 2 {
            let candidate = greedyWrap(text, maxWidth: width, fontSize: fontSize, bold: bold, maxLines: Int.max)
            guard candidate.count == greedy.count, !candidate.contains(where: { $0.hasSuffix("…") }) else { break }
            best = candidate
            width -= 4
        }
        return best
    }

    /// Lines filled word by word up to `maxWidth`.
    private static func greedyWrap(_ text: String, maxWidth: Double, fontSize: Double, bold: Bool, maxLines: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init) {
            let candidate = current.isEmpty ? word : current + " " + word
            if current.isEmpty || width(candidate, fontSize: fontSize, bold: bold) <= maxWidth {
                current = candidate
            } else {
                lines.append(current)
                current = word
            }
        }
        if !current.isEmpty { lines.append(current) }
        if lines.count > maxLines {
            let rest = lines[(maxLines - 1)...].joined(separator: " ")
            lines = Array(lines.prefix(maxLines - 1)) + [rest]
        }
        return lines.map { fit($0, maxWidth: maxWidth, fontSize: fontSize, bold: bold) }
    }
}

extension String {
    /// The string without trailing spaces (so a cut never ends in " …").
    func trimmingTrailingSpaces() -> String {
        var result = self
        while result.last == " " { result.removeLast() }
        return result
    }
}
