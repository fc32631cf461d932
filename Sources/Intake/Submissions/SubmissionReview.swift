import Content
import Diagnostics
import Engine
import Foundation
import Reporting
import Validation
import WordExchange

/// What the service makes of one upload: the experience in Markdown (read from Word when it is a
/// document), every finding of `rme check` on it in its edition (and the import's own, placed in Word), and
/// the region it is for. A pure step apart from pandoc's scratch file: the store keeps its result.
struct SubmissionReview: Sendable {
    let edition: CollectedEdition
    /// Where Word files wait for pandoc, each in a folder of its own (the data folder's `tmp/`).
    let scratchFolder: String
    let language: Language
    /// The checks of the edition's files, reused from one upload to the next.
    let checks: FileCheckCache

    /// The reviewed version of `upload` for `region`.
    func review(_ upload: Upload, region: RegionSpec) async -> IntakeStore.NewVersion {
        let target = edition.experiencePath(of: region.region.slug)
        var markdown: [UInt8]
        var imported: ImportedExperience?
        switch upload.kind {
        case .markdown, .pasted:
            markdown = upload.bytes
        case .word, .libreOffice:
            do {
                let read = try await readWord(upload)
                imported = read
                markdown = Array(read.markdown.utf8)
            } catch {
                let finding = Self.finding(refusal: error, name: upload.name, language: language)
                return IntakeStore.NewVersion(
                    region: region.region.slug, sourceKind: upload.kind, sourceName: upload.name, source: upload.bytes,
                    markdown: nil, findings: [finding])
            }
        }
        if upload.kind == .pasted { markdown = Self.unixLines(markdown) }
        let diagnostics = await check(markdown, at: target, region: region)
        let findings: [ImportFinding] = imported.map { WordImport.findings($0, checked: diagnostics) }
            ?? diagnostics.map { ImportFinding(diagnostic: $0, place: nil) }
        let shownName = region.region.slug + ".md"
        let printer = DiagnosticPrinter(language: language, usesColor: false, texts: [shownName: markdown])
        let stored = findings.map { finding in
            var diagnostic = finding.diagnostic
            if diagnostic.file == target { diagnostic.file = shownName }
            let remark = finding.place.map { (label: LocalizedText(es: "en Word", en: "in Word"), text: $0.description) }
            return StoredFinding(
                severity: diagnostic.severity, code: diagnostic.code, message: diagnostic.message.text(in: language),
                hint: diagnostic.hint?.text(in: language), line: diagnostic.range?.start.line, column: diagnostic.range?.start.column,
                place: finding.place?.description.text(in: language), report: printer.render(diagnostic, remark: remark))
        }
        return IntakeStore.NewVersion(
            region: region.region.slug, sourceKind: upload.kind, sourceName: upload.name, source: upload.bytes,
            markdown: markdown, findings: stored)
    }

    /// Every diagnostic of the file at `target` when the edition holds `markdown` there, plus one error when the
    /// file names another region than the session's.
    func check(_ markdown: [UInt8], at target: String, region: RegionSpec) async -> [Diagnostic] {
        guard let folder = edition.scan() else {
            return [Diagnostic(file: target, range: nil, severity: .error, code: "recepcion.edition-missing", message: LocalizedText(
                es: "La edición «\(edition.id)» ya no está en la carpeta de contenido; avise a la coordinación.",
                en: "The edition «\(edition.id)» is no longer in the content folder; tell the editors."))]
        }
        let input = InputFile(path: target, bytes: markdown)
        let check = checks.check(folder, with: input, settings: edition.settings)
        var diagnostics = check.diagnostics.filter { $0.file == target }
        if let own = check.files.last(where: { $0.path == target }), let named = own.facts.namedRegion, named != region.region.name {
            diagnostics.insert(Diagnostic(
                file: target, range: own.facts.namedRegionRange, severity: .error, code: "recepcion.other-region",
                message: LocalizedText(
                    es: "Este archivo es de la región «\(named)», pero usted entrega la de «\(region.region.name)».",
                    en: "This file is for the region «\(named)», but you are handing in «\(region.region.name)»'s."),
                hint: LocalizedText(
                    es: "Escriba «region: \(region.region.name)», o pida a la coordinación el enlace de la otra región.",
                    en: "Write «region: \(region.region.name)», or ask the editors for the other region's link.")), at: 0)
        }
        return Diagnostic.sortedForReport(diagnostics)
    }

    /// The experience `markdown` decodes to in the edition, and the edition's frame, for the preview; `nil`
    /// when it has errors.
    func experience(_ markdown: [UInt8], region: RegionSpec) async -> (Experience, Edition)? {
        guard let folder = edition.scan() else { return nil }
        let target = edition.experiencePath(of: region.region.slug)
        let check = checks.check(folder, with: InputFile(path: target, bytes: markdown), settings: edition.settings)
        guard let partial = check.partialEdition,
              let experience = partial.experiences.first(where: { $0.sourcePath == target }),
              experience.region.slug == region.region.slug
        else { return nil }
        return (experience, partial)
    }

    /// A Word or LibreOffice upload read through pandoc, from a scratch file named by the service.
    private func readWord(_ upload: Upload) async throws(WordFileRefusal) -> ImportedExperience {
        let folder = scratchFolder + "/" + UUID().uuidString
        let path = folder + "/documento." + upload.kind.rawValue
        defer { try? FileManager.default.removeItem(atPath: folder) }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try Data(upload.bytes).write(to: URL(fileURLWithPath: path))
        } catch {
            throw WordFileRefusal(code: "recepcion.scratch", message: LocalizedText(
                es: "El servicio no pudo guardar el documento para leerlo; inténtelo de nuevo en un momento o avise a la coordinación.",
                en: "The service could not store the document to read it; try again shortly or tell the editors."))
        }
        return try await WordImport.read(path, schema: edition.settings.schema, pandoc: edition.pandoc)
    }

    /// A refused document as the version's only finding, its scratch path replaced by the upload's name.
    static func finding(refusal: WordFileRefusal, name: String, language: Language) -> StoredFinding {
        let message = Self.namingUpload(refusal.message.text(in: language), name: name)
        let hint = refusal.hint.map { Self.namingUpload($0.text(in: language), name: name) }
        return StoredFinding(
            severity: .error, code: refusal.code, message: message, hint: hint, line: nil, column: nil, place: nil,
            report: "error[\(refusal.code)]: \(message)" + (hint.map { "\n  = ayuda: \($0)" } ?? ""))
    }

    /// A refusal's words with the scratch file's path («/…/documento.docx») replaced by the upload's name.
    private static func namingUpload(_ text: String, name: String) -> String {
        guard let range = text.range(of: #"«[^»]*/documento\.(docx|odt)»"#, options: .regularExpression) else { return text }
        return text.replacingCharacters(in: range, with: "«\(name)»")
    }

    /// Text pasted in a form, whose lines browsers end with CR LF, with LF line ends.
    static func unixLines(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        for (index, byte) in bytes.enumerated() where !(byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A) {
            out.append(byte)
        }
        return out
    }
}
