import Content
import Testing
import TestSupport
@testable import Validation

/// The folded-once lookups answer exactly as the linear searches they replaced.
@Suite("Schema index: lookups folded once answer as the linear searches")
struct SchemaIndexTests {
    let schema = Schema.builtIn

    // MARK: The searches as they were written before the index: the reference.

    /// The first region, in order, with a form whose compact key is one of the text's keys.
    static func linearRegion(_ schema: Schema, _ text: String) -> RegionSpec? {
        let keys = RegionNameForms.keys(of: text)
        return schema.regions.first { spec in
            ([spec.region.name, spec.region.slug] + spec.accepted).contains { keys.contains(TextKey.compact($0)) }
        }
    }

    /// The first value, in order, whose canonical form or an accepted spelling has the text's compact key.
    static func linearCanonical(_ values: [EnumValue], _ text: String) -> String? {
        let key = TextKey.compact(text)
        return values.first { value in
            TextKey.compact(value.canonical) == key || value.accepted.contains { TextKey.compact($0) == key }
        }?.canonical
    }

    /// The closed lists of a schema's fields.
    static func choiceLists(_ schema: Schema) -> [[EnumValue]] {
        (schema.fields + schema.pageFields).compactMap { field in
            switch field.type {
            case .choice(let values), .choiceList(let values): values
            default: nil
            }
        }
    }

    /// Texts to look up: the forms themselves, changed in case, accents, spaces and prefixes, near misses, and the real content.
    static func probes(from forms: [String]) -> [String] {
        let variants = forms.flatMap { form in
            [form, form.uppercased(), form.lowercased(), "Región de \(form)", "Región del \(form)", "region de la \(form)",
             form.replacingOccurrences(of: " ", with: "-"), form.replacingOccurrences(of: " ", with: ""), " \(form):",
             String(form.dropLast()), form + "s"]
        }
        return variants + ["", " ", "Región", "de", "O’Higgins", "Bío-Bío", "RM", "xyz"] + RealTexts.all
    }

    @Test("regions: every form and its variants, near misses and every line and word of the real content")
    func regions() {
        let index = SchemaIndex(schema)
        let forms = schema.regions.flatMap { [$0.region.name, $0.region.slug] + $0.accepted }
        let probes = Self.probes(from: forms)
        let differing = probes.filter { index.regions.region(matching: $0)?.region.name != Self.linearRegion(schema, $0)?.region.name }
        #expect(differing.isEmpty, "\(differing.prefix(20))")
        #expect(probes.filter { index.regions.region(matching: $0) != nil }.count > forms.count)
    }

    @Test("closed lists: every value and spelling and their variants, near misses and the real content")
    func choices() throws {
        let index = SchemaIndex(schema)
        let lists = Self.choiceLists(schema)
        try #require(lists.count >= 3)
        for values in lists {
            let probes = Self.probes(from: values.flatMap { [$0.canonical] + $0.accepted })
            let differing = probes.filter { index.choices(values).canonical(for: $0) != Self.linearCanonical(values, $0) }
            #expect(differing.isEmpty, "\(differing.prefix(20))")
            #expect(values.allSatisfy { index.choices(values).canonical(for: $0.canonical) == $0.canonical })
        }
    }

    @Test("when two regions or two values accept the same spelling, the earlier one wins, as before")
    func earlierWins() {
        var overlapping = schema
        overlapping.regions[3].accepted.append("Puerto")
        overlapping.regions[10].accepted.append("puerto")
        let shared = [EnumValue(canonical: "uno", accepted: ["mismo"]), EnumValue(canonical: "dos", accepted: ["Mismo", "uno"])]
        let index = SchemaIndex(overlapping)
        #expect(index.regions.region(matching: "PUERTO")?.region.name == overlapping.regions[3].region.name)
        #expect(Self.linearRegion(overlapping, "PUERTO")?.region.name == overlapping.regions[3].region.name)
        #expect(index.choices(shared).canonical(for: "mismo") == "uno")
        #expect(Self.linearCanonical(shared, "mismo") == "uno")
    }

    @Test("a list that is not the schema's own is looked up all the same")
    func foreignList() {
        let index = SchemaIndex(schema)
        let values = [EnumValue(canonical: "rural", accepted: ["campo"])]
        #expect(index.choices(values).canonical(for: "Campo") == "rural")
        #expect(index.choices(values).canonical(for: "urbano") == nil)
    }

    @Test("unfilled guides: each field's guide as written, refolded, inside a marker, and ordinary values")
    func guides() {
        let index = SchemaIndex(schema)
        for field in schema.fields + schema.pageFields {
            let texts = [field.guide, field.guide.uppercased(), " \(field.guide) ", field.guide + ":", UnfilledGuide.text(for: field.guide),
                         "Tarapacá", "", "Escriba aquí", "«Escriba aquí» y algo más", "municipal"]
            for text in texts {
                #expect(index.isUnfilledGuide(text, of: field) == schema.isUnfilledGuide(text, of: field), "\(field.name): \(text)")
            }
            if !field.guide.isEmpty { #expect(index.isUnfilledGuide(field.guide.uppercased(), of: field)) }
        }
    }

    @Test("the settings' index follows a change of schema")
    func settingsFollowSchema() {
        var settings = CheckSettings(schema: schema, currentYear: 2025)
        #expect(settings.index.schema == schema)
        var other = schema
        other.regions.removeFirst()
        settings.schema = other
        #expect(settings.index.schema == other)
        #expect(settings.index.regions.region(matching: schema.regions[0].region.name) == nil)
    }
}
