import Content
import Foundation
import Validation

/// The answers of the fields table (or of "Dato: valor" paragraphs), turned into front-matter lines.
///
/// Values are cleaned of what Word adds around a short answer (curly or straight quotes wrapping it,
/// non-breaking spaces, a final period) and closed-list values and regions are written in their canonical
/// form when the schema recognises them, as `rme check` would store them. What the schema does not recognise
/// is written as typed, so the checker's message (with its did-you-mean) names the writer's own words.
struct FieldValues {
    /// One answered field: its label as written in Word and its values.
    struct Answer {
        let label: String
        let values: [String]
    }

    private(set) var answers: [String: Answer] = [:]

    /// Records a field's answer; `false` when the field was answered already (the first answer is kept).
    mutating func record(_ field: FieldSpec, label: String, values: [String]) -> Bool {
        guard answers[field.name] == nil else { return false }
        answers[field.name] = Answer(label: label, values: values.map(Self.cleaned).filter { !$0.isEmpty })
        return true
    }

    /// The front matter's lines for every answered field in schema order, each with the row it came from.
    func frontMatterLines(schema: Schema) -> [(text: String, place: WordPlace)] {
        var lines: [(String, WordPlace)] = []
        for field in schema.fields {
            guard let answer = answers[field.name], !answer.values.isEmpty else { continue }
            let place = WordPlace.fieldRow(answer.label)
            switch field.type {
            case .text:
                lines.append(("\(field.name): \(YAMLText.quoted(answer.values.joined(separator: " ")))", place))
            case .year:
                let value = answer.values.joined(separator: " ")
                let isNumber = !value.isEmpty && value.allSatisfy(\.isASCII) && value.allSatisfy(\.isNumber)
                lines.append(("\(field.name): \(isNumber ? value : YAMLText.quoted(value))", place))
            case .region:
                let value = answer.values.joined(separator: " ")
                lines.append(("\(field.name): \(YAMLText.quoted(schema.region(matching: value)?.region.name ?? value))", place))
            case .choice(let allowed):
                let value = answer.values.joined(separator: " ")
                lines.append(("\(field.name): \(YAMLText.quoted(allowed.canonical(for: value) ?? value))", place))
            case .textList:
                lines.append(("\(field.name):", place))
                for item in Self.items(answer.values, allowed: nil) { lines.append(("  - \(YAMLText.quoted(item))", place)) }
            case .choiceList(let allowed):
                lines.append(("\(field.name):", place))
                for item in Self.items(answer.values, allowed: allowed) {
                    lines.append(("  - \(YAMLText.quoted(allowed.canonical(for: item) ?? item))", place))
                }
            }
        }
        return lines
    }

    /// A list's items: one per line; a single line is split at commas and semicolons (and, for a closed list,
    /// at " y " between two values it knows), the way people write a short list on one line.
    static func items(_ values: [String], allowed: [EnumValue]?) -> [String] {
        guard values.count == 1, let only = values.first, !UnfilledGuide.holdsOpening(only) else { return values }
        if let allowed, allowed.canonical(for: only) != nil { return [only] }
        var parts = only.split(whereSeparator: { $0 == "," || $0 == ";" }).map { cleaned(String($0)) }.filter { !$0.isEmpty }
        if let allowed {
            parts = parts.flatMap { part -> [String] in
                guard allowed.canonical(for: part) == nil else { return [part] }
                let halves = part.components(separatedBy: " y ").map(cleaned)
                return halves.count > 1 && halves.allSatisfy({ allowed.canonical(for: $0) != nil }) ? halves : [part]
            }
        }
        return parts
    }

    /// A short answer without what Word wraps around it: quotes, non-breaking spaces, a final period.
    static func cleaned(_ value: String) -> String {
        var text = value.replacingNonBreakingSpaces
        text = InlineMarkdown.collapsingSpaces(text.trimmingCharacters(in: .whitespaces))
        // The template's guide stays whole, so the checker recognises it and says it was left unfilled.
        if UnfilledGuide.holdsOpening(text) { return text }
        let pairs = TypographicQuotes.pairs + [("\"", "\""), ("'", "'")]
        // Quotes and a final period, in any order and nesting: “Iquique”. and «Iquique.» are both Iquique.
        var changed = true
        while changed, !text.isEmpty {
            changed = false
            if text.hasSuffix("."), !text.hasSuffix("..") {
                text = String(text.dropLast()).trimmingCharacters(in: .whitespaces)
                changed = true
            }
            for (open, close) in pairs where text.count >= 2 && text.first == open && text.last == close {
                text = String(text.dropFirst().dropLast()).trimmingCharacters(in: .whitespaces)
                changed = true
                break
            }
        }
        return text
    }
}

extension String {
    /// The text with non-breaking and narrow spaces (Word puts them after «, before :, in dates) as plain spaces.
    var replacingNonBreakingSpaces: String {
        String(map { $0 == "\u{00A0}" || $0 == "\u{202F}" || $0 == "\u{2007}" ? " " : $0 })
    }
}
