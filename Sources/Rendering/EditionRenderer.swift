import Foundation

/// Renders one validated edition to its files (booklet.html + its stylesheet(s); later region pages and summary).
public struct EditionRenderer: Sendable {
    let templates: TemplateLibrary
    let strings: StringsTable

    /// A renderer with the given templates (already parsed, shared by every render) and labels.
    public init(templates: TemplateLibrary, strings: StringsTable = .spanish) {
        self.templates = templates
        self.strings = strings
    }
}
