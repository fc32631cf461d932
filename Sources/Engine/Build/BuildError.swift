import Diagnostics
import Rendering

/// Why a build stopped after its content was checked: a message for the user, and a kind for tools and tests.
public struct BuildError: Error, Sendable, Hashable {
    /// What went wrong, coarsely; the message says it precisely.
    public enum Kind: String, Sendable, Hashable {
        /// A setting is malformed (`SOURCE_DATE_EPOCH` that is not a number of seconds).
        case invalidSetting
        /// No edition folder under the content root.
        case noEditions
        /// `--edicion` names no edition folder.
        case unknownEdition
        /// A template or stylesheet could not be read, parsed or rendered.
        case template
        /// A page would be written outside the output folder, or over another page.
        case unsafeOutputPath
        /// The file system refused a read, write or rename.
        case fileSystem
        /// Neither WeasyPrint nor Chromium is installed.
        case pdfEngineMissing
        /// The PDF engine ran and failed, or produced no PDF.
        case pdfEngineFailed
        /// The PDF engine ran past its time limit and was stopped.
        case pdfEngineTimedOut
        /// Pagefind ran and failed, ran past its time limit, or wrote no index.
        case searchIndexFailed
        /// The build would publish fewer chapters, front pages or region pages than the previous output holds.
        case wouldShrink
        /// A newer change (or the user) cancelled the build before it wrote anything.
        case cancelled
    }

    public let kind: Kind
    public let message: LocalizedText

    /// An error of a kind, with its message in both languages.
    public init(_ kind: Kind, _ message: LocalizedText) {
        self.kind = kind
        self.message = message
    }

    /// The build was cancelled; the output is as it was.
    static let cancelled = BuildError(.cancelled, LocalizedText(
        es: "la construcción se canceló; la salida quedó como estaba", en: "the build was cancelled; the output is as it was"))

    /// A template failure, naming its file and line as the Rendering module reported them.
    static func template(_ error: RenderError) -> BuildError {
        let place = error.line.map { "\(error.file):\($0)" } ?? error.file
        return BuildError(.template, LocalizedText(
            es: "\(place): error de plantilla: \(error.message.es)",
            en: "\(place): template error: \(error.message.en)"))
    }

    /// A file-system call that failed, in words.
    static func fileSystem(_ failure: FileSystemCalls.Failure) -> BuildError {
        BuildError(.fileSystem, LocalizedText(
            es: "no se pudo escribir la salida (\(failure.operation) \(failure.path)): \(failure.reason)",
            en: "could not write the output (\(failure.operation) \(failure.path)): \(failure.reason)"
        ))
    }
}
