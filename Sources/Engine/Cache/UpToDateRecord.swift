import Diagnostics
import Foundation

/// What the last successful `rme build` was asked and what it left: the key of every input of the whole build,
/// every file of the output with its identity, and what it reported, so that the same build over the same
/// inputs and an output nobody touched is answered without checking, planning or writing anything.
///
/// This is the action cache of make and Bazel at the top level: the finer entries (file checks, chapters,
/// pages) are what a build that changed something reuses; this one is what a build that changed nothing needs,
/// and lets it cost little more than reading the inputs.
struct UpToDateRecord: Codable, Sendable {
    /// One edition as the build reported it.
    struct Edition: Codable, Sendable {
        let id: String
        let bookletHTML: String
        /// Empty when there is no PDF.
        let bookletPDF: String
        /// The engine that printed it (`PDFEngine.Kind`'s raw value), empty when none did.
        let engine: String
        /// `printed`, `kept` or `none`: what an unchanged build says of the PDF.
        let pdf: String
    }

    /// One edition's booklet as the build wrote it: its identity on disk and the chapter and front-page `id`s it
    /// holds, so the next build's shrink guard need not read a booklet nobody touched.
    struct Booklet: Codable, Sendable {
        let edition: String
        let identity: FileSystemCalls.FileIdentity
        let chapters: [String]
        let pages: [String]
    }

    /// The digest of everything the build read and was asked (`UpToDateRecord.key`).
    let key: Digest
    /// Every regular file of the output after the build, relative to it, sorted, with its identity.
    let files: [OutputRecord.File]
    /// Every diagnostic of the build's checks, in their order.
    let diagnostics: [Diagnostic]
    /// How many files were checked (the report's "en N archivos").
    let checkedFiles: Int
    let editions: [Edition]
    let keptEditions: [String]
    /// `kept`, `missing` or `off`: what an unchanged build says of the search index.
    let search: String
    /// The pages the search index holds.
    let searchPages: Int
    /// Each edition's booklet, as written.
    let booklets: [Booklet]

    /// The key of a build: the `rme`, what was asked, every file read (by the same digests the file checks are
    /// kept under), the folders' listings, the templates, the settings, the date, the engines found and the
    /// editions kept.
    static func key(request: BuildRequest, project: Project, pdfEngine: PDFEngine?, pagefind: String) -> Digest {
        var builder = DigestBuilder("up-to-date")
        builder.add(EngineVersion.identity)
        for part in [request.contentRoot, request.outputPath, request.templatesFolder, request.templatesOverride ?? "-",
                     request.editionID ?? "-", String(request.makePDF), String(request.strict), String(request.makeSearchIndex),
                     String(request.allowShrinking)] {
            builder.add(part)
        }
        builder.add(pdfEngine.map { $0.kind.rawValue + "|" + $0.executable } ?? "-")
        builder.add(pagefind)
        builder.add(project.settingsDigest)
        builder.add(project.generatedAt ?? "-")
        builder.add(project.templates.contentDigest)
        builder.add(String(reflecting: project.kept))
        for edition in project.editions {
            // The listing as scanned (stray files, missing folders and all), then each file read.
            builder.add(String(reflecting: edition.folder))
            builder.add(edition.editionFile?.path ?? "-")
            builder.add(edition.editionDigest)
            for file in edition.pages + edition.experiences {
                builder.add(file.path)
                builder.add(file.digest)
            }
        }
        return builder.finish()
    }

    /// Whether `output` holds exactly the files recorded, each as it was left: nothing added, removed or touched.
    func matches(output: String) -> Bool {
        guard let found = Self.files(in: output) else { return false }
        return found == files
    }

    /// Every regular file under `output`, sorted by path, with its identity; `nil` when the folder is missing or
    /// holds anything else (a link, a device): a build would not carry it over, so the output would change.
    static func files(in output: String) -> [OutputRecord.File]? {
        var files: [OutputRecord.File] = []
        func walk(_ path: String, relative: String) -> Bool {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return false }
            for name in names {
                let full = path + "/" + name, shown = relative.isEmpty ? name : relative + "/" + name
                switch FileSystemCalls.kind(of: full) {
                case .directory:
                    guard walk(full, relative: shown) else { return false }
                case .other:
                    guard let identity = FileSystemCalls.identity(of: full) else { return false }
                    files.append(OutputRecord.File(path: shown, identity: identity))
                case .missing, .symbolicLink:
                    return false
                }
            }
            return true
        }
        guard FileSystemCalls.kind(of: output) == .directory, walk(output, relative: "") else { return nil }
        return files.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
    }
}
