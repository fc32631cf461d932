import Foundation
import Testing
import TestSupport
@testable import Markup

/// Every example of the CommonMark 0.30 spec, smart punctuation and regression files
/// goes through the Markup module and must give the expected HTML.
@Suite("CommonMark conformance (../shared/commonmark)")
struct ConformanceTests {
    /// The three files, with the options their examples are written for.
    static let files: [(name: String, smart: Bool)] = [
        ("spec.txt", false), ("smart_punct.txt", true), ("regression.txt", false),
    ]

    @Test("spec, smart punctuation and regression examples", .enabled(if: Repository.sharedIsPresent, Comment(rawValue: Repository.sharedAbsentReason)))
    func allExamples() throws {
        var summary: [String] = []
        var total = 0, passed = 0
        for file in Self.files {
            let examples = SpecExample.parse(try Repository.sharedText("commonmark/\(file.name)"), file: file.name)
            // The examples are written for cmark's unsafe mode; the switch is explicit.
            let options = MarkupOptions(smartPunctuation: file.smart, allowUnsafeHTML: true)
            var filePassed = 0
            for example in examples {
                let actual = Markup.html(example.markdown, options: options)
                if HTMLNormalizer.normalize(actual) == HTMLNormalizer.normalize(example.html) {
                    filePassed += 1
                } else {
                    Issue.record("\(example)\n--- markdown\n\(example.markdown)--- expected\n\(example.html)--- actual\n\(actual)")
                }
            }
            summary.append("\(file.name): \(filePassed) of \(examples.count)")
            total += examples.count
            passed += filePassed
        }
        print("CommonMark conformance: \(passed) of \(total) passed (\(summary.joined(separator: ", ")))")
        #expect(total == 684, "the three files hold 652 + 16 + 16 examples")
        #expect(passed == total)
    }
}
