import ChildProcesses
import Diagnostics
import Foundation
import Rendering

/// Runs Pagefind over the region pages of a finished site folder, writing its index into `pagefind/` there.
///
/// Only region pages are indexed (`*/regiones/*.html`): each holds its region's chapters whole, so a result
/// is one region of one edition; the booklet repeats the same chapters and would give every hit twice. A
/// result still leads to the booklet: each page names its chapter there in the index's metadata.
public struct SearchIndex: Sendable {
    public let pagefind: Pagefind
    /// Longest time Pagefind may take before it is stopped.
    public let timeout: Duration
    public let environment: [String: String]

    /// The pages Pagefind reads, relative to the site folder.
    static let indexedPages = "*/" + SitePaths.regionsFolder + "/*.html"

    /// Files Pagefind writes for its own ready-made interfaces, which the site does not use (its search page
    /// drives `pagefind.js` directly): removed so the output holds only what a reader's browser loads.
    static let unusedFiles = [
        "pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
        "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js",
    ]

    public init(pagefind: Pagefind, timeout: Duration = .seconds(300), environment: [String: String]) {
        self.pagefind = pagefind
        self.timeout = timeout
        self.environment = environment
    }

    /// Indexes the site at `site` (an absolute path) in the language `language` ("es"); returns the index's
    /// files, relative to the site folder, in path order.
    public func build(site: String, language: String) async throws(BuildError) -> [String] {
        let arguments = [
            "--site", site, "--glob", Self.indexedPages, "--output-subdir", SitePaths.searchIndexFolder,
            "--force-language", language, "--silent",
        ]
        let result: SubprocessRunner.Result
        do {
            result = try await SubprocessRunner.run(pagefind.executable, arguments, environment: environment, timeout: timeout)
        } catch {
            throw BuildError(.searchIndexFailed, LocalizedText(
                es: "no se pudo ejecutar Pagefind (\(pagefind.executable)): \(error.localizedDescription)",
                en: "Pagefind (\(pagefind.executable)) could not be run: \(error.localizedDescription)"))
        }
        if result.cancelled { throw BuildError.cancelled }
        if result.timedOut {
            throw BuildError(.searchIndexFailed, LocalizedText(
                es: "Pagefind no terminó el índice de búsqueda en \(timeout) y se detuvo; la salida quedó como estaba",
                en: "Pagefind did not finish the search index within \(timeout) and was stopped; the output is as it was"))
        }
        guard result.status == 0 else {
            let detail = result.errorOutput.isEmpty ? "" : ":\n" + result.errorOutput
            throw BuildError(.searchIndexFailed, LocalizedText(
                es: "Pagefind falló (estado \(result.status)) al generar el índice de búsqueda; la salida quedó como estaba\(detail)",
                en: "Pagefind failed (status \(result.status)) making the search index; the output is as it was\(detail)"))
        }
        let folder = site + "/" + SitePaths.searchIndexFolder
        for name in Self.unusedFiles { try? FileManager.default.removeItem(atPath: folder + "/" + name) }
        guard FileSystemCalls.kind(of: folder + "/pagefind.js") == .other else {
            throw BuildError(.searchIndexFailed, LocalizedText(
                es: "Pagefind terminó sin escribir \(SitePaths.searchIndexFolder)/pagefind.js; la salida quedó como estaba",
                en: "Pagefind ended without writing \(SitePaths.searchIndexFolder)/pagefind.js; the output is as it was"))
        }
        // Walked as the previous output's folders are: regular files only, links left out (the staging folder
        // would refuse them when it adopts the files).
        return PreviousOutput(output: site).files(inFolders: [SitePaths.searchIndexFolder]).map(\.path)
    }
}
