import Content
import Diagnostics

/// Reports a file over the schema's size limit (it was not read further).
struct FileSizeRule: DocumentRule {
    func check(_ document: DocumentContext, _ settings: CheckSettings, into diagnostics: inout [Diagnostic]) {
        guard let problem = document.document.inputProblem, case .tooLarge = problem else { return }
        diagnostics.append(document.diagnostic(InputProblemWording(problem)))
    }
}
