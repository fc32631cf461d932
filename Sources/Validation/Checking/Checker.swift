import Concurrency
import Content
import Diagnostics
import Foundation
import Markup

/// The outcome of checking an edition: every diagnostic, the typed edition when there is no error, and the
/// edition of its good files for a preview that must go on while some file is broken.
public struct EditionCheck: Sendable {
    public let folder: EditionFolder
    public let diagnostics: [Diagnostic]
    /// The validated edition; `nil` when any error was found.
    public let edition: Edition?
    /// The edition of every file without errors, when `edition.yaml` decodes; the files with errors left out.
    public let partialEdition: Edition?
    /// Each file's own check, pages then experiences in the folder's order.
    public let files: [FileCheck]

    public init(folder: EditionFolder, diagnostics: [Diagnostic], edition: Edition?, partialEdition: Edition?, files: [FileCheck]) {
        self.folder = folder
        self.diagnostics = diagnostics
        self.edition = edition
        self.partialEdition = partialEdition
        self.files = files
    }
}

/// Runs every rule on every file of an edition and builds the typed edition: first each file on its own
/// (`check(_:kind:settings:)`, the part the engine caches), then the edition's rules over what the files gave.
public enum Checker {
    /// The rules that look at one file, in the order they run.
    static var documentRules: [any DocumentRule] {
        InputRules.all + FrontMatterRules.all + BodyRules.all + SafetyRules.all + CrossCheckRules.all
    }

    /// Checks an edition folder: `edition.yaml`, front pages and experiences, files in parallel.
    public static func check(_ folder: EditionFolder, settings: CheckSettings) async throws -> EditionCheck {
        let pages = try await checkFiles(folder.pageFiles, kind: .frontPage, settings: settings, root: folder.contentRoot)
        let experiences = try await checkFiles(folder.experienceFiles, kind: .experience, settings: settings, root: folder.contentRoot)
        let editionFile = folder.editionFile.map { ($0, InputFile.read(path: $0)) }
        return checkEdition(folder, editionFile: editionFile, pages: pages, experiences: experiences, settings: settings)
    }

    /// Checks an edition as if `file` were one of its experiences (in place of the file at the same path, if
    /// any): how an experience not yet written into the edition is checked against the others (one per region).
    public static func check(_ folder: EditionFolder, with file: InputFile, settings: CheckSettings) async throws -> EditionCheck {
        let pages = try await checkFiles(folder.pageFiles, kind: .frontPage, settings: settings, root: folder.contentRoot)
        let others = folder.experienceFiles.filter { $0 != file.path }
        var experiences = try await checkFiles(others, kind: .experience, settings: settings, root: folder.contentRoot)
        experiences.append(check(file, kind: .experience, settings: settings))
        let editionFile = folder.editionFile.map { ($0, InputFile.read(path: $0)) }
        return checkEdition(folder, editionFile: editionFile, pages: pages, experiences: experiences, settings: settings)
    }

    /// Checks loose experience files (no edition rules: they need the whole folder).
    public static func check(files: [String], settings: CheckSettings) async throws -> [Diagnostic] {
        Diagnostic.sortedForReport(try await checkFiles(files, kind: .experience, settings: settings).flatMap(\.diagnostics))
    }

    /// Reads and checks files in parallel, results in the paths' order; an unreadable file (or one whose real
    /// path leaves `root`) gets an `input.read-error`.
    static func checkFiles(_ paths: [String], kind: DocumentKind, settings: CheckSettings, root: String? = nil) async throws -> [FileCheck] {
        try await ParallelMap.map(paths) { path in
            check(InputFile.load(path: path, sizeLimit: settings.schema.maxFileBytes, root: root), kind: kind, settings: settings)
        }
    }

    /// Runs every file rule on one file and decodes it when none found an error; `digest` is the bytes' digest
    /// when the caller has it already (the engine's load stage does), so they are not hashed twice.
    public static func check(_ file: InputFile, kind: DocumentKind, settings: CheckSettings, digest: Digest? = nil) -> FileCheck {
        let document = LoadedDocument.load(file, sizeLimit: settings.schema.maxFileBytes)
        let context = DocumentContext(document: document, kind: kind, headings: settings.index.headings)
        var diagnostics: [Diagnostic] = []
        for rule in documentRules { rule.check(context, settings, into: &diagnostics) }
        diagnostics = RepeatedFindings.collapsed(diagnostics)
        let clean = !diagnostics.containsErrors
        return FileCheck(
            path: file.path, kind: kind, sourceDigest: digest ?? file.digest, diagnostics: diagnostics, facts: context.editionFacts(settings),
            experience: clean && kind == .experience ? ExperienceDecoder.decode(context, settings) : nil,
            page: clean && kind == .frontPage ? FrontPageDecoder.decode(context) : nil)
    }

    /// The edition's check from its files' checks: `edition.yaml` (its path and bytes, `nil` bytes when
    /// unreadable; no pair when the folder has none), then the edition rules over every file's facts.
    public static func checkEdition(
        _ folder: EditionFolder, editionFile: (path: String, file: InputFile?)?, pages: [FileCheck], experiences: [FileCheck],
        settings: CheckSettings
    ) -> EditionCheck {
        var diagnostics: [Diagnostic] = []
        let editionInfo = EditionInfoDecoder.decode(
            editionFile, folder: folder, runLimit: settings.schema.unbreakableRun, regionSpellings: settings.index.regionSpellings,
            into: &diagnostics)
        if let editionInfo { SiblingEditionRules.check(folder, info: editionInfo, file: editionFile?.file, into: &diagnostics) }
        EditionFolderRules.check(folder, into: &diagnostics)
        for file in pages + experiences { diagnostics += file.diagnostics }
        let facts = (pages + experiences).map(\.facts)
        for rule in EditionRules.all { rule.check(facts, settings, into: &diagnostics) }
        // Edition rules point into the files they compare, and `edition.yaml`'s problems into it: each gets the
        // digest of the text it was found in, as the files' own diagnostics already have.
        var digests = Dictionary((pages + experiences).map { ($0.path, $0.sourceDigest) }, uniquingKeysWith: { first, _ in first })
        if let (path, file) = editionFile, let file { digests[path] = Digest(of: file.bytes) }
        diagnostics = Diagnostic.sortedForReport(diagnostics.stamped(with: digests))

        let partial = editionInfo.map { info in
            Edition(id: folder.id, info: info, pages: pages.compactMap(\.page), experiences: experiences.compactMap(\.experience))
        }
        let whole = diagnostics.containsErrors ? nil : partial
        return EditionCheck(folder: folder, diagnostics: diagnostics, edition: whole, partialEdition: partial, files: pages + experiences)
    }
}
