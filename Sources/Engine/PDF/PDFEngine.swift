import ChildProcesses
import Diagnostics
import Foundation

/// A program that prints an HTML file made for paged media into a PDF.
public struct PDFEngine: Sendable, Hashable {
    /// The programs `rme` knows how to drive, in order of preference.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// WeasyPrint: CSS paged media in full (running headers, `target-counter`, bookmarks, metadata).
        case weasyprint
        /// Headless Chromium: fallback; page breaks and margins, but no running headers or page references.
        case chromium
    }

    public let kind: Kind
    /// The program's absolute path.
    public let executable: String
    /// For WeasyPrint, the Python interpreter its program runs with (from its `#!` line), through which `rme`
    /// drives WeasyPrint's API; `nil` when the program is not a Python script, and then its command line is used.
    public let python: String?

    /// An engine of a kind at a given path.
    public init(kind: Kind, executable: String) {
        self.kind = kind
        self.executable = executable
        python = kind == .weasyprint ? PythonScript.interpreter(of: executable) : nil
    }

    /// The most capable engine found on `PATH`; `nil` when there is none.
    ///
    /// `RME_PDF_ENGINE=weasyprint|chromium` in `environment` asks for one engine only. WeasyPrint is looked for
    /// first where `scripts/install-deps.sh pdf` installs the pinned version (see `PinnedWeasyPrint`).
    public static func locate(environment: [String: String]) -> PDFEngine? {
        let wanted = environment["RME_PDF_ENGINE"].flatMap { Kind(rawValue: $0.lowercased()) }
        if wanted == nil || wanted == .weasyprint, let pinned = PinnedWeasyPrint.executable(environment: environment) {
            return PDFEngine(kind: .weasyprint, executable: pinned)
        }
        for kind in Kind.allCases where wanted == nil || wanted == kind {
            for name in kind.programNames {
                if let path = ExecutableSearch.find(name, environment: environment) {
                    return PDFEngine(kind: kind, executable: path)
                }
            }
        }
        return nil
    }

    /// The message given when no engine is installed: which Debian package to install.
    public static let missingMessage = LocalizedText(
        es: "no se encontró un programa para generar el PDF. Instale WeasyPrint (sudo apt-get install weasyprint) "
            + "o, en su defecto, Chromium (sudo apt-get install chromium), o ejecute «make booklet», que los instala.",
        en: "no program to make the PDF was found. Install WeasyPrint (sudo apt-get install weasyprint) "
            + "or else Chromium (sudo apt-get install chromium), or run \"make booklet\", which installs them."
    )

    /// Prints `html` into `pdf` (both absolute paths), stopping the engine after `timeout`.
    ///
    /// `sourceDateEpoch` is passed to the engine so fonts and dates it embeds do not depend on the clock.
    /// `job` says which edition of the PDF it is (tagged, for the print shop, padded); Chromium and a WeasyPrint
    /// that is not a Python script print the plain edition.
    func print(
        html: String, to pdf: String, environment: [String: String], sourceDateEpoch: String, timeout: Duration,
        job: WeasyPrintDriver.Job = .init()
    ) async throws(BuildError) {
        var childEnvironment = environment
        childEnvironment["SOURCE_DATE_EPOCH"] = sourceDateEpoch
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("rme-chromium-\(UUID().uuidString)").path
        defer { if kind == .chromium { try? FileManager.default.removeItem(atPath: scratch) } }
        let arguments: [String]
        var program = executable
        switch kind {
        case .weasyprint:
            // The base URL is the file itself, so relative stylesheets and images resolve inside the output.
            if let python {
                program = python
                arguments = ["-c", WeasyPrintDriver.source, html, pdf] + job.arguments + [WeasyPrintDriver.printShopStylesheet]
            } else {
                arguments = ["--encoding", "utf-8", html, pdf]
            }
        case .chromium:
            // A private profile folder: a browser already open for the same user would otherwise take the job.
            arguments = [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
                "--user-data-dir=\(scratch)", "--no-pdf-header-footer", "--print-to-pdf=\(pdf)",
                URL(fileURLWithPath: html).absoluteString,
            ]
            childEnvironment["HOME"] = childEnvironment["HOME"] ?? scratch
        }
        let result: SubprocessRunner.Result
        do {
            result = try await SubprocessRunner.run(program, arguments, environment: childEnvironment, timeout: timeout)
        } catch {
            throw BuildError(.pdfEngineFailed, LocalizedText(
                es: "no se pudo ejecutar \(executable): \(error.localizedDescription)",
                en: "could not run \(executable): \(error.localizedDescription)"))
        }
        if result.cancelled { throw BuildError.cancelled }
        let seconds = timeout.components.seconds
        if result.timedOut {
            throw BuildError(.pdfEngineTimedOut, LocalizedText(
                es: "\(kind.displayName) no terminó el PDF en \(seconds) s y se detuvo; no se cambió la salida anterior",
                en: "\(kind.displayName) did not finish the PDF within \(seconds) s and was stopped; the previous output is unchanged"))
        }
        guard result.status == 0 else {
            let detail = result.errorOutput.isEmpty ? "" : "\n" + result.errorOutput
            throw BuildError(.pdfEngineFailed, LocalizedText(
                es: "\(kind.displayName) no pudo generar el PDF (estado \(result.status)); no se cambió la salida anterior\(detail)",
                en: "\(kind.displayName) could not make the PDF (status \(result.status)); the previous output is unchanged\(detail)"))
        }
        if let problem = await PrintedPDFCheck.problem(with: pdf, environment: environment) {
            throw BuildError(.pdfEngineFailed, LocalizedText(
                es: "\(kind.displayName) terminó sin error, pero \(problem.es); no se cambió la salida anterior",
                en: "\(kind.displayName) ended without an error, but \(problem.en); the previous output is unchanged"))
        }
    }
}

extension PDFEngine.Kind {
    /// Names the program goes by on Debian and elsewhere.
    var programNames: [String] {
        switch self {
        case .weasyprint: ["weasyprint"]
        case .chromium: ["chromium", "chromium-browser", "google-chrome"]
        }
    }

    /// The name shown in messages.
    public var displayName: String {
        switch self {
        case .weasyprint: "WeasyPrint"
        case .chromium: "Chromium"
        }
    }
}
