import Diagnostics

/// A rule whose diagnostics are capped per code and file: the first ones in full, then one that counts the rest.
///
/// A pasted web page can hold a hundred thousand tags or headings: listing each
/// helps nobody, and every one costs a message. The rest become one diagnostic
/// at the first left out, so nothing found goes unmentioned.
struct CappedRule: DocumentRule {
    /// Diagnostics of one code shown per file.
    static let standardLimit = 100

    let rule: any DocumentRule
    let limit: Int

    /// Wraps a rule with the standard cap, or another.
    init(_ rule: any DocumentRule, limit: Int = CappedRule.standardLimit) {
        self.rule = rule
        self.limit = limit
    }

    func check(_ document: DocumentContext, _ settings: CheckSettings, into diagnostics: inout [Diagnostic]) {
        var found: [Diagnostic] = []
        rule.check(document, settings, into: &found)
        diagnostics += Self.capped(found, limit: limit, document)
    }

    /// The first `limit` diagnostics of each code, then per code over the limit one that says how many were left out.
    static func capped(_ found: [Diagnostic], limit: Int, _ document: DocumentContext) -> [Diagnostic] {
        var shown: [String: Int] = [:]
        var kept: [Diagnostic] = []
        var omitted: [(code: String, severity: Severity, count: Int, range: SourceRange?)] = []
        for diagnostic in found {
            let count = shown[diagnostic.code, default: 0]
            if count < limit {
                shown[diagnostic.code] = count + 1
                kept.append(diagnostic)
            } else if let index = omitted.firstIndex(where: { $0.code == diagnostic.code }) {
                omitted[index].count += 1
                omitted[index].severity = max(omitted[index].severity, diagnostic.severity)
            } else {
                omitted.append((diagnostic.code, diagnostic.severity, 1, diagnostic.range))
            }
        }
        for entry in omitted {
            kept.append(document.diagnostic(
                entry.code, entry.severity, at: entry.range,
                es: "Hay \(entry.count) casos más de «\(entry.code)» en este archivo, desde aquí; se mostraron los primeros \(limit).",
                en: "There are \(entry.count) more cases of '\(entry.code)' in this file, from here on; the first \(limit) were shown.",
                hintES: "Corrija los casos mostrados y vuelva a revisar el archivo.",
                hintEN: "Fix the cases shown and check the file again."
            ))
        }
        return kept
    }
}
