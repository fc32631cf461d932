import Diagnostics
import Engine
import Foundation
import Reporting
import Validation

/// Rebuilds the site into memory, one build at a time: a new change cancels the build in flight, which
/// gives way before the next starts (they share one cache).
actor Rebuilder {
    private let prepare: @Sendable () -> PreviewPreparation
    private let cache = BuildCache()
    private let state: PreviewState
    private let printViews: PrintViews
    private let search: PreviewSearch
    private let terminal: Terminal
    private var current: Task<Void, Never>?
    /// The diagnostics last printed, so the terminal shows only what is new.
    private var printed: [Diagnostic]?
    /// Each diagnostic's block as the last build laid it out: most survive a change.
    private var laidOut: [Diagnostic: String] = [:]

    init(
        prepare: @escaping @Sendable () -> PreviewPreparation, state: PreviewState, printViews: PrintViews, search: PreviewSearch,
        terminal: Terminal
    ) {
        self.prepare = prepare
        self.state = state
        self.printViews = printViews
        self.search = search
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
            await show(preparation.diagnostics, fileCount: 1, language: language)
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
        switch outcome {
        case .rejected(let checks):
            await show(preparation.diagnostics + checks.flatMap(\.diagnostics), fileCount: checks.fileCount, language: language)
        case .built(let site):
            let diagnostics = preparation.diagnostics + site.checks.flatMap(\.diagnostics)
            let problems = ProblemList(diagnostics: diagnostics, fileCount: site.checks.fileCount, language: language, memo: &laidOut)
            let changed = await state.update(files: site.files, problems: problems)
            if printed != diagnostics {
                terminal.report(diagnostics, since: printed ?? [], fileCount: site.checks.fileCount)
                printed = diagnostics
            }
            let milliseconds = Int((ContinuousClock.now - started) / .milliseconds(1))
            terminal.line(terminal.text(
                "Listo en \(milliseconds) ms: \(site.renderedPages.count) de \(site.plan.count) partes rehechas, \(changed.count) archivos cambiaron.",
                "Done in \(milliseconds) ms: \(site.renderedPages.count) of \(site.plan.count) parts redone, \(changed.count) files changed."))
            await printViews.siteBuilt(site)
            await search.siteBuilt(site)
        }
    }

    /// Problems that stopped the build: over the last good pages in the browser, and on the terminal.
    private func show(_ diagnostics: [Diagnostic], fileCount: Int, language: Language) async {
        await state.update(files: nil, problems: ProblemList(diagnostics: diagnostics, fileCount: fileCount, language: language, memo: &laidOut))
        if printed != diagnostics {
            terminal.report(diagnostics, since: printed ?? [], fileCount: fileCount)
            printed = diagnostics
        }
        terminal.line(terminal.text(
            "El contenido tiene errores: el navegador los muestra sobre la última versión correcta.",
            "The content has errors: the browser shows them over the last good version."))
    }
}
