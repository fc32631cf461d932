import Diagnostics

/// A diagnostic of an import with the place in the Word document it concerns, when known.
///
/// The diagnostic is the checker's (pointing into the `.md` the import made) or the import's own (pointing at
/// the Word file as a whole, `word.*` codes); the place is what its writer looks for in Word.
public struct ImportFinding: Sendable, Equatable {
    public var diagnostic: Diagnostic
    public var place: WordPlace?

    public init(diagnostic: Diagnostic, place: WordPlace?) {
        self.diagnostic = diagnostic
        self.place = place
    }
}

extension ImportFinding {
    /// One of the import's own findings about the Word file.
    static func word(
        _ file: String, _ severity: Severity, _ code: String, place: WordPlace?, es: String, en: String,
        hintES: String? = nil, hintEN: String? = nil
    ) -> ImportFinding {
        let hint = hintES.map { LocalizedText(es: $0, en: hintEN ?? $0) }
        return ImportFinding(
            diagnostic: Diagnostic(file: file, range: nil, severity: severity, code: "word." + code,
                                   message: LocalizedText(es: es, en: en), hint: hint),
            place: place)
    }
}
