import Content
import Diagnostics
import Foundation

/// Warns when regions of the catalogue have no experience in the edition, listing them.
///
/// A file whose `region` cannot be read still counts for the region its file
/// name names, so a typo is reported once (by the region rule), not twice.
struct MissingRegionsRule: EditionRule {
    func check(_ files: [EditionFacts], _ settings: CheckSettings, into diagnostics: inout [Diagnostic]) {
        let experiences = files.filter { $0.kind == .experience }
        guard !experiences.isEmpty else { return }
        var present: Set<String> = []
        for document in experiences {
            if let name = document.namedRegion {
                present.insert(name)
            } else if let spec = settings.index.regions.region(matching: FileSlug.experience(path: document.path)) {
                present.insert(spec.region.name)
            }
        }
        let missing = settings.schema.regions.map(\.region.name).filter { !present.contains($0) }
        guard !missing.isEmpty else { return }
        let folder = PathText.parent(of: experiences[0].path)
        let list = missing.joined(separator: ", ")
        diagnostics.append(Diagnostic(
            file: folder.isEmpty ? nil : folder, range: nil, severity: .warning, code: "edition.missing-regions",
            message: LocalizedText(
                es: "\(missing.count == 1 ? "Una región no tiene" : "\(missing.count) regiones no tienen") experiencia en esta edición: \(list).",
                en: "\(missing.count == 1 ? "One region has" : "\(missing.count) regions have") no experience in this edition: \(list)."),
            hint: LocalizedText(
                es: "Si falta un archivo, agréguelo con «rme new <región>»; si la edición es así, no hay nada que hacer.",
                en: "If a file is missing, add it with `rme new <region>`; if the edition is meant this way, nothing needs doing.")))
    }
}
