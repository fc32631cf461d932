import Diagnostics
import Engine
import Foundation
import Rendering

/// The search index of the preview: Pagefind run over the region pages of each new site (in a temporary
/// folder, as Pagefind reads files), its files kept in memory and served under `pagefind/`.
actor PreviewSearch {
    private let index: SearchIndex?
    private let state: PreviewState
    private let terminal: Terminal
    /// The digest of the region pages the index in memory was made from.
    private var indexedFrom: Digest?
    private var pending: Task<Void, Never>?

    init(pagefind: Pagefind?, environment: [String: String], state: PreviewState, terminal: Terminal) {
        index = pagefind.map { SearchIndex(pagefind: $0, timeout: .seconds(300), environment: environment) }
        self.state = state
        self.terminal = terminal
        if pagefind == nil { terminal.line(terminal.text(Pagefind.missingMessage.es, Pagefind.missingMessage.en)) }
    }

    /// A new site built: when its region pages changed, the index is made again in the background (a newer
    /// site cancels the run in flight); until then the previous index is served.
    func siteBuilt(_ site: PreviewSite) {
        guard let index else { return }
        let pages = site.files.filter { Self.isIndexed($0.key) }.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        var builder = DigestBuilder("preview-search")
        for (path, file) in pages {
            builder.add(path)
            builder.add(bytes: file.data)
        }
        let digest = builder.finish()
        guard digest != indexedFrom else { return }
        pending?.cancel()
        pending = Task {
            // A newer site cancels this task, which stops Pagefind.
            let files = await Self.make(index, pages: pages.map(\.value))
            guard !Task.isCancelled else { return }
            switch files {
            case .success(let files):
                self.indexedFrom = digest
                await self.state.update(searchFiles: files)
            case .failure(let error):
                if error.kind != .cancelled { self.terminal.line("rme: " + error.message.text(in: self.terminal.language)) }
            }
        }
    }

    /// Whether Pagefind indexes the file at `path` (`<edition>/regiones/<region>.html`).
    static func isIndexed(_ path: String) -> Bool {
        let parts = path.split(separator: "/")
        return parts.count == 3 && parts[1] == SitePaths.regionsFolder && parts[2].hasSuffix(".html")
    }

    /// Writes `pages` into a fresh temporary folder, indexes it and reads the index back; the folder goes.
    private static func make(_ index: SearchIndex, pages: [RenderedFile]) async -> Result<[String: RenderedFile], BuildError> {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rme-busqueda-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        do {
            for page in pages {
                let path = folder + "/" + page.path
                try FileManager.default.createDirectory(
                    atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                guard FileManager.default.createFile(atPath: path, contents: Data(page.data)) else {
                    throw CocoaError(.fileWriteUnknown)
                }
            }
        } catch {
            return .failure(BuildError(.searchIndexFailed, LocalizedText(
                es: "no se pudo preparar la búsqueda en \(folder): \(error.localizedDescription)",
                en: "could not prepare the search in \(folder): \(error.localizedDescription)")))
        }
        do throws(BuildError) {
            var files: [String: RenderedFile] = [:]
            for path in try await index.build(site: folder, language: StringsTable.spanish[.language]) {
                guard let data = FileManager.default.contents(atPath: folder + "/" + path) else { continue }
                files[path] = RenderedFile(path: path, data: Array(data))
            }
            return .success(files)
        } catch {
            return .failure(error)
        }
    }
}
