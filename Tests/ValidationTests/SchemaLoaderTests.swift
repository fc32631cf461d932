import Content
import Diagnostics
import Foundation
import Testing
import TestSupport
@testable import Validation

@Suite("Schema loader")
struct SchemaLoaderTests {
    @Test("Content/schema.yaml reads with no diagnostics and fills every part the CLI reads")
    func realSchemaReads() throws {
        let result = SchemaLoader.load(contentRoot: Repository.content.path)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map { "\($0.range?.description ?? "-") \($0.code) \($0.message.es)" })")
        #expect(result.usesBuiltIn == false)
        let schema = result.schema
        #expect(schema.regions.count == 16)
        #expect(schema.fields.count == 11)
        #expect(schema.sections.count == 8)
        #expect(schema.pageFields.map(\.name) == ["titulo"])
        #expect(schema.fields.allSatisfy { !$0.guide.isEmpty })
        #expect(schema.sections.allSatisfy { !$0.guide.isEmpty })
    }
}
