import Content
import Diagnostics

/// A region's name written in a front-matter value otherwise than the schema's list of regions (a school
/// «Bernardo O´Higgins», a commune list with «Biobio»): a warning at the spelling (`RegionSpellings`).
///
/// Every text value is read, known key or not, in experiences and front pages: values print as typed, in the
/// chapter's facts and the site's cards. The `region` value itself is left out: the contract accepts any
/// spelling of it and stores the canonical name, without a warning (`RegionValueRule` judges it).
struct RegionSpellingValueRule: DocumentRule {
    func check(_ document: DocumentContext, _ settings: CheckSettings, into diagnostics: inout [Diagnostic]) {
        guard let pairs = document.frontMatterPairs else { return }
        let regionKeys = Set(settings.schema.fields(for: document.kind).filter { $0.type == .region }.map(\.name))
        let source = document.document.split?.source
        let roots: [(key: String, node: YAMLNode)] = pairs.compactMap { pair in
            guard let key = pair.key.scalar else { return ("?", pair.value) }
            return regionKeys.contains(key) ? nil : (String(key.prefix(40)), pair.value)
        }
        FrontMatterScalars.forEach(under: roots) { key, node, text in
            let name = LongWordWording.printable(key)
            for (finding, range) in settings.index.regionSpellings.findings(in: node, text: text, source: source) {
                let wording = RegionSpellingWording(finding, place: (es: "En «\(name)»", en: "In `\(name)`"))
                diagnostics.append(document.frontMatterDiagnostic(
                    "region-spelling", .warning, at: range, es: wording.es, en: wording.en,
                    hintES: wording.hintES, hintEN: wording.hintEN))
            }
        }
    }
}
