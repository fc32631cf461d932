import Foundation
import Testing
import TestSupport
@testable import Content

/// The guard's scan gives the same findings whether it passes over text characters or compares each with every case.
@Suite("YAML guard: passing over text characters changes no finding")
struct YAMLGuardScanTests {
    /// Pieces of YAML syntax, quotes, spaces of every kind, accents, and characters that equal ASCII ones by canonical
    /// equivalence (Greek question mark, varia, Kelvin sign) or join their neighbour (combining marks, emoji).
    static let pieces = [
        "key: ", "- ", "[", "]", "{", "}", ", ", ": ", "\"", "'", "''", "\\\"", "#", " # nota", "&ancla", "*ancla", "!tipo",
        "%YAML", "|", ">-", "\t", "\u{00A0}", "\u{202F}", "\u{2007}", "á", "ñ", "«", "»", "“", "—", "\u{037E}", "\u{1FEF}",
        "\u{212A}", "e\u{301}", "\u{301}", "👧🏽", " ", "  ", "x", "2015", "-", "?", ":", "Región", "\u{A0}:",
    ]

    /// Blocks of one to six lines of one to ten pieces each, the same every run.
    static var generated: [String] {
        var state: UInt64 = 2018
        /// The next number below `bound` from a fixed linear congruential sequence.
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<3000).map { _ in
            (0...next(6)).map { _ in (0...next(10)).map { _ in pieces[next(pieces.count)] }.joined() }.joined(separator: "\n") + "\n"
        }
    }

    /// Every Markdown and `.yaml` file under `Content/`, the opening fence of a front matter dropped (the body is
    /// scanned too: more text for the comparison).
    static var realBlocks: [String] {
        let files = FileManager.default.enumerator(atPath: Repository.content.path)?
            .compactMap { $0 as? String }
            .filter { $0.hasSuffix(".md") || $0.hasSuffix(".yaml") } ?? []
        return files.compactMap { try? String(contentsOf: Repository.content.appendingPathComponent($0), encoding: .utf8) }
            .map { text in text.hasPrefix("---\n") ? String(text.dropFirst(4)) : text }
    }

    @Test("generated blocks and every real front matter and YAML file")
    func sameFindings() {
        var differing: [String] = []
        var withFindings = 0
        for text in Self.generated + Self.realBlocks {
            let block = FrontMatterBlock(text: text, firstLine: 2, closingLine: nil)
            let passing = YAMLGuard.scan(block)
            if passing != YAMLGuard.scan(block, passingOverText: false) { differing.append(text) }
            if !passing.findings.isEmpty { withFindings += 1 }
        }
        #expect(differing.isEmpty, "\(differing.prefix(5))")
        #expect(withFindings > 1000, "the generated blocks exercise the findings")
    }

    /// The line split as first written: scalar by scalar.
    static func referenceLines(_ text: String) -> [String] {
        var lines: [String] = []
        var current = ""
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                if !previousWasCR { lines.append(current); current = "" }
                previousWasCR = false
            } else if scalar == "\r" {
                lines.append(current)
                current = ""
                previousWasCR = true
            } else {
                current.unicodeScalars.append(scalar)
                previousWasCR = false
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    @Test("lines are cut from the bytes as they were built from the scalars: LF, CR LF, lone CR, empty lines")
    func sameLines() {
        let tricky = ["", "\n", "\r", "\r\n", "a", "a\n", "a\r\nb", "a\r\rb\n\n", "\n\r\n\r", "á\r\n«b»\rc", "x\u{301}\ny"]
        for text in tricky + Self.generated.map { $0.replacingOccurrences(of: "- ", with: "\r\n") } + Self.realBlocks {
            #expect(YAMLGuard.splitLines(text) == Self.referenceLines(text), "\(text.unicodeScalars.map(\.value))")
        }
    }
}
