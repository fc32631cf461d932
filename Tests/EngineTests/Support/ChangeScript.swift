import Foundation

/// A reproducible random number generator (SplitMix64), so a failing sequence of changes can be replayed from its seed.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// A project on disk (content, schema, templates) that random edits are applied to, one at a time, the way
/// editors change a project between two builds. Each change says which plan inputs (`PlannedPage.inputs`
/// names) it touched, so a test can tell which pages the plan says must be recomputed.
struct ChangeScript {
    /// What one change did.
    struct Change {
        /// A line for the failure message: the step and what it changed.
        var summary: String
        /// The plan inputs whose bytes changed (`file:…`, `facts:…`, `template:…`, `asset:…`, `edition-file:…`, `settings`, `archive-entries`).
        var touched: Set<String>
        /// The change leaves a file with an error: the build must be refused and the output left as it was.
        var breaks = false
    }

    /// The project folder, holding `Content/` and `Templates/`.
    let project: String
    /// The editions' ids (their folder names under `Content/`).
    let editions: [String]
    private var random: SeededGenerator
    private var counter = 0
    /// The file a `break` change spoiled and its text before, restored by the next step.
    private var spoiled: (path: String, text: String)?

    /// The templates a change may edit (a root of each page kind and the partials they share).
    private static let templates = [
        "chapter", "region", "summary", "edition-home", "archive", "layout", "site-layout", "toc",
        "partials/section-body", "partials/chapter-section", "cover",
    ]
    /// The stylesheets a change may edit: fixed ones, and the page setup's template.
    private static let stylesheets = ["css/site.css", "css/booklet.css", "css/screen.css", "css/print.css", "css/page.css.mustache"]

    init(project: String, editions: [String], seed: UInt64) {
        self.project = project
        self.editions = editions
        random = SeededGenerator(seed: seed)
    }

    /// Applies one random change (or, after a break, the fix that restores the spoiled file exactly).
    mutating func next() throws -> Change {
        counter += 1
        if let spoiled {
            self.spoiled = nil
            try write(spoiled.text, to: spoiled.path)
            // The file is back to the bytes of the last successful build: nothing the plan reads has changed.
            return Change(summary: "fix \(relative(spoiled.path))", touched: [])
        }
        let roll = Int.random(in: 0..<100, using: &random)
        switch roll {
        case ..<22: return try editParagraph()
        case ..<26: return try editFrontPage()
        case ..<30: return try editNetworkName()
        case ..<40: return try breakFile()
        case ..<50: return try addExperience()
        case ..<58: return try deleteExperience()
        case ..<66: return try renameExperience()
        case ..<74: return try editEditionFile()
        case ..<84: return try editTemplate()
        case ..<92: return try editStylesheet()
        case ..<96: return try editSchema()
        default: return Change(summary: "no change", touched: [])
        }
    }

    // MARK: - The changes

    /// Appends a sentence to a paragraph of an experience's body.
    private mutating func editParagraph() throws -> Change {
        let path = try pickExperience()
        var lines = try read(path).components(separatedBy: "\n")
        let body = bodyParagraphLines(lines)
        guard let line = body.randomElement(using: &random) else { return Change(summary: "no paragraph in \(relative(path))", touched: []) }
        lines[line] += " Se agregó una frase en el cambio \(counter)."
        try write(lines.joined(separator: "\n"), to: path)
        return Change(summary: "edit a paragraph of \(relative(path))", touched: ["file:\(contentRelative(path))"])
    }

    /// Appends a sentence to a paragraph of a front page (half the time the presentation, which the edition's
    /// home shows too) of an edition that has front pages.
    private mutating func editFrontPage() throws -> Change {
        let withPages = try editions.filter { try !frontPages(of: $0).isEmpty }
        guard let edition = withPages.randomElement(using: &random) else { return try editParagraph() }
        let pages = try frontPages(of: edition)
        let presentation = pages.first { $0.hasSuffix("presentacion.md") }
        let path = Bool.random(using: &random) ? (presentation ?? pages[0]) : pages.randomElement(using: &random)!
        var lines = try read(path).components(separatedBy: "\n")
        guard let line = bodyParagraphLines(lines).randomElement(using: &random) else {
            return Change(summary: "no paragraph in \(relative(path))", touched: [])
        }
        lines[line] += " Se agregó una frase en el cambio \(counter)."
        try write(lines.joined(separator: "\n"), to: path)
        return Change(summary: "edit a paragraph of front page \(relative(path))", touched: ["file:\(contentRelative(path))"])
    }

    /// Renames an experience's network in its front matter: the pages that show the network's name (the
    /// edition's home, the summary) as well as those that show the file change.
    private mutating func editNetworkName() throws -> Change {
        let path = try pickExperience()
        let text = try read(path)
        guard text.contains("\nred: ") else { throw Missing(what: "red: ", in: path) }
        try write(text.replacingOccurrences(of: "\nred: ", with: "\nred: Red Cambiada \(counter) "), to: path)
        let name = contentRelative(path)
        return Change(summary: "edit the network name of \(relative(path))", touched: ["file:\(name)", "facts:\(name)"])
    }

    /// Renames the `region` key of an experience (an unknown key and a missing required one: errors).
    private mutating func breakFile() throws -> Change {
        let path = try pickExperience()
        let text = try read(path)
        spoiled = (path, text)
        try write(text.replacingOccurrences(of: "\nregion:", with: "\nregoin:"), to: path)
        return Change(summary: "break \(relative(path))", touched: [], breaks: true)
    }

    /// Copies an experience of an edition to a new file of the same edition, with its network renamed.
    private mutating func addExperience() throws -> Change {
        let source = try pickExperience()
        let target = (source as NSString).deletingLastPathComponent + "/nueva-\(counter).md"
        let text = try read(source).replacingOccurrences(of: "\nred: ", with: "\nred: Red Nueva \(counter) ")
        try write(text, to: target)
        return Change(summary: "add \(relative(target)) (copy of \(relative(source)))", touched: ["file:\(contentRelative(target))"])
    }

    /// Deletes an experience, keeping at least three in its edition.
    private mutating func deleteExperience() throws -> Change {
        let edition = editions.randomElement(using: &random)!
        let files = try experiences(of: edition)
        guard files.count > 3 else { return try addExperience() }
        let path = files.randomElement(using: &random)!
        try FileManager.default.removeItem(atPath: path)
        return Change(summary: "delete \(relative(path))", touched: ["file:\(contentRelative(path))"])
    }

    /// Moves an experience to a new file name in the same folder.
    private mutating func renameExperience() throws -> Change {
        let source = try pickExperience()
        let target = (source as NSString).deletingLastPathComponent + "/renombrada-\(counter).md"
        try FileManager.default.moveItem(atPath: source, toPath: target)
        return Change(summary: "rename \(relative(source)) to \(relative(target))",
                      touched: ["file:\(contentRelative(source))", "file:\(contentRelative(target))"])
    }

    /// Changes an edition's title (shown in the archive too) or its description (the edition's own pages only).
    private mutating func editEditionFile() throws -> Change {
        let edition = editions.randomElement(using: &random)!
        let path = "\(project)/Content/\(edition)/edition.yaml"
        var lines = try read(path).components(separatedBy: "\n")
        let changesTitle = Bool.random(using: &random)
        let key = changesTitle ? "titulo: " : "descripcion: "
        guard let index = lines.firstIndex(where: { $0.hasPrefix(key) }) else { throw Missing(what: key, in: path) }
        lines[index] += " (cambio \(counter))"
        try write(lines.joined(separator: "\n"), to: path)
        var touched: Set<String> = ["edition-file:\(edition)"]
        if changesTitle { touched.insert("archive-entries") }
        return Change(summary: "edit the \(key.dropLast(2)) of \(relative(path))", touched: touched)
    }

    /// Adds a line of text at the end of a template.
    private mutating func editTemplate() throws -> Change {
        let name = Self.templates.randomElement(using: &random)!
        let path = "\(project)/Templates/\(name).mustache"
        try write(try read(path) + "<!-- cambio \(counter) -->\n", to: path)
        return Change(summary: "edit template \(name)", touched: ["template:\(name)"])
    }

    /// Adds a rule at the end of a stylesheet (or of the page setup's template).
    private mutating func editStylesheet() throws -> Change {
        let name = Self.stylesheets.randomElement(using: &random)!
        let path = "\(project)/Templates/\(name)"
        try write(try read(path) + "\n.cambio-\(counter) { color: inherit; }\n", to: path)
        let input = name.hasSuffix(".mustache") ? "template:\(name.dropLast(".mustache".count))" : "asset:\(name)"
        return Change(summary: "edit stylesheet \(name)", touched: [input])
    }

    /// Raises the warning limit of the experiences' words: the checks' settings change, so every page's key does.
    private mutating func editSchema() throws -> Change {
        let path = "\(project)/Content/schema.yaml"
        let text = try read(path)
        guard let range = text.range(of: #"palabras: \{ aviso: [0-9]+"#, options: .regularExpression) else {
            throw Missing(what: "palabras: { aviso: N", in: path)
        }
        let number = Int(text[range].split(separator: " ").last!)!
        try write(text.replacingCharacters(in: range, with: "palabras: { aviso: \(number + 1)"), to: path)
        return Change(summary: "raise a word warning limit in \(relative(path))", touched: ["settings"])
    }

    // MARK: - Files

    /// A random experience file of a random edition.
    private mutating func pickExperience() throws -> String {
        let edition = editions.randomElement(using: &random)!
        return try experiences(of: edition).randomElement(using: &random)!
    }

    /// The experience files of an edition, sorted.
    func experiences(of edition: String) throws -> [String] {
        let folder = "\(project)/Content/\(edition)/experiencias"
        return try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".md") }.sorted().map { "\(folder)/\($0)" }
    }

    /// The front pages of an edition, sorted (none when it has no `paginas/`).
    func frontPages(of edition: String) throws -> [String] {
        let folder = "\(project)/Content/\(edition)/paginas"
        guard FileManager.default.fileExists(atPath: folder) else { return [] }
        return try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".md") }.sorted().map { "\(folder)/\($0)" }
    }

    /// The indices of lines of the body (after the front matter) that are plain paragraph text.
    private func bodyParagraphLines(_ lines: [String]) -> [Int] {
        var fences = 0
        var indices: [Int] = []
        for (index, line) in lines.enumerated() {
            if line == "---" { fences += 1; continue }
            guard fences >= 2 else { continue }
            if let first = line.first, first.isLetter, line.hasSuffix(".") { indices.append(index) }
        }
        return indices
    }

    private func read(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

    private func write(_ text: String, to path: String) throws { try Data(text.utf8).write(to: URL(fileURLWithPath: path)) }

    /// A path relative to the project, for messages.
    private func relative(_ path: String) -> String { String(path.dropFirst(project.count + 1)) }

    /// A path relative to `Content/`, as the plan names files.
    private func contentRelative(_ path: String) -> String { String(path.dropFirst(project.count + "/Content/".count)) }

    /// A line a change edits is not in the file.
    struct Missing: Error, CustomStringConvertible {
        let what: String
        let `in`: String
        var description: String { "\(`in`) has no «\(what)»" }
    }
}
