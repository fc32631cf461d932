import Diagnostics

/// Where in the Word document a line of the imported experience came from, as its writer finds it in Word.
public enum WordPlace: Sendable, Equatable {
    /// The fields table, the row with this label.
    case fieldRow(String)
    /// The fields table as a whole (the header lines of the `.md`).
    case fieldsTable
    /// A paragraph above the first section, counted from 1.
    case preamble(paragraph: Int)
    /// A section's heading as written.
    case heading(String)
    /// A paragraph of a section, counted from 1 within the section.
    case paragraph(section: String, number: Int)
    /// A list item of a section, counted from 1 within the section.
    case item(section: String, number: Int)
    /// A row of a table inside a section, counted from 1.
    case tableRow(section: String, number: Int)
    /// The document as a whole.
    case document

    /// «sección "Objetivo", párrafo 2», «tabla de datos, fila "Desde"».
    public var description: LocalizedText {
        switch self {
        case .fieldRow(let label):
            LocalizedText(es: "tabla de datos, fila «\(label)»", en: "data table, row «\(label)»")
        case .fieldsTable:
            LocalizedText(es: "tabla de datos", en: "data table")
        case .preamble(let number):
            LocalizedText(es: "antes de la primera sección, párrafo \(number)", en: "before the first section, paragraph \(number)")
        case .heading(let heading):
            LocalizedText(es: "título de sección «\(heading)»", en: "section heading «\(heading)»")
        case .paragraph(let section, let number):
            LocalizedText(es: "sección «\(section)», párrafo \(number)", en: "section «\(section)», paragraph \(number)")
        case .item(let section, let number):
            LocalizedText(es: "sección «\(section)», viñeta \(number)", en: "section «\(section)», bullet \(number)")
        case .tableRow(let section, let number):
            LocalizedText(es: "sección «\(section)», tabla, fila \(number)", en: "section «\(section)», table, row \(number)")
        case .document:
            LocalizedText(es: "el documento", en: "the document")
        }
    }
}
