import Content
import Diagnostics
import Dispatch
import Foundation
import Markup

/// The outcome of checking an edition: every diagnostic, and the typed edition when there is no error.
public struct EditionCheck: Sendable {
    public let folder: EditionFolder
    public let diagnostics: [Diagnostic]
    /// The validated edition; `nil` when any error was found.
    public let edition: Edition?
}

/// Runs every rule on every file of an edition, files in parallel, and builds the typed edition.
public enum Checker {
    /// The rules that look at one file, in the order they run.
    static var documentRules: [any DocumentRule] {
        InputRules.all + FrontMatterRules.all + BodyRules.all + SafetyRules.all + CrossCheckRules.all
    }

    /// Checks an edition folder: `edition.yaml`, front pages and experiences.
    public static func check(_ folder: EditionFolder, settings: CheckSettings) -> EditionCheck {
        var diagnostics: [Diagnostic] = []
        let editionInfo = EditionInfoDecoder.decode(path: folder.editionFile, into: &diagnostics)

        let pageDocuments = checkDocuments(folder.pageFiles, kind: .frontPage, settings: settings, decoding: true)
        let experienceDocuments = checkDocuments(folder.experienceFiles, kind: .experience, settings: settings, decoding: true)
        for result in pageDocuments + experienceDocuments { diagnostics += result.diagnostics }
        for rule in EditionRules.all {
            rule.check(experienceDocuments.map(\.context), settings, into: &diagnostics)
        }

        diagnostics = Diagnostic.sortedForReport(diagnostics)
        guard !diagnostics.containsErrors, let editionInfo else {
            return EditionCheck(folder: folder, diagnostics: diagnostics, edition: nil)
        }
        let pages = pageDocuments.compactMap(\.page)
        let experiences = experienceDocuments.compactMap(\.experience)
        let edition = Edition(id: folder.id, info: editionInfo, pages: pages, experiences: experiences)
        return EditionCheck(folder: folder, diagnostics: diagnostics, edition: edition)
    }

    /// Checks loose experience files (no edition rules: they need the whole folder).
    public static func check(files: [String], settings: CheckSettings) -> [Diagnostic] {
        Diagnostic.sortedForReport(checkDocuments(files, kind: .experience, settings: settings).flatMap(\.diagnostics))
    }

    /// One checked file: its context (for edition rules), its diagnostics, and its typed form when asked for.
    struct CheckedDocument: Sendable {
        let context: DocumentContext
        let diagnostics: [Diagnostic]
        /// The experience or front page the file decodes to; used only when the whole edition has no error.
        var experience: Experience?
        var page: FrontPage?
    }

    /// Loads and checks files in parallel (one cmark parser per document), results in input order.
    ///
    /// With `decoding`, each file is also decoded in its parallel task, whether or not the edition turns out
    /// to have errors: decoding ten thousand experiences one after another, after the check, held up `rme build`.
    static func checkDocuments(_ paths: [String], kind: DocumentKind, settings: CheckSettings, decoding: Bool = false) -> [CheckedDocument] {
        let results = ResultSlots<CheckedDocument>(count: paths.count)
        let rules = documentRules
        DispatchQueue.concurrentPerform(iterations: paths.count) { index in
            let path = paths[index]
            let file = InputFile.read(path: path) ?? InputFile(path: path, bytes: [])
            let document = LoadedDocument.load(file, sizeLimit: settings.schema.maxFileBytes)
            let context = DocumentContext(document: document, kind: kind, headings: settings.index.headings)
            var diagnostics: [Diagnostic] = []
            for rule in rules { rule.check(context, settings, into: &diagnostics) }
            var checked = CheckedDocument(context: context, diagnostics: diagnostics)
            if decoding {
                switch kind {
                case .experience: checked.experience = ExperienceDecoder.decode(context, settings)
                case .frontPage: checked.page = FrontPageDecoder.decode(context)
                }
            }
            results.set(index, checked)
        }
        return results.values
    }
}

/// Fixed slots filled from several threads, read once all are done.
final class ResultSlots<Value: Sendable>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    var values: [Value] {
        lock.lock()
        defer { lock.unlock() }
        return slots.compactMap { $0 }
    }
}
