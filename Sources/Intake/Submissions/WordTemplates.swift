import Validation
import Foundation
import WordExchange

/// Each region's Word template (`rme plantilla-word`'s document with its region filled in), made by pandoc
/// on the first request and kept.
actor WordTemplates {
    private let edition: CollectedEdition
    private let reference: String?
    private let scratchFolder: String
    private var made: [String: [UInt8]] = [:]

    init(edition: CollectedEdition, reference: String?, scratchFolder: String) {
        self.edition = edition
        self.reference = reference
        self.scratchFolder = scratchFolder
    }

    /// The template of `region`, `nil` when pandoc is missing or failed.
    func template(for region: RegionSpec) async -> [UInt8]? {
        if let known = made[region.region.slug] { return known }
        guard let pandoc = edition.pandoc else { return nil }
        let folder = scratchFolder + "/" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: folder) }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let document = WordTemplate.document(schema: edition.settings.schema, region: region, apiVersion: try await pandoc.apiVersion())
            try await pandoc.writeDocx(document, to: folder + "/plantilla.docx", reference: reference)
            guard let bytes = FileManager.default.contents(atPath: folder + "/plantilla.docx") else { return nil }
            made[region.region.slug] = [UInt8](bytes)
            return made[region.region.slug]
        } catch {
            return nil
        }
    }
}
