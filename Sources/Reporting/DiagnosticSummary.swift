import Diagnostics

/// The closing line of a report: how many errors and warnings in how many files.
public enum DiagnosticSummary {
    /// "2 errores y 3 advertencias en 15 archivos.", "Sin problemas en 1 archivo.", or the English forms.
    public static func line(errors: Int, warnings: Int, files: Int, language: Language) -> String {
        let es = language == .es
        let where_ = (es ? "en " : "in ") + count(files, es ? ("archivo", "archivos") : ("file", "files"))
        var parts: [String] = []
        if errors > 0 { parts.append(count(errors, es ? ("error", "errores") : ("error", "errors"))) }
        if warnings > 0 { parts.append(count(warnings, es ? ("advertencia", "advertencias") : ("warning", "warnings"))) }
        if parts.isEmpty { return (es ? "Sin problemas " : "No problems ") + where_ + "." }
        return parts.joined(separator: es ? " y " : " and ") + " " + where_ + "."
    }

    /// "1 archivo", "15 archivos": the noun agrees with the number.
    private static func count(_ number: Int, _ forms: (singular: String, plural: String)) -> String {
        "\(number) \(number == 1 ? forms.singular : forms.plural)"
    }
}
