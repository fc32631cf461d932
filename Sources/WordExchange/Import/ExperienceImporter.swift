import Diagnostics
import Foundation
import Validation

/// Turns a Word document (as pandoc reads it) into an experience file: the fields table into front matter,
/// headings into `##` sections, Word's lists into Markdown lists, with the place in Word of every line.
///
/// Nothing is dropped silently: what the booklet cannot hold (pictures, charts, text boxes, headers and
/// footers, comments) and what the import had to change (pending tracked changes accepted, bullets typed by
/// hand made a list, line breaks joined, footnotes put in parentheses, a table inside a section made rows) is
/// each a `word.*` warning naming where it was. Whether the result is a good experience is for `rme check`,
/// which the caller runs on `markdown`.
public struct ExperienceImporter {
    let schema: Schema
    /// The Word file's path as the user gave it, for the import's own findings.
    let wordPath: String

    private var fields = FieldValues()
    private var fieldsSeen = false
    private var lines: [String] = []
    private var origins: [WordPlace?] = []
    private var findings: [ImportFinding] = []
    private var section: String?
    private var sectionSpec: SectionSpec?
    private var paragraphNumber = 0
    private var itemNumber = 0
    private var preambleNumber = 0
    var tally = Tally()

    /// Reads `document` (pandoc's model of the file at `wordPath`) against `schema`.
    public static func experience(
        from document: PandocDocument, contents: PackageContents, schema: Schema, wordPath: String
    ) -> ImportedExperience {
        var importer = ExperienceImporter(schema: schema, wordPath: wordPath)
        return importer.run(document, contents: contents)
    }

    init(schema: Schema, wordPath: String) {
        self.schema = schema
        self.wordPath = wordPath
    }

    private mutating func run(_ document: PandocDocument, contents: PackageContents) -> ImportedExperience {
        var changes = TrackedChanges()
        let accepted = changes.accept(document)
        for block in Self.unwrapped(accepted.blocks) { read(block) }

        var result: [String] = ["---"]
        var resultOrigins: [WordPlace?] = [.fieldsTable]
        for line in fields.frontMatterLines(schema: schema) {
            result.append(line.text)
            resultOrigins.append(line.place)
        }
        result.append("---")
        resultOrigins.append(.fieldsTable)
        if lines.first.map({ !$0.isEmpty }) ?? false {
            result.append("")
            resultOrigins.append(nil)
        }
        if !fieldsSeen {
            report(.error, "fields-table.missing", at: .document,
                   es: "el documento no tiene la tabla de datos de la plantilla (región, provincia, red, …).",
                   en: "the document has no data table from the template (region, province, network, …).",
                   hintES: "Parta de la plantilla (rme plantilla-word) y copie su texto en ella, o agregue la tabla de dos columnas «Dato» y «Respuesta».",
                   hintEN: "Start from the template (rme plantilla-word) and copy your text into it, or add the two-column «Dato»/«Respuesta» table.")
        }
        result += lines
        resultOrigins += origins
        reportTally(changes: changes, contents: contents)
        let regionField = schema.fields.first { $0.type == .region }
        let regionAnswer = regionField.flatMap { fields.answers[$0.name]?.values.joined(separator: " ") }
        return ImportedExperience(
            markdown: result.joined(separator: "\n") + "\n", origins: resultOrigins, findings: findings, regionAnswer: regionAnswer)
    }

    // MARK: Blocks

    /// Top-level blocks with indentation (pandoc reads indented paragraphs as quotes) and styled divisions opened.
    static func unwrapped(_ blocks: [PandocBlock]) -> [PandocBlock] {
        blocks.flatMap { block -> [PandocBlock] in
            switch block {
            case .blockQuote(let inner), .division(_, let inner): unwrapped(inner)
            default: [block]
            }
        }
    }

    private mutating func read(_ block: PandocBlock) {
        switch block {
        case .header(let level, _, let words):
            heading(level: level, InlineMarkdown(words))
        case .table(let table):
            if section == nil {
                readFieldsTable(table)
            } else {
                sectionTable(table)
            }
        case .paragraph(let words), .plain(let words):
            paragraph(InlineMarkdown(words))
        case .lineBlock(let lineWords):
            for words in lineWords { paragraph(InlineMarkdown(words)) }
        case .codeBlock(let text):
            for line in text.split(whereSeparator: \.isNewline) { paragraph(InlineMarkdown([.text(String(line))])) }
        case .bulletList(let items):
            list(items, ordered: false)
        case .orderedList(_, let items):
            list(items, ordered: true)
        case .definitionList(let items):
            for item in items {
                paragraph(InlineMarkdown(item.term))
                for definition in item.definitions { for inner in Self.unwrapped(definition) { read(inner) } }
            }
        case .blockQuote(let inner), .division(_, let inner):
            for inner in Self.unwrapped(inner) { read(inner) }
        case .horizontalRule:
            break
        case .rawBlock, .other:
            tally.unknownElements += 1
        }
    }

    /// A heading: the template's own are skipped; levels 1 and 2 open a section, deeper ones are bold lines.
    private mutating func heading(level: Int, _ text: InlineMarkdown) {
        let plain = text.plainJoined
        if plain.isEmpty { return }
        if TemplateWording.isTemplateHeading(plain) { return }
        if section == nil, !fieldsSeen || schema.sectionSpec(matchingHeading: plain) == nil,
           TextKey.of(plain).hasPrefix(TextKey.of(TemplateWording.title(for: nil))) {
            return
        }
        if level >= 3, let section {
            tally.demotedHeadings += 1
            tally.firstDemotedHeading = tally.firstDemotedHeading ?? .paragraph(section: section, number: paragraphNumber + 1)
            paragraph(InlineMarkdown([.strong([.text(plain)])]))
            return
        }
        section = plain
        sectionSpec = schema.sectionSpec(matchingHeading: plain)
        paragraphNumber = 0
        itemNumber = 0
        emitBlank()
        emit("## " + text.joined, .heading(plain))
        emitBlank()
        previousWasItem = false
    }

    /// A paragraph of a section (bullets typed by hand become list items), or of the part above the sections.
    private mutating func paragraph(_ text: InlineMarkdown) {
        tally.pictures += text.pictures
        tally.footnotes += text.footnotes
        guard let section else {
            preambleParagraph(text)
            return
        }
        let plainLines = text.plainLines.map { $0.trimmingCharacters(in: .whitespaces) }
        // Every line starting with a bullet typed by hand: a list written without Word's list button.
        if plainLines.contains(where: { !$0.isEmpty }),
           plainLines.filter({ !$0.isEmpty }).allSatisfy(ManualBullet.starts) {
            for line in text.lines where !line.trimmingSpaces.isEmpty {
                itemNumber += 1
                tally.manualBullets += 1
                tally.firstManualBullet = tally.firstManualBullet ?? .item(section: section, number: itemNumber)
                emitItem(ManualBullet.removing(from: line.trimmingSpaces), depth: 0, ordered: nil, section: section)
            }
            return
        }
        let joined = text.joined
        guard !joined.isEmpty else { return }
        paragraphNumber += 1
        let place = WordPlace.paragraph(section: section, number: paragraphNumber)
        if text.lineBreaks > 0 {
            tally.lineBreaks += text.lineBreaks
            tally.firstLineBreak = tally.firstLineBreak ?? place
        }
        emitParagraph(Self.guardingLineStart(joined), place)
    }

    /// Above the first section: the template's own words are skipped, "Dato: valor" lines are fields, and
    /// anything else is reported, since it has no place in an experience.
    private mutating func preambleParagraph(_ text: InlineMarkdown) {
        let plain = text.plainJoined
        guard !plain.isEmpty, !TemplateWording.isTemplateText(plain) else { return }
        // The title (LibreOffice's reader gives it as a paragraph; Word's as the document's title).
        if !fieldsSeen, TextKey.of(plain).hasPrefix(TextKey.of(TemplateWording.title(for: nil))) { return }
        preambleNumber += 1
        if let colon = plain.firstIndex(of: ":"),
           let field = schema.field(matchingLabel: String(plain[..<colon])) {
            let label = String(plain[..<colon]).trimmingCharacters(in: .whitespaces)
            let value = String(plain[plain.index(after: colon)...])
            recordField(field, label: label, values: value.split(separator: "\n").map(String.init))
            fieldsSeen = true
            return
        }
        let excerpt = plain.count > 60 ? String(plain.prefix(60)) + "…" : plain
        report(.warning, "text-outside-sections", at: .preamble(paragraph: preambleNumber),
               es: "el texto «\(excerpt)» está antes de la primera sección y no se importó.",
               en: "the text «\(excerpt)» comes before the first section and was not imported.",
               hintES: "Muévalo a la sección que le corresponde, bajo su título.",
               hintEN: "Move it into the section it belongs to, under its heading.")
    }

    /// A Word list: one Markdown item per item, nested lists indented under theirs.
    private mutating func list(_ items: [[PandocBlock]], ordered: Bool, depth: Int = 0) {
        guard let section else {
            for item in items { for block in item { preambleParagraph(InlineMarkdown(Self.inlines(of: block))) } }
            return
        }
        for (index, item) in items.enumerated() {
            var words: [String] = []
            var nested: [(items: [[PandocBlock]], ordered: Bool)] = []
            for block in Self.unwrapped(item) {
                switch block {
                case .bulletList(let inner): nested.append((inner, false))
                case .orderedList(_, let inner): nested.append((inner, true))
                default:
                    let text = InlineMarkdown(Self.inlines(of: block))
                    tally.pictures += text.pictures
                    tally.footnotes += text.footnotes
                    if text.lineBreaks > 0 {
                        tally.lineBreaks += text.lineBreaks
                        tally.firstLineBreak = tally.firstLineBreak ?? .item(section: section, number: itemNumber + 1)
                    }
                    if !text.joined.isEmpty { words.append(text.joined) }
                }
            }
            if !words.isEmpty {
                itemNumber += 1
                emitItem(words.joined(separator: " "), depth: depth, ordered: ordered ? index + 1 : nil, section: section)
            }
            for inner in nested { list(inner.items, ordered: inner.ordered, depth: depth + 1) }
        }
    }

    /// A table inside a section: each row becomes a paragraph (or an item, in a list section), cells joined.
    private mutating func sectionTable(_ table: PandocTable) {
        guard let section else { return }
        let isList = sectionSpec?.kind == .bulletList
        var rowNumber = 0
        for row in table.rows {
            let cells = row.map { cell in
                cell.map { InlineMarkdown(Self.inlines(of: $0)).joined }.filter { !$0.isEmpty }.joined(separator: " ")
            }.filter { !$0.isEmpty }
            guard !cells.isEmpty else { continue }
            rowNumber += 1
            let text = cells.joined(separator: " — ")
            if isList {
                itemNumber += 1
                emitItem(text, depth: 0, ordered: nil, section: section)
            } else {
                paragraphNumber += 1
                emitParagraph(Self.guardingLineStart(text), .tableRow(section: section, number: rowNumber))
            }
        }
        report(.warning, "table-in-section", at: .tableRow(section: section, number: 1),
               es: "la sección «\(section)» tiene una tabla; sus \(rowNumber) filas se importaron como \(isList ? "viñetas" : "párrafos"), con las celdas separadas por «—».",
               en: "section «\(section)» holds a table; its \(rowNumber) rows were imported as \(isList ? "bullets" : "paragraphs"), cells separated by «—».",
               hintES: "El cuadernillo no imprime tablas en las secciones: revise que el texto se lea bien.",
               hintEN: "The booklet prints no tables in sections: check that the text reads well.")
    }

    // MARK: Fields table

    /// The fields table: rows whose first cell names a field; the header row and unknown rows are skipped.
    private mutating func readFieldsTable(_ table: PandocTable) {
        var knownRows = 0
        for row in table.rows where row.count >= 2 {
            let labelCell = row[0].flatMap { Self.paragraphTexts(of: $0) }
            guard let label = labelCell.first.map(FieldValues.cleaned), !label.isEmpty else { continue }
            if TextKey.of(label) == TextKey.of(TemplateWording.columnHeaders[0]) { continue }
            guard let field = schema.field(matchingLabel: label) else {
                report(.warning, "field.unknown", at: .fieldRow(label),
                       es: "la fila «\(label)» de la tabla de datos no corresponde a ningún dato y no se importó.",
                       en: "row «\(label)» of the data table matches no field and was not imported.",
                       hintES: "Los datos son: \(schema.fields.map(\.displayLabel).joined(separator: ", ")). No cambie la primera columna de la tabla.",
                       hintEN: "The fields are: \(schema.fields.map(\.displayLabel).joined(separator: ", ")). Do not change the table's first column.")
                continue
            }
            knownRows += 1
            let values = row[1...].flatMap { $0.flatMap { Self.paragraphTexts(of: $0) } }
            recordField(field, label: label, values: values)
            for cell in row { for block in cell { tally.pictures += InlineMarkdown(Self.inlines(of: block)).pictures } }
        }
        if knownRows > 0 { fieldsSeen = true }
    }

    private mutating func recordField(_ field: FieldSpec, label: String, values: [String]) {
        if !fields.record(field, label: label, values: values) {
            report(.warning, "field.repeated", at: .fieldRow(label),
                   es: "el dato «\(field.displayLabel)» aparece dos veces; se usó la primera.",
                   en: "field «\(field.displayLabel)» appears twice; the first was used.")
        }
    }

    /// The plain text of a block's paragraphs and list items, one per line.
    static func paragraphTexts(of block: PandocBlock) -> [String] {
        switch block {
        case .paragraph(let words), .plain(let words):
            return InlineMarkdown(words).plainLines.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        case .bulletList(let items), .orderedList(_, let items):
            return items.flatMap { $0.flatMap(paragraphTexts) }
        case .lineBlock(let lines):
            return lines.map { InlineMarkdown($0).plainJoined }.filter { !$0.isEmpty }
        case .blockQuote(let inner), .division(_, let inner):
            return inner.flatMap(paragraphTexts)
        default:
            return []
        }
    }

    /// A block's inline content (a list item's paragraph, a table cell's line).
    static func inlines(of block: PandocBlock) -> [PandocInline] {
        switch block {
        case .paragraph(let words), .plain(let words), .header(_, _, let words): words
        case .lineBlock(let lines): Array(lines.joined(separator: [.lineBreak]))
        case .codeBlock(let text): [.text(text)]
        case .blockQuote(let inner), .division(_, let inner): Array(inner.map(inlines(of:)).joined(separator: [.space]))
        default: []
        }
    }

    // MARK: Writing lines

    private var previousWasItem = false

    private mutating func emit(_ line: String, _ place: WordPlace?) {
        lines.append(line)
        origins.append(place)
    }

    private mutating func emitBlank() {
        if lines.last.map({ !$0.isEmpty }) ?? false { emit("", nil) }
    }

    private mutating func emitParagraph(_ text: String, _ place: WordPlace) {
        emitBlank()
        emit(text, place)
        emit("", nil)
        previousWasItem = false
    }

    private mutating func emitItem(_ text: String, depth: Int, ordered: Int?, section: String) {
        if !previousWasItem { emitBlank() }
        let indent = String(repeating: "  ", count: depth) + (ordered != nil ? " " : "")
        let marker = ordered.map { "\($0). " } ?? "- "
        emit(indent + marker + text, .item(section: section, number: itemNumber))
        previousWasItem = true
    }

    /// A paragraph's first characters escaped where CommonMark would read a list, a heading or a rule.
    static func guardingLineStart(_ text: String) -> String {
        guard let first = text.first else { return text }
        if "-+=".contains(first) { return "\\" + text }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, digits.count <= 9 {
            let after = text.dropFirst(digits.count)
            if let marker = after.first, marker == "." || marker == ")" {
                return digits + "\\" + after
            }
        }
        return text
    }

    // MARK: Findings

    mutating func report(
        _ severity: Severity, _ code: String, at place: WordPlace?, es: String, en: String, hintES: String? = nil, hintEN: String? = nil
    ) {
        findings.append(.word(wordPath, severity, code, place: place, es: es, en: en, hintES: hintES, hintEN: hintEN))
    }
}
