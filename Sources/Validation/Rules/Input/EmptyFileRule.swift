import Content
import Diagnostics

/// Reports a file with nothing in it (or only white space).
struct EmptyFileRule: DocumentRule {
    func check(_ document: DocumentContext, _ settings: CheckSettings, into diagnostics: inout [Diagnostic]) {
        guard let problem = document.document.inputProblem, problem == .empty else { return }
        diagnostics.append(document.diagnostic(InputProblemWording(problem)))
    }
}
