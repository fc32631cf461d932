import Content
import Validation

/// The text `rme new` writes: every front-matter key and every section, each holding its guide.
///
/// A guide is `UnfilledGuide.text(for:)` (`«Escriba aquí …»`), the marker the
/// checker reports as an error until someone replaces it, so a skeleton sent
/// by mistake never passes. Everything else is well formed: the keys in the
/// schema's order, a one-item list where a list goes, the sections in order,
/// a bullet where a list is expected.
struct ExperienceSkeleton {
    /// The file's text.
    let text: String
    /// How many guides it holds (each one is an error until it is replaced).
    let guideCount: Int

    /// Builds the skeleton for a region, with the network's name already filled when known.
    init(schema: Schema, region: RegionSpec, network: String?) {
        var lines = ["---"]
        var guides = 0
        for field in schema.fields {
            if !field.required {
                lines.append("# Opcional: complete esta clave o borre sus líneas.")
            }
            if field.type == .region {
                lines.append("\(field.name): \(YAMLText.quoted(region.region.name))")
                continue
            }
            if field.name == NewCommand.networkKey, let network {
                lines.append("\(field.name): \(YAMLText.quoted(network))")
                continue
            }
            let guide = YAMLText.quoted(UnfilledGuide.marker(guide: field.guide, naming: field.name))
            guides += 1
            switch field.type {
            case .textList, .choiceList:
                lines.append("\(field.name):")
                lines.append("  - \(guide)")
            case .text, .year, .region, .choice:
                lines.append("\(field.name): \(guide)")
            }
        }
        lines.append("---")
        for section in schema.sections {
            let guide = MarkdownText.escaped(UnfilledGuide.marker(guide: section.guide, naming: section.heading))
            guides += 1
            lines.append("")
            lines.append("## \(MarkdownText.escaped(section.heading))")
            lines.append("")
            switch section.kind {
            case .paragraphs: lines.append(guide)
            case .bulletList: lines.append("- " + guide)
            }
        }
        text = lines.joined(separator: "\n") + "\n"
        guideCount = guides
    }
}
