import Diagnostics
import Validation

/// Reading a Word or LibreOffice file into an experience, and the checker's findings placed in the document.
public enum WordImport {
    /// The file at `path` measured, converted by pandoc and read against `schema`.
    public static func read(_ path: String, schema: Schema, pandoc: Pandoc?, limits: PackageLimits = .standard)
        async throws(WordFileRefusal) -> ImportedExperience {
        let package = try WordPackage.open(path, limits: limits)
        guard let pandoc else { throw .pandocMissing() }
        let document = try await pandoc.read(package)
        return ExperienceImporter.experience(from: document, contents: package.contents, schema: schema, wordPath: path)
    }

    /// The import's own findings and the checker's (pointing into the `.md`), each with its place in Word.
    public static func findings(_ experience: ImportedExperience, checked diagnostics: [Diagnostic]) -> [ImportFinding] {
        let checked = diagnostics.map { diagnostic in
            ImportFinding(diagnostic: diagnostic, place: diagnostic.range.flatMap { experience.place(ofLine: $0.start.line) })
        }
        // Errors first, then warnings; each group in document order (the checker's by line).
        let all = checked + experience.findings
        return all.filter { $0.diagnostic.severity == .error } + all.filter { $0.diagnostic.severity == .warning }
    }
}
