import Content
import Diagnostics
import Foundation
import Rendering

/// Stops a build that would publish less of an edition than its previous output holds, unless asked.
///
/// An experience renamed, a region file deleted by mistake or a `paginas/` the build cannot see would
/// otherwise replace a good booklet with a shorter one without a word. The previous output is read as it
/// is, so an output from any earlier build counts: the `id`s of chapters and front pages in its
/// `booklet.html`, and the pages in its `regiones/`.
enum ShrinkGuard {
    /// What one edition's previous output has that this build would not write, by kind, as names a user recognises.
    struct Shrinkage: Hashable, Sendable {
        let edition: String
        let chapters: [String]
        let frontPages: [String]
        let regionPages: [String]

        var isEmpty: Bool { chapters.isEmpty && frontPages.isEmpty && regionPages.isEmpty }
    }

    /// The largest previous booklet read; a bigger one (no real booklet comes near) is not compared.
    static let bookletReadLimit = 512 << 20

    /// The shrinkage of each edition, those that lose nothing left out. A booklet in `known` whose file is still
    /// the one recorded (same identity) is taken at its recorded `id`s instead of being read again.
    static func shrinkage(of editions: [Edition], output: String, known: [UpToDateRecord.Booklet] = []) -> [Shrinkage] {
        editions.compactMap { edition in
            let folder = output + "/" + edition.id
            let path = folder + "/" + SitePaths.booklet
            let recorded = known.first { $0.edition == edition.id && $0.identity == FileSystemCalls.identity(of: path) }
            let (oldChapters, oldPages) = recorded.map { (Set($0.chapters), Set($0.pages)) } ?? bookletIDs(at: path)
            let (newChapters, newPages) = bookletIDs(of: edition)
            let regionsFolder = folder + "/" + SitePaths.regionsFolder
            let oldRegions = Set(((try? FileManager.default.contentsOfDirectory(atPath: regionsFolder)) ?? []).filter { $0.hasSuffix(".html") })
            let newRegions = Set(edition.experiences.map { PathText.lastComponent(of: SitePaths.region($0.region)) })
            let found = Shrinkage(
                edition: edition.id,
                chapters: oldChapters.subtracting(newChapters).map { String($0.dropFirst("experiencia-".count)) }.sorted(),
                frontPages: oldPages.subtracting(newPages).map { String($0.dropFirst("pagina-".count)) }.sorted(),
                regionPages: oldRegions.subtracting(newRegions).map { SitePaths.regionsFolder + "/" + $0 }.sorted())
            return found.isEmpty ? nil : found
        }
    }

    /// The chapter and front-page `id`s the booklet of `edition` holds: those the shrink guard compares.
    static func bookletIDs(of edition: Edition) -> (chapters: Set<String>, pages: Set<String>) {
        (Set(edition.experiences.map(AnchorID.chapter)), Set(edition.pages.map { AnchorID.frontPage($0.slug) }))
    }

    /// The chapter and front-page `id`s of a booklet (`<article id="experiencia-…"`, `id="pagina-…"`); none when it is absent.
    ///
    /// One pass over the bytes, remembering where the last tag opened: the booklet of a large edition is tens of
    /// megabytes, and a search from each match (or Foundation's `range(of:)`, which bridges the rest of the text
    /// at every call) made a no-change build of 1,000 experiences take minutes.
    static func bookletIDs(at path: String) -> (chapters: Set<String>, pages: Set<String>) {
        guard case .success(let bytes) = FileReading.read(path: path, limit: bookletReadLimit) else { return ([], []) }
        return bookletIDs(in: bytes)
    }

    /// The chapter and front-page `id`s of a booklet's bytes.
    static func bookletIDs(in bytes: [UInt8]) -> (chapters: Set<String>, pages: Set<String>) {
        var chapters: Set<String> = [], pages: Set<String> = []
        let marker = Array(" id=\"".utf8), article = Array("<article".utf8)
        let chapterPrefix = Array("experiencia-".utf8), pagePrefix = Array("pagina-".utf8)
        func matches(_ pattern: [UInt8], at index: Int) -> Bool {
            index + pattern.count <= bytes.count && bytes[index..<index + pattern.count].elementsEqual(pattern)
        }
        var tagStart: Int?
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<") {
                tagStart = index
            } else if byte == UInt8(ascii: " "), matches(marker, at: index) {
                let valueStart = index + marker.count
                var valueEnd = valueStart
                while valueEnd < bytes.count, bytes[valueEnd] != UInt8(ascii: "\"") { valueEnd += 1 }
                let value = bytes[valueStart..<valueEnd]
                // A chapter is an <article>; its sections' ids start with the chapter's too.
                if value.starts(with: chapterPrefix), let tagStart, matches(article, at: tagStart) {
                    chapters.insert(String(decoding: value, as: UTF8.self))
                }
                if value.starts(with: pagePrefix) { pages.insert(String(decoding: value, as: UTF8.self)) }
                index = valueStart
                continue
            }
            index += 1
        }
        return (chapters, pages)
    }

    /// The error a build stops with, naming what each edition would lose.
    static func error(_ found: [Shrinkage]) -> BuildError {
        func list(_ names: [String]) -> String { names.count > 8 ? names.prefix(8).joined(separator: ", ") + "…" : names.joined(separator: ", ") }
        var es: [String] = [], en: [String] = []
        for edition in found {
            if !edition.chapters.isEmpty {
                es.append("\(edition.edition): \(edition.chapters.count) capítulo(s) que ya no están (\(list(edition.chapters)))")
                en.append("\(edition.edition): \(edition.chapters.count) chapter(s) no longer there (\(list(edition.chapters)))")
            }
            if !edition.frontPages.isEmpty {
                es.append("\(edition.edition): \(edition.frontPages.count) página(s) iniciales que ya no están (\(list(edition.frontPages)))")
                en.append("\(edition.edition): \(edition.frontPages.count) front page(s) no longer there (\(list(edition.frontPages)))")
            }
            if !edition.regionPages.isEmpty {
                es.append("\(edition.edition): \(edition.regionPages.count) página(s) de región que ya no están (\(list(edition.regionPages)))")
                en.append("\(edition.edition): \(edition.regionPages.count) region page(s) no longer there (\(list(edition.regionPages)))")
            }
        }
        return BuildError(.wouldShrink, LocalizedText(
            es: "esta construcción publicaría menos que la salida anterior: " + es.joined(separator: "; ")
                + ". Si es lo que quiere (una experiencia retirada o renombrada), repita con --permitir-menos",
            en: "this build would publish less than the previous output: " + en.joined(separator: "; ")
                + ". If that is what you want (an experience withdrawn or renamed), run again with --permitir-menos"))
    }
}
