import Foundation
import TestSupport

/// Texts of the real content for equivalence tests of fast paths: every line of every file under `Content/`
/// (experiences, front pages, `edition.yaml`, `schema.yaml`) and of the contract `../shared/content-format.md` when
/// it is there, and each line's words.
enum RealTexts {
    /// The lines and words, each once, in a stable order.
    static let all: [String] = {
        var texts: [String] = []
        var seen: Set<String> = []
        /// Adds a text the first time it is seen.
        func add(_ text: String) {
            if seen.insert(text).inserted { texts.append(text) }
        }
        let files = FileManager.default.enumerator(atPath: Repository.content.path)?
            .compactMap { $0 as? String }
            .filter { $0.hasSuffix(".md") || $0.hasSuffix(".yaml") }
            .sorted() ?? []
        var sources = files.compactMap { try? String(contentsOf: Repository.content.appendingPathComponent($0), encoding: .utf8) }
        if let contract = try? Repository.sharedText("content-format.md") { sources.append(contract) }
        for source in sources {
            for line in source.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
                add(String(line))
                for word in line.split(whereSeparator: \.isWhitespace) { add(String(word)) }
            }
        }
        return texts
    }()
}

