import Diagnostics
import Engine
import Foundation
import Reporting
import Validation

/// What a rebuild needs, gathered anew each time (the schema may have changed): the request, or the
/// problems that stop one from being made.
public struct PreviewPreparation: Sendable {
    /// The build to run; `nil` when the schema itself is broken.
    public var request: BuildRequest?
    /// Problems found while preparing (the schema's).
    public var diagnostics: [Diagnostic]

    public init(request: BuildRequest?, diagnostics: [Diagnostic]) {
        self.request = request
        self.diagnostics = diagnostics
    }
}

/// Rebuilds the site into memory, one build at a time: a new change cancels the build in flight, which
/// gives way before the next starts (they share one cache).
actor Rebuilder {
    private let prepare: @Sendable () -> PreviewPreparation
    private let cache = BuildCache()
    private let state: PreviewState
    private let printViews: PrintViews
    private let terminal: Terminal
    private var current: Task<Void, Never>?
    /// The diagnostics last printed, so the terminal shows only what is new.
    private var printed: [Diagnostic]?
    private(set) var builds = 0
    /// Each diagnostic's block as the last build laid it out: most survive a change.
    private var laidOut: [Diagnostic: String] = [:]

    init(prepare: @escaping @Sendable () -> PreviewPreparation, state: PreviewState, printViews: PrintViews, terminal: Terminal) {
        self.prepare = prepare
        self.state = state
        self.printViews = printViews
        self.terminal = terminal
    }

    /// Starts a rebuild, cancelling the one in flight; returns the task, which ends when it has.
    @discardableResult
    func rebuild() -> Task<Void, Never> {
        let previous = current
        previous?.cancel()
        let task = Task {
            await previous?.value
            guard !Task.isCancelled else { return }
            await self.build()
        }
        current = task
        return task
    }

    /// One build and what it means for the pages, the problems and the terminal.
    private func build() async {
        let started = ContinuousClock.now
        let preparation = prepare()
        let language = state.language
        guard let request = preparation.request else {
            await show(preparation.diagnostics, fileCount: 1, language: language, kept: true)
            return
        }
        let outcome: PreviewOutcome
        do {
            outcome = try await BuildPipeline(request: request, cache: cache).preview()
        } catch where error.kind == .cancelled {
            return
        } catch {
            let message = error.message.text(in: language)
            await state.update(files: nil, problems: ProblemList(failure: "rme: " + message))
            terminal.line("rme: " + message)
            terminal.line(terminal.text("Se sigue mostrando la última versión correcta.", "The last good version is still shown."))
            printed = nil
            return
        }
        if Task.isCancelled { return }
        builds += 1
        switch outcome {
        case .rejected(let checks):
            await show(preparation.diagnostics + checks.flatMap(\.diagnostics), fileCount: Self.fileCount(checks), language: language, kept: true)
        case .built(let site):
            let diagnostics = preparation.diagnostics + site.checks.flatMap(\.diagnostics)
            let problems = ProblemList(diagnostics: diagnostics, fileCount: Self.fileCount(site.checks), language: language, memo: &laidOut)
            let changed = await state.update(files: site.files, problems: problems)
            if printed != diagnostics {
                terminal.report(diagnostics, since: printed ?? [], fileCount: Self.fileCount(site.checks))
                printed = diagnostics
            }
            let milliseconds = Int((ContinuousClock.now - started) / .milliseconds(1))
            terminal.line(terminal.text(
                "Listo en \(milliseconds) ms: \(site.renderedPages.count) de \(site.plan.count) partes rehechas, \(changed.count) archivos cambiaron.",
                "Done in \(milliseconds) ms: \(site.renderedPages.count) of \(site.plan.count) parts redone, \(changed.count) files changed."))
            await printViews.siteBuilt(site)
        }
    }

    /// Problems that stopped the build: over the last good pages in the browser, and on the terminal.
    private func show(_ diagnostics: [Diagnostic], fileCount: Int, language: Language, kept: Bool) async {
        await state.update(files: nil, problems: ProblemList(diagnostics: diagnostics, fileCount: fileCount, language: language, memo: &laidOut))
        if printed != diagnostics {
            terminal.report(diagnostics, since: printed ?? [], fileCount: fileCount)
            printed = diagnostics
        }
        terminal.line(terminal.text(
            "El contenido tiene errores: el navegador los muestra sobre la última versión correcta.",
            "The content has errors: the browser shows them over the last good version."))
    }

    /// Every file read by the checks, for the summary line (as `rme build` counts them).
    static func fileCount(_ checks: [EditionCheck]) -> Int {
        checks.reduce(0) { count, check in
            count + (check.folder.editionFile == nil ? 0 : 1) + check.folder.pageFiles.count + check.folder.experienceFiles.count
        }
    }
}

/// Where the server speaks to the editor: the terminal it was started from.
public struct Terminal: Sendable {
    public let language: Language
    public let usesColor: Bool
    public let write: @Sendable (String) -> Void

    public init(language: Language, usesColor: Bool, write: @escaping @Sendable (String) -> Void) {
        self.language = language
        self.usesColor = usesColor
        self.write = write
    }

    func text(_ es: String, _ en: String) -> String { language == .es ? es : en }

    func line(_ text: String) { write(text + "\n") }

    /// Diagnostics as `rme check` prints them: every error, the warnings not printed before (a large edition
    /// has thousands, and saving one file must not scroll them all by again), then the summary of all.
    func report(_ diagnostics: [Diagnostic], since earlier: [Diagnostic], fileCount: Int) {
        guard !diagnostics.isEmpty else { return }
        let seen = Set(earlier.map(Sighting.init))
        let shown = Diagnostic.sortedForReport(diagnostics).filter { $0.severity == .error || !seen.contains(Sighting($0)) }
        let printer = DiagnosticPrinter(language: language, usesColor: usesColor)
        var text = shown.map { printer.render($0) + "\n" }.joined()
        let errors = diagnostics.filter { $0.severity == .error }.count
        text += DiagnosticSummary.line(errors: errors, warnings: diagnostics.count - errors, files: fileCount, language: language)
        if shown.count < diagnostics.count {
            let repeated = diagnostics.count - shown.count
            text += self.text(" (\(repeated) ya mostradas antes)", " (\(repeated) shown before)")
        }
        write(text + "\n")
    }

    /// What makes a diagnostic the same finding again: where and what, not the digest of the text around it.
    private struct Sighting: Hashable {
        let file: String?
        let line: Int?
        let column: Int?
        let code: String
        let message: LocalizedText

        init(_ diagnostic: Diagnostic) {
            file = diagnostic.file
            line = diagnostic.range?.start.line
            column = diagnostic.range?.start.column
            code = diagnostic.code
            message = diagnostic.message
        }
    }
}
