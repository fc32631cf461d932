import Diagnostics
import Testing
@testable import RMECLI
@testable import Reporting

/// The summary line agrees in number and speaks both languages.
@Suite("DiagnosticSummary")
struct DiagnosticSummaryTests {
    @Test("Spanish", arguments: [
        (2, 3, 15, "2 errores y 3 advertencias en 15 archivos."),
        (1, 1, 1, "1 error y 1 advertencia en 1 archivo."),
        (1, 0, 20, "1 error en 20 archivos."),
        (0, 4, 2, "4 advertencias en 2 archivos."),
        (0, 0, 15, "Sin problemas en 15 archivos."),
        (0, 0, 1, "Sin problemas en 1 archivo."),
        (0, 0, 0, "Sin problemas en 0 archivos."),
    ])
    func spanish(errors: Int, warnings: Int, files: Int, expected: String) {
        #expect(DiagnosticSummary.line(errors: errors, warnings: warnings, files: files, language: .es) == expected)
    }

    @Test("English", arguments: [
        (2, 3, 15, "2 errors and 3 warnings in 15 files."),
        (1, 1, 1, "1 error and 1 warning in 1 file."),
        (0, 2, 1, "2 warnings in 1 file."),
        (0, 0, 15, "No problems in 15 files."),
    ])
    func english(errors: Int, warnings: Int, files: Int, expected: String) {
        #expect(DiagnosticSummary.line(errors: errors, warnings: warnings, files: files, language: .en) == expected)
    }
}
