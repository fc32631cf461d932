import Content
import Diagnostics
import Markup
import Testing
import TestSupport
@testable import Validation

/// Shared material for the body, safety and cross-check tests: the schema, a complete experience to vary, and a runner.
enum BodyFixtures {
    /// The contract as `Content/schema.yaml` states it (its compiled-in copy), limits included.
    static let schema = Schema.builtIn

    static let settings = CheckSettings(schema: schema, currentYear: 2025)

    /// A front matter with two schools and the year 2015, ten lines including its fences.
    static let frontMatter = """
        ---
        region: Tarapacá
        provincia: Iquique
        red: Red de prueba
        desde: 2015
        dependencia: [municipal]
        niveles: [básica]
        integrantes: [directores]
        establecimientos: [Escuela Uno, Escuela Dos]
        ---

        """

    /// A section as a valid experience writes it, heading included.
    static func section(_ id: String) -> String {
        switch id {
        case "conformacion":
            "## Conformación\n\nLa red está conformada por los directores de 2 escuelas: Uno y Dos. Funciona desde 2015.\n"
        case "necesidades":
            "## Principios y necesidades\n\nLas escuelas necesitan compartir sus prácticas.\n"
        case "objetivo":
            "## Objetivo\n\nFortalecer el liderazgo pedagógico.\n"
        case "practicas":
            "## Para movilizar el objetivo\n\n- Diagnostican.\n- Acompañan.\n"
        case "colaboracion":
            "## Trabajo colaborativo\n\n- Reflexionan juntos.\n"
        case "idea_fuerza":
            "## Idea fuerza\n\nAprender entre pares.\n"
        case "aprendizajes":
            "## Aprendizajes y logros\n\n- Confianza.\n"
        case "proyeccion":
            "## Proyección y desafíos\n\n- Seguir trabajando.\n"
        default:
            fatalError("no such section in the fixture schema: \(id)")
        }
    }

    /// A complete experience body in the contract's order, with some sections replaced (`nil` leaves one out).
    static func body(_ replacements: [String: String?] = [:]) -> String {
        schema.sections.compactMap { spec in
            if let replacement = replacements[spec.id] { return replacement }
            return section(spec.id)
        }.joined(separator: "\n")
    }

    /// A whole experience file: the fixture front matter, then the body.
    static func experience(_ body: String, frontMatter: String = frontMatter) -> String {
        frontMatter + "\n" + body
    }

    /// The file as the checker would see it.
    static func context(_ text: String, kind: DocumentKind = .experience) -> DocumentContext {
        let document = LoadedDocument.load(InputFile(path: "fixture.md", bytes: Array(text.utf8)))
        return DocumentContext(document: document, kind: kind, schema: schema)
    }

    /// What one rule finds in a file.
    static func run(_ rule: any DocumentRule, _ text: String, kind: DocumentKind = .experience) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        rule.check(context(text, kind: kind), settings, into: &diagnostics)
        return diagnostics
    }

    /// What every body, safety and cross-check rule finds in a file.
    static func runAll(_ text: String, kind: DocumentKind = .experience) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let document = context(text, kind: kind)
        for rule in BodyRules.all + SafetyRules.all + CrossCheckRules.all {
            rule.check(document, settings, into: &diagnostics)
        }
        return diagnostics
    }
}

/// A diagnostic a marked fixture must produce: its code, severity and the marker where it starts.
struct ExpectedDiagnostic: CustomStringConvertible {
    let code: String
    let severity: Severity
    let marker: String

    init(_ code: String, _ severity: Severity, at marker: String) {
        self.code = code
        self.severity = severity
        self.marker = marker
    }

    var description: String { "\(code) \(severity) at \(marker)" }
}

/// The comparable face of a diagnostic: code, severity and where it starts.
struct Found: Hashable, Comparable, CustomStringConvertible {
    let code: String
    let severity: Severity
    let line: Int?
    let column: Int?

    init(code: String, severity: Severity, line: Int?, column: Int?) {
        self.code = code
        self.severity = severity
        self.line = line
        self.column = column
    }

    init(_ diagnostic: Diagnostic) {
        self.init(code: diagnostic.code, severity: diagnostic.severity, line: diagnostic.range?.start.line, column: diagnostic.range?.start.column)
    }

    static func < (a: Found, b: Found) -> Bool {
        (a.line ?? 0, a.column ?? 0, a.code) < (b.line ?? 0, b.column ?? 0, b.code)
    }

    var description: String { "\(code) \(severity) at \(line.map(String.init) ?? "-"):\(column.map(String.init) ?? "-")" }
}

/// Checks that a rule found exactly the expected diagnostics, each at its marker.
func expectDiagnostics(
    _ diagnostics: [Diagnostic], _ expected: [ExpectedDiagnostic], in marked: MarkedText,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
    let found = diagnostics.map(Found.init).sorted()
    let wanted = expected.map { expectation in
        let location = marked.location(expectation.marker)
        return Found(code: expectation.code, severity: expectation.severity, line: location.line, column: location.column)
    }.sorted()
    #expect(found == wanted, sourceLocation: sourceLocation)
}
