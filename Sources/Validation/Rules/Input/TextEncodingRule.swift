import Content
import Diagnostics

/// Reports bytes that are not UTF-8 text: Windows-1252 from Word, UTF-16, NUL bytes.
struct TextEncodingRule: DocumentRule {
    func check(_ document: DocumentContext, _ settings: CheckSettings, into diagnostics: inout [Diagnostic]) {
        guard let problem = document.document.inputProblem else { return }
        switch problem {
        case .invalidUTF8, .utf16, .nulByte:
            diagnostics.append(document.diagnostic(InputProblemWording(problem)))
        case .empty, .tooLarge, .unreadable:
            return
        }
    }
}

extension DocumentContext {
    /// An error about this file's bytes, worded by `InputProblemWording`.
    func diagnostic(_ wording: InputProblemWording) -> Diagnostic {
        Diagnostic(file: path, range: wording.range, severity: .error, code: wording.code, message: wording.message, hint: wording.hint)
    }
}
