import Reporting
import ArgumentParser
import Diagnostics
import Foundation
import Engine
import Rendering
import Validation

/// `rme build [CONTENT]`: checks every edition, then writes the booklet (and its PDF) into `Output/` in one swap.
struct BuildCommand: ContextCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "build",
            abstract: HelpText.t(
                "Revisa las ediciones y genera el cuadernillo (HTML y, con --pdf, PDF) en Output/.",
                "Checks the editions and writes the booklet (HTML and, with --pdf, PDF) into Output/."
            ),
            discussion: HelpText.t(
                """
                Primero revisa todas las ediciones como «rme check»; si hay un error (o una advertencia \
                con --strict) muestra los problemas y no escribe nada. Si no, escribe la salida en una \
                carpeta temporal junto a Output/ y la pone en su lugar de una vez: una compilación que \
                falla o se interrumpe deja la salida anterior intacta.

                Las plantillas vienen incluidas en rme; las de <proyecto>/Templates (el proyecto es la carpeta \
                que contiene CONTENIDO), si existe, reemplazan a las del mismo nombre, y --templates CARPETA a \
                ambas. «rme plantillas --exportar CARPETA» escribe las incluidas para partir de ellas.
                El PDF se genera con WeasyPrint (la versión que instala «scripts/install-deps.sh pdf», o la \
                del sistema) o, si no está, con Chromium: booklet.pdf, etiquetado (PDF/UA) para leer en \
                pantalla; con --imprenta también booklet-imprenta.pdf, con sangrado y marcas de corte para la \
                imprenta. Ambos tienen un número de páginas múltiplo de 4. Sin --pdf, \
                un booklet.pdf de la salida anterior se conserva si el cuadernillo no cambió desde que se \
                imprimió; si cambió, se quita y se dice.
                Con SOURCE_DATE_EPOCH definido, esa fecha se anota en el cuadernillo; si no, no hay fechas.

                Estado de salida: 0 listo, 1 el contenido tiene errores, 2 error de uso, de plantillas, \
                de escritura o del PDF.

                Ejemplos:
                  rme build
                  rme build --pdf
                  rme build --pdf --imprenta
                  rme build Content --out /tmp/salida --edicion 2015-2017
                """,
                """
                First checks every edition as "rme check" does; on an error (or a warning under --strict) \
                it shows the problems and writes nothing. Otherwise it writes into a temporary folder beside \
                Output/ and swaps it in at once: a failed or interrupted build leaves the previous output intact.

                The templates are built into rme; those of <project>/Templates (the project is the folder \
                holding CONTENT), when it exists, replace those of the same name, and --templates FOLDER both. \
                "rme plantillas --exportar FOLDER" writes the built-in ones out to start from.
                The PDF is made with WeasyPrint (the version "scripts/install-deps.sh pdf" installs, or the \
                system's) or, when absent, with Chromium: booklet.pdf, tagged (PDF/UA) for reading on screen; \
                with --imprenta also booklet-imprenta.pdf, with bleed and crop marks for the print shop. Both \
                have a page count that is a multiple of 4. Without \
                --pdf, a booklet.pdf of the previous output is kept when the booklet did not change since it \
                was printed; when it did, it is removed and the build says so.
                With SOURCE_DATE_EPOCH set, that date is written in the booklet; otherwise there are no dates.

                Exit status: 0 done, 1 the content has errors, 2 usage, template, write or PDF failure.

                Examples:
                  rme build
                  rme build --pdf
                  rme build --pdf --imprenta
                  rme build Content --out /tmp/output --edicion 2015-2017
                """
            )
        )
    }

    @Argument(help: ArgumentHelp(
        HelpText.t("La carpeta de contenido, con una carpeta por edición.", "The content folder, one folder per edition."),
        valueName: "contenido"
    ))
    var content: String = "Content"

    @Option(name: .customLong("out"), help: ArgumentHelp(
        HelpText.t("La carpeta de salida, que se reemplaza entera.", "The output folder, replaced whole."),
        valueName: "carpeta"
    ))
    var output: String = "Output"

    @Flag(name: .customLong("pdf"), help: ArgumentHelp(HelpText.t(
        "Genera también booklet.pdf (WeasyPrint o Chromium).", "Also write booklet.pdf (WeasyPrint or Chromium)."
    )))
    var pdf = false

    @Flag(name: .customLong("imprenta"), help: ArgumentHelp(HelpText.t(
        "También booklet-imprenta.pdf (e implica --pdf): sangrado de 3 mm y marcas de corte, para la imprenta.",
        "Also booklet-imprenta.pdf (implies --pdf): 3 mm bleed and crop marks, for the print shop."
    )))
    var printShop = false

    @Option(name: .customLong("edicion"), help: ArgumentHelp(
        HelpText.t(
            "Genera solo esta edición; las demás de la salida anterior se conservan.",
            "Build only this edition; the others in the previous output are kept."
        ),
        valueName: "id"
    ))
    var edition: String?

    @Option(name: .customLong("templates"), help: ArgumentHelp(
        HelpText.t(
            "Carpeta cuyas plantillas y hojas de estilo reemplazan las del proyecto.",
            "Folder whose templates and stylesheets replace the project's."
        ),
        valueName: "carpeta"
    ))
    var templates: String?

    @Option(name: .customLong("format"), help: ArgumentHelp(
        HelpText.t(
            "Cómo se muestran los problemas: text (para personas) o json (para herramientas, en la salida estándar).",
            "How problems are shown: text (for people) or json (for tools, on standard output)."
        ),
        valueName: "text|json"
    ))
    var format: OutputFormat = .text

    @Flag(name: .customLong("strict"), help: ArgumentHelp(HelpText.t(
        "Trata las advertencias como errores: con una advertencia no se genera nada.",
        "Treat warnings as errors: a warning stops the build."
    )))
    var strict = false

    @Flag(name: .customLong("sin-cache"), help: ArgumentHelp(HelpText.t(
        "Genera todo desde cero, sin leer ni escribir el caché (.rme-cache junto a la salida).",
        "Build everything from scratch, without reading or writing the cache (.rme-cache beside the output)."
    )))
    var noCache = false

    @Flag(name: .customLong("sin-busqueda"), help: ArgumentHelp(HelpText.t(
        "No genera el índice de búsqueda (Pagefind); la página de búsqueda dirá que no está.",
        "Do not make the search index (Pagefind); the search page will say it is missing."
    )))
    var noSearch = false

    @Flag(name: .customLong("permitir-menos"), help: ArgumentHelp(HelpText.t(
        "Publica aunque la edición tenga menos capítulos, páginas iniciales o páginas de región que la salida anterior (sin esta opción, la construcción se detiene y dice qué faltaría).",
        "Publish even when the edition has fewer chapters, front pages or region pages than the previous output (without it, the build stops and says what would be missing)."
    )))
    var allowShrinking = false

    @OptionGroup var pdfTimeLimit: PDFTimeLimitOption
    @OptionGroup var languageOption: LanguageOption

    /// The build cache's folder: `.rme-cache` in the folder that holds the output (so `Output/` stays only pages,
    /// and deleting the cache is always safe).
    static func cacheFolder(besideOutput output: String) -> String {
        CheckTargets.join(CheckTargets.parent(of: output), ".rme-cache")
    }

    /// Checks, builds and reports; returns the exit status.
    func execute(in context: CLIContext) async throws -> Int32 {
        var schemas = try SchemaSelection(explicitPath: nil)
        let settings = CheckSettings(schema: schemas.schema(forContentRoot: content), currentYear: CurrentYear.now)
        if schemas.diagnostics.containsErrors {
            report(schemas.diagnostics, fileCount: 1, context: context)
            return ExitStatus.contentErrors
        }
        var request = BuildRequest(
            contentRoot: content, outputPath: output,
            templatesFolder: CheckTargets.join(CheckTargets.parent(of: content), "Templates"),
            templatesOverride: templates, editionID: edition, makePDF: pdf || printShop, pdfTimeout: pdfTimeLimit.limit(or: .seconds(300)), strict: strict,
            settings: settings, environment: context.environment,
            pauseBeforeSwap: Self.pauseBeforeSwap(context.environment),
            cacheFolder: noCache ? nil : Self.cacheFolder(besideOutput: output), makeSearchIndex: !noSearch,
            allowShrinking: allowShrinking
        )
        request.makePrintShopPDF = printShop
        // Warnings are printed once the check is done (the build goes on), before the PDF; JSON stays one array
        // at the end.
        let reported = ReportedOnce()
        let schemaDiagnostics = schemas.diagnostics
        let progress = BuildProgressLine(context: context) { [format] diagnostics, fileCount, sources in
            let all = schemaDiagnostics + diagnostics
            guard format == .text, !all.isEmpty, reported.claim() else { return }
            // The excerpts come from the bytes the build checked, already in memory with their digests.
            DiagnosticPrinter.print(Diagnostic.sortedForReport(all), fileCount: fileCount, strict: false, in: context, known: sources.files)
        }
        let outcome: BuildOutcome
        do {
            outcome = try await BuildPipeline(request: request).run(progress: progress.show)
            progress.clear()
        } catch {
            progress.clear()
            throw CommandFailure(message: LocalizedText(
                es: "rme: \(error.message.es)\nNo se modificó \(output).",
                en: "rme: \(error.message.en)\n\(output) was not changed."
            ))
        }
        switch outcome {
        case .rejected(let checks):
            report(schemas.diagnostics + checks.flatMap(\.diagnostics), fileCount: checks.fileCount, context: context)
            if format == .text {
                context.stderr(context.text("No se escribió nada en \(output).\n", "Nothing was written to \(output).\n"))
            }
            return checks.flatMap(\.diagnostics).contains(where: \.isReadError) ? ExitStatus.usageOrIO : ExitStatus.contentErrors
        case .built(let built):
            let diagnostics = schemas.diagnostics + built.checks.flatMap(\.diagnostics)
            if (!diagnostics.isEmpty && reported.claim()) || format == .json {
                report(diagnostics, fileCount: built.checks.fileCount, context: context)
            }
            announce(built, context: context)
            return ExitStatus.success
        case .upToDate(let current):
            let diagnostics = schemas.diagnostics + current.diagnostics
            if (!diagnostics.isEmpty && reported.claim()) || format == .json {
                report(diagnostics, fileCount: current.fileCount, context: context)
            }
            announce(current, context: context)
            return ExitStatus.success
        }
    }

    /// Prints diagnostics exactly as `rme check` does, in the chosen format.
    private func report(_ diagnostics: [Diagnostic], fileCount: Int, context: CLIContext) {
        let sorted = Diagnostic.sortedForReport(diagnostics)
        switch format {
        case .text: DiagnosticPrinter.print(sorted, fileCount: fileCount, strict: strict, in: context)
        case .json: JSONPrinter(context: context).print(sorted, strict: strict)
        }
    }

    /// Says where to open the result: on standard output for people, on standard error when it carries JSON.
    private func announce(_ report: some BuildAnnouncement, context: CLIContext) {
        var lines: [String] = []
        for folder in report.removedStaleFolders {
            lines.append(context.text(
                "Se eliminó \(folder), que dejó una compilación interrumpida.",
                "Removed \(folder), left by an interrupted build."))
        }
        for edition in report.editions {
            lines.append(context.text("Edición \(edition.id) lista; abra:", "Edition \(edition.id) done; open:"))
            lines.append("  " + shownPath(edition.bookletHTML) + context.text(" (cuadernillo)", " (booklet)"))
            lines.append("  " + shownPath(edition.id + "/index.html") + context.text(
                " (sitio de la edición: regiones y resumen nacional)", " (edition site: regions and national summary)"))
            if edition.pdf == .removedStale {
                lines.append(context.text(
                    "  Se quitó \(shownPath(EditionPages.pdfPath(for: edition.id))): el cuadernillo cambió desde que se imprimió. "
                        + "Imprímalo de nuevo con rme build --pdf.",
                    "  Removed \(shownPath(EditionPages.pdfPath(for: edition.id))): the booklet changed since it was printed. "
                        + "Print it again with rme build --pdf."))
            }
            if let pdf = edition.bookletPDF {
                let engine = edition.pdfEngine.map { " (\($0.displayName))" } ?? ""
                let kept = edition.pdf == .kept ? context.text(" (el de la compilación anterior: el cuadernillo no cambió)",
                                                                " (the previous build's: the booklet did not change)") : ""
                lines.append("  " + shownPath(pdf) + engine + kept)
                if printShop, edition.pdf == .printed || edition.pdf == .kept {
                    lines.append("  " + shownPath(EditionPages.printShopPDFPath(for: edition.id))
                        + context.text(" (para la imprenta: sangrado y marcas de corte)", " (for the print shop: bleed and crop marks)"))
                }
                if edition.pdfEngine == .chromium {
                    lines.append(context.text(
                        "  Chromium no imprime los encabezados ni los números de página del índice; "
                            + "para el cuadernillo completo instale WeasyPrint (sudo apt-get install weasyprint).",
                        "  Chromium prints neither running heads nor the contents' page numbers; "
                            + "for the complete booklet install WeasyPrint (sudo apt-get install weasyprint)."))
                }
            }
        }
        if !report.editions.isEmpty {
            lines.append(context.text("Todas las ediciones: ", "All editions: ") + shownPath("index.html"))
        }
        switch report.search {
        case .indexed(let pages, _, let bytes):
            lines.append(context.text("Búsqueda: ", "Search: ") + shownPath(SitePaths.search) + context.text(
                " (índice de \(pages) páginas, \(SpanishFormat.fileSize(bytes: bytes)))", " (index of \(pages) pages, \(SpanishFormat.fileSize(bytes: bytes)))"))
        case .kept(let pages):
            lines.append(context.text("Búsqueda: ", "Search: ") + shownPath(SitePaths.search) + context.text(
                " (índice de \(pages) páginas, el de la compilación anterior: las páginas no cambiaron)",
                " (index of \(pages) pages, the previous build's: the pages did not change)"))
        case .pagefindMissing:
            lines.append(context.text("Aviso: ", "Warning: ") + context.text(Pagefind.missingMessage.es, Pagefind.missingMessage.en))
        case .off:
            break
        }
        if !report.keptEditions.isEmpty {
            let kept = report.keptEditions.joined(separator: ", ")
            lines.append(context.text(
                "Se conservaron de la salida anterior: \(kept).", "Kept from the previous output: \(kept)."))
        }
        let text = lines.joined(separator: "\n") + "\n"
        if format == .json { context.stderr(text) } else { context.stdout(text) }
    }

    /// A path inside the output, written from the output folder as the user gave it ("Output/2015-2017/booklet.html").
    private func shownPath(_ relative: String) -> String {
        CheckTargets.join(output, relative)
    }

    /// The test hook `RME_TEST_PAUSE_BEFORE_SWAP=<seconds>`: sleep with everything written, just before the swap.
    static func pauseBeforeSwap(_ environment: [String: String]) -> Duration? {
        guard let raw = environment["RME_TEST_PAUSE_BEFORE_SWAP"], let seconds = Int(raw), seconds > 0 else { return nil }
        return .seconds(min(seconds, 600))
    }
}
