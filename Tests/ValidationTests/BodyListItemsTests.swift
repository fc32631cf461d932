import Diagnostics
import Testing
import TestSupport
@testable import Validation

@Suite("body.list-items")
struct BodyListItemsTests {
    /// A section's item limit in the schema, both thresholds present.
    static func limit(_ id: String) throws -> (warning: Int, error: Int) {
        let limit = try #require(BodyFixtures.schema.section(id)?.items)
        return (try #require(limit.warning), try #require(limit.error))
    }

    /// `count` items, the last one marked.
    static func items(_ count: Int, marker: String) -> String {
        (1..<count).map { "- Punto \($0).\n" }.joined() + "\(marker)- Punto \(count).\n"
    }

    @Test("too many items is reported at the first item past the limit, as a warning or an error")
    func thresholds() throws {
        let practicas = try Self.limit("practicas"), colaboracion = try Self.limit("colaboracion")
        let marked = MarkedText(BodyFixtures.experience(BodyFixtures.body([
            "practicas": "## Para movilizar el objetivo\n\n" + Self.items(practicas.warning + 1, marker: "1️⃣"),
            "colaboracion": "## Trabajo colaborativo\n\n" + Self.items(colaboracion.error + 1, marker: "2️⃣") + "- Uno más.\n",
        ])))
        let diagnostics = BodyFixtures.run(ListItemsRule(), marked.text)
        expectDiagnostics(diagnostics, [
            ExpectedDiagnostic("body.list-items", .warning, at: "1️⃣"),
            ExpectedDiagnostic("body.list-items", .error, at: "2️⃣"),
        ], in: marked)
        let error = try #require(diagnostics.first { $0.severity == .error })
        let total = colaboracion.error + 2
        #expect(error.message.es == "La lista de «Trabajo colaborativo» tiene \(total) puntos; el máximo es \(colaboracion.error). Este es el punto \(colaboracion.error + 1).")
    }

    @Test("as many items as the warning threshold pass")
    func atThreshold() throws {
        let practicas = try Self.limit("practicas")
        let text = BodyFixtures.experience(BodyFixtures.body([
            "practicas": "## Para movilizar el objetivo\n\n" + Self.items(practicas.warning, marker: ""),
        ]))
        #expect(BodyFixtures.run(ListItemsRule(), text).isEmpty)
    }
}
