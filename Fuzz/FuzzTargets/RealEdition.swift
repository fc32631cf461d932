import Content
import Diagnostics
import Foundation
import Validation

/// The real edition the fuzz targets start from: checked once, then mutated one field or one file at a time.
public struct RealEdition: Sendable {
    /// The edition folder, as scanned.
    public let folder: EditionFolder
    /// The settings `rme check` uses, with the year fixed so runs repeat.
    public let settings: CheckSettings
    /// Each front page's own check, in the folder's order.
    public let pages: [FileCheck]
    /// Each experience's own check, in the folder's order.
    public let experiences: [FileCheck]
    /// `edition.yaml`'s path and bytes.
    public let editionFile: (path: String, file: InputFile?)
    /// The typed edition (the real one checks clean).
    public let edition: Edition

    /// The edition under `RME_FUZZ_EDITION`, or `Content/2015-2017` below the working folder; stops the
    /// process with a message when it is absent or does not check clean (a fuzzer started from the wrong folder).
    public static let shared: RealEdition = {
        let path = ProcessInfo.processInfo.environment["RME_FUZZ_EDITION"] ?? "Content/2015-2017"
        guard let folder = EditionFolder.scan(path: path), let editionPath = folder.editionFile else {
            stop("no edition folder at \(path): run from the repository's root or set RME_FUZZ_EDITION")
        }
        let settings = CheckSettings(schema: SchemaLoader.load(contentRoot: (path as NSString).deletingLastPathComponent).schema, currentYear: 2026)
        let pages = folder.pageFiles.map { Checker.check(read($0), kind: .frontPage, settings: settings) }
        let experiences = folder.experienceFiles.map { Checker.check(read($0), kind: .experience, settings: settings) }
        let editionFile = (path: editionPath, file: InputFile.read(path: editionPath))
        let check = Checker.checkEdition(folder, editionFile: editionFile, pages: pages, experiences: experiences, settings: settings)
        guard let edition = check.edition else {
            stop("the edition at \(path) has errors; the fuzz targets start from a clean edition")
        }
        return RealEdition(folder: folder, settings: settings, pages: pages, experiences: experiences, editionFile: editionFile, edition: edition)
    }()

    private static func read(_ path: String) -> InputFile {
        guard let file = InputFile.read(path: path) else { stop("cannot read \(path)") }
        return file
    }

    static func stop(_ message: String) -> Never {
        FileHandle.standardError.write(Data("rme-fuzz: \(message)\n".utf8))
        exit(2)
    }
}
