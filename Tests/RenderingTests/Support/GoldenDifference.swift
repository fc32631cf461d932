/// A short account of where two texts part: enough to find the change without printing both files.
struct GoldenDifference: CustomStringConvertible {
    var line: Int
    var expected: String
    var actual: String
    var expectedLines: Int
    var actualLines: Int

    /// `nil` when the texts are equal; otherwise where they first differ.
    init?(expected: String, actual: String) {
        guard expected != actual else { return nil }
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let shared = min(old.count, new.count)
        let index = (0..<shared).first { old[$0] != new[$0] } ?? shared
        line = index + 1
        self.expected = index < old.count ? String(old[index]) : "(end of file)"
        self.actual = index < new.count ? String(new[index]) : "(end of file)"
        expectedLines = old.count
        actualLines = new.count
    }

    /// One line for a test failure.
    var description: String {
        "first difference at line \(line): expected «\(expected)», got «\(actual)»; \(expectedLines) lines expected, \(actualLines) rendered"
    }
}
