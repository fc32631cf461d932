import Content
import Diagnostics
import Foundation
import Rendering

/// `<edition>/edicion.json`: the edition's id, title, period and counts, written with its pages.
///
/// A later build of another edition alone (`--edicion`) keeps this edition's folder as it
/// was and still lists it in the archive; the manifest gives it the title to list without
/// reading, let alone checking, the edition's content again.
enum EditionManifest {
    /// The file's name inside the edition's folder.
    static let fileName = "edicion.json"

    /// What the file holds, under the keys `edition.yaml` uses.
    struct Fields: Codable, Hashable {
        var id: String
        var titulo: String
        var periodo: String
        /// Networks (experiences) and schools; absent from manifests older than the archive's counts.
        var redes: Int?
        var establecimientos: Int?
    }

    /// The manifest of one edition, as stable JSON (sorted keys), so two builds write the same bytes.
    static func file(for edition: Edition) -> RenderedFile {
        let counts = counts(of: edition)
        let fields = Fields(
            id: edition.id, titulo: edition.info.titulo, periodo: edition.info.periodo, redes: counts.networks,
            establecimientos: counts.schools)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Three strings always encode; `try!` would name a bug in Foundation, not in the content.
        let data = (try? encoder.encode(fields)) ?? Data()
        return RenderedFile(path: edition.id + "/" + fileName, data: Array(data) + Array("\n".utf8))
    }

    /// The edition's networks (one per experience) and schools, as the manifest and the archive give them.
    static func counts(of edition: Edition) -> (networks: Int, schools: Int) {
        (edition.experiences.count, RegionSummary.all(in: edition).reduce(0) { $0 + $1.schools })
    }

    /// The archive entry of an edition kept in the previous output, from its manifest, the pages it holds and
    /// its PDF (read with `pdfinfo` found through `environment`).
    ///
    /// A folder from an older build may lack the manifest (the entry is then named by its folder) or the home
    /// page (the entry then links the booklet); one with neither page is left out, rather than linked dead.
    static func keptEntry(id: String, folder: String, environment: [String: String] = [:]) async -> ArchiveEntry? {
        let home = folder + "/" + SitePaths.home, booklet = folder + "/" + SitePaths.booklet
        let page: String
        if FileSystemCalls.kind(of: home) == .other {
            page = id + "/" + SitePaths.home
        } else if FileSystemCalls.kind(of: booklet) == .other {
            page = id + "/" + SitePaths.booklet
        } else {
            return nil
        }
        let fields = smallRegularFile(folder + "/" + fileName).flatMap { try? JSONDecoder().decode(Fields.self, from: $0) }
        let pdf = await PDFFactsReader.read(folder + "/" + SitePaths.pdf, chapters: [], environment: environment)
        guard let fields, fields.id == id else { return ArchiveEntry(id: id, title: id, period: "", page: page, pdf: pdf) }
        return ArchiveEntry(
            id: id, title: fields.titulo, period: fields.periodo, page: page, networks: fields.redes, schools: fields.establecimientos,
            pdf: pdf)
    }

    /// The bytes of a regular file of at most 64 KiB; `nil` for anything else (a FIFO would block the read,
    /// and a manifest is a few lines).
    private static func smallRegularFile(_ path: String) -> Data? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              attributes[.type] as? FileAttributeType == .typeRegular,
              let size = attributes[.size] as? NSNumber, size.intValue <= 65_536 else { return nil }
        return FileManager.default.contents(atPath: path)
    }
}
