import Foundation
import Testing
@testable import Rendering

/// Charts of the real edition against files reviewed by eye; `RECORD_GOLDEN=1` writes them anew.
@Suite("Chart golden files")
struct ChartGoldenTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    static var recording: Bool { ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" }

    /// Compares `actual` with the golden file, or records it when `RECORD_GOLDEN=1`.
    static func expectGolden(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = folder.appendingPathComponent(name)
        if recording {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected, "\(name) differs from its golden file; if the change is intended, re-record with RECORD_GOLDEN=1 and review the diff", sourceLocation: sourceLocation)
    }

    @Test("networks per year from edition.yaml (523, 505, 481) as a vertical bar chart")
    func networksPerYear() throws {
        let series = try #require(SummarySeries.networksPerYear(try FrontMatterEdition.edition().info))
        #expect(series.points.map(\.value) == [523, 505, 481])
        let svg = VerticalBarChart(series: series, slug: "grafico-redes-por-anio").svg()
        try Self.expectGolden(svg, "chart-redes-por-anio.svg")
    }

    @Test("the same figures as the fallback table the summary puts in a <details>")
    func networksPerYearTable() throws {
        let series = try #require(SummarySeries.networksPerYear(try FrontMatterEdition.edition().info))
        try Self.expectGolden(ChartTable(series: series).html(), "summary-redes-por-anio-tabla.html")
    }
}
