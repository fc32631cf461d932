import Diagnostics
import Foundation
import Testing
@testable import RMECLI
@testable import Reporting

/// A large report, rendered in parallel batches, is the same text as rendering its diagnostics one after another.
@Suite("DiagnosticPrinter: a report rendered in batches")
struct DiagnosticReportBatchTests {
    @Test("thousands of diagnostics over many files, some without file or line, in the given order")
    func sameAsOneByOne() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var diagnostics: [Diagnostic] = []
        for index in 0..<40 {
            let file = try folder.write("region-\(index).md", "---\nregin: Tarapacá \(index)\nred: Red «\(index)»\n---\n")
            // More diagnostics per file than a batch holds, for some files, so batches end where files do.
            let count = index % 3 == 0 ? DiagnosticPrinter.batchSize + 7 : 5
            for line in 0..<count {
                diagnostics.append(sampleDiagnostic(file: file, (2 + line % 2, 1 + line % 7), severity: line % 2 == 0 ? .error : .warning))
            }
            if index % 5 == 0 { diagnostics.append(sampleDiagnostic(file: nil, nil, code: "edition.missing-regions")) }
        }
        #expect(diagnostics.count > 4 * DiagnosticPrinter.batchSize)
        let capture = CapturingContext()
        let printer = DiagnosticPrinter(context: capture.context)
        let oneByOne = diagnostics.map { printer.render($0) + "\n" }.joined()
        let report = printer.report(diagnostics, fileCount: 40, strict: false)
        #expect(report.hasPrefix(oneByOne))
        #expect(report.dropFirst(oneByOne.count).split(separator: "\n").count == 1, "only the summary follows")
    }
}
