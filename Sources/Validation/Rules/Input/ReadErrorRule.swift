import Content
import Diagnostics

/// Reports a file that could not be read: missing, not a regular file, outside the content root, refused by
/// the system. The CLI exits with status 2 on it (`Diagnostic.isReadError`): it is not a content problem.
struct ReadErrorRule: DocumentRule {
    func check(_ document: DocumentContext, _ settings: CheckSettings, into diagnostics: inout [Diagnostic]) {
        guard let problem = document.document.inputProblem, case .unreadable = problem else { return }
        diagnostics.append(document.diagnostic(InputProblemWording(problem)))
    }
}

extension Diagnostic {
    /// The code of a file or folder that could not be read.
    public static let readErrorCode = "input.read-error"

    /// Whether this diagnostic says a file or folder could not be read (exit status 2, not 1).
    public var isReadError: Bool { code == Self.readErrorCode }
}
