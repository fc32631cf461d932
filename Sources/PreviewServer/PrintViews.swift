import Content
import Diagnostics
import Engine
import Foundation
import Rendering

/// The printed page in the preview: each edition's booklet PDF, printed again after the content has been
/// quiet for a moment, cancelled when a newer change arrives; and any chapter printed alone on request.
actor PrintViews {
    /// Where the print views live: `/__rme/impresion/<edición>/`.
    static let prefix = "__rme/impresion/"

    private let proof: BookletProof?
    private let state: PreviewState
    private let strings: PrintStrings
    /// How long the content must stay unchanged before printing starts.
    private let quiet: Duration
    private var site: PreviewSite?
    private var pdfs: [String: [UInt8]] = [:]
    private var printedCount: [String: Int] = [:]
    /// The digest of what each edition's PDF was printed from (booklet and stylesheets).
    private var printedFrom: [String: Digest] = [:]
    private var pending: Task<Void, Never>?

    init(
        engine: PDFEngine?, timeout: Duration = .seconds(300), environment: [String: String], state: PreviewState, language: Language,
        quiet: Duration = .seconds(1)
    ) {
        proof = engine.map { BookletProof(engine: $0, timeout: timeout, environment: environment) }
        self.state = state
        strings = PrintStrings(language: language, engine: engine?.kind.displayName)
        self.quiet = quiet
    }

    /// A change was seen: the print in flight is for content already old.
    func contentChanged() {
        pending?.cancel()
        pending = nil
    }

    /// A new site built: each edition whose booklet changed waits, then prints.
    func siteBuilt(_ site: PreviewSite) async {
        self.site = site
        guard proof != nil else {
            for edition in site.editions {
                await state.update(print: PrintStatus(state: .unavailable, message: strings.unavailable, printed: 0), for: edition.id)
            }
            return
        }
        var stale: [Edition] = []
        for edition in site.editions where printedFrom[edition.id] != Self.inputs(of: edition.id, in: site) {
            stale.append(edition)
            await state.update(print: PrintStatus(state: .waiting, message: strings.waiting, printed: printedCount[edition.id, default: 0]), for: edition.id)
        }
        pending?.cancel()
        guard !stale.isEmpty else { return }
        let quiet = quiet
        pending = Task {
            try? await Task.sleep(for: quiet)
            guard !Task.isCancelled else { return }
            await self.print(stale, from: site)
        }
    }

    /// Prints the editions one after another, unless cancelled.
    private func print(_ editions: [Edition], from site: PreviewSite) async {
        guard let proof else { return }
        for edition in editions {
            if Task.isCancelled { return }
            let id = edition.id
            await state.update(print: PrintStatus(state: .printing, message: strings.printing, printed: printedCount[id, default: 0]), for: id)
            do throws(BuildError) {
                let bytes = try await proof.print(edition, site: site)
                pdfs[id] = bytes
                printedFrom[id] = Self.inputs(of: id, in: site)
                printedCount[id, default: 0] += 1
                await state.update(print: PrintStatus(state: .upToDate, message: strings.upToDate, printed: printedCount[id]!), for: id)
            } catch where error.kind == .cancelled {
                return
            } catch {
                await state.update(print: PrintStatus(
                    state: .failed, message: strings.failed + " " + error.message.text(in: strings.language),
                    printed: printedCount[id, default: 0]), for: id)
            }
        }
    }

    /// The digest of everything an edition's PDF is printed from: its booklet and its stylesheets.
    static func inputs(of edition: String, in site: PreviewSite) -> Digest {
        var builder = DigestBuilder("print")
        for path in site.files.keys.sorted() where path == EditionPages.bookletPath(for: edition)
            || (path.hasPrefix(edition + "/") && path.hasSuffix(".css")) {
            builder.add(path)
            builder.add(bytes: site.files[path]!.data)
        }
        return builder.finish()
    }

    /// A print view's answer: its type and bytes; `nil` for a path it does not have.
    func answer(_ path: String) async -> (type: String, body: [UInt8])? {
        let rest = String(path.dropFirst(Self.prefix.count))
        let parts = rest.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard let site else { return nil }
        if rest == "index.html" {
            return ("text/html; charset=utf-8", Array(PrintPage.list(site.editions.map(\.id), strings: strings).utf8))
        }
        guard let id = parts.first, let edition = site.editions.first(where: { $0.id == id }) else { return nil }
        switch Array(parts.dropFirst()) {
        case ["index.html"]:
            let chapters = edition.experiences.map { (slug: $0.slug, title: $0.region.name + " — " + $0.red) }
            return ("text/html; charset=utf-8", Array(PrintPage.viewer(edition: id, chapters: chapters, strings: strings).utf8))
        case ["booklet.pdf"]:
            guard let pdf = pdfs[id] else { return nil }
            return ("application/pdf", pdf)
        case let tail where tail.count == 2 && tail[0] == "capitulo" && tail[1].hasSuffix(".pdf"):
            guard let proof else { return nil }
            let slug = String(tail[1].dropLast(4))
            guard edition.experiences.contains(where: { $0.slug == slug }) else { return nil }
            do throws(BuildError) {
                return ("application/pdf", try await proof.print(edition, site: site, chapter: slug))
            } catch {
                return ("text/plain; charset=utf-8", Array((strings.failed + " " + error.message.text(in: strings.language) + "\n").utf8))
            }
        default:
            return nil
        }
    }
}
