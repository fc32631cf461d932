import Content
import Diagnostics
import Foundation
import Markup
import Testing
import TestSupport
@testable import Validation

/// Runs input, front-matter and edition rules on fixture text with the real built-in schema.
enum RuleHarness {
    /// The real schema and a fixed year, so tests do not depend on the clock.
    static let settings = CheckSettings(schema: .builtIn, currentYear: 2025)

    /// A complete, valid experience body: the eight sections in order.
    static let body = """

        ## Conformación

        La red está conformada por los directores y jefes técnicos de 2 escuelas de dependencia municipal: Escuela Uno y Escuela Dos. Esta Red de Mejoramiento Escolar funciona desde 2015.

        ## Principios y necesidades

        Mejorar la gestión pedagógica de las escuelas de la comuna.

        ## Objetivo

        Fortalecer las prácticas de los equipos directivos.

        ## Para movilizar el objetivo

        - Diagnostican las necesidades de sus escuelas.
        - Comparten estrategias en reuniones mensuales.

        ## Trabajo colaborativo

        - Comparten sus experiencias con confianza.

        ## Idea fuerza

        Aprender juntos para mejorar.

        ## Aprendizajes y logros

        - Mayor confianza entre los equipos.

        ## Proyección y desafíos

        - Sumar nuevas escuelas a la red.

        """

    /// A valid front matter's keys (without fences), one per line; tests replace lines of it.
    static let validKeys = """
        region: Tarapacá
        provincia: Iquique
        red: Red de prueba
        desde: 2015
        dependencia: [municipal]
        niveles: [básica]
        integrantes: [directores, jefes técnicos]
        establecimientos: [Escuela Uno, Escuela Dos]

        """

    /// A valid experience with one front-matter line replaced (markers allowed in `new`); `old` must be there.
    static func marked(replacing old: String, with new: String) -> MarkedText {
        precondition(validKeys.contains(old), "the valid front matter has no \(old)")
        return MarkedText(experience(validKeys.replacingOccurrences(of: old, with: new)))
    }

    /// An experience whose front matter holds `keys` (fences added) followed by the valid body.
    static func experience(_ keys: String) -> String {
        "---\n" + keys + "---\n" + body
    }

    /// Loads text as a document of the given kind.
    static func context(_ text: String, kind: DocumentKind = .experience, path: String = "experiencias/prueba.md") -> DocumentContext {
        context(bytes: Array(text.utf8), kind: kind, path: path)
    }

    /// Loads raw bytes as a document of the given kind.
    static func context(bytes: [UInt8], kind: DocumentKind = .experience, path: String = "experiencias/prueba.md") -> DocumentContext {
        let document = LoadedDocument.load(InputFile(path: path, bytes: bytes), sizeLimit: settings.schema.maxFileBytes)
        return DocumentContext(document: document, kind: kind, schema: settings.schema)
    }

    /// The diagnostics one rule gives on a text.
    static func run(_ rule: any DocumentRule, _ text: String, kind: DocumentKind = .experience) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        rule.check(context(text, kind: kind), settings, into: &diagnostics)
        return diagnostics
    }

    /// The diagnostics one rule gives on raw bytes.
    static func run(_ rule: any DocumentRule, bytes: [UInt8]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        rule.check(context(bytes: bytes), settings, into: &diagnostics)
        return diagnostics
    }

    /// The diagnostics of every document rule the checker runs (input, front matter, body, safety, cross-checks).
    static func runAll(_ text: String, kind: DocumentKind = .experience) -> [Diagnostic] {
        runAll(bytes: Array(text.utf8), kind: kind)
    }

    /// The diagnostics of every document rule on raw bytes.
    static func runAll(bytes: [UInt8], kind: DocumentKind = .experience) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let loaded = context(bytes: bytes, kind: kind)
        for rule in Checker.documentRules { rule.check(loaded, settings, into: &diagnostics) }
        return diagnostics
    }
}

/// Asserts that exactly one diagnostic with `code` starts at `location`, with the given severity.
func expectDiagnostic(
    _ diagnostics: [Diagnostic], _ code: String, _ severity: Severity, at location: Diagnostics.SourceLocation?,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
    let matching = diagnostics.filter { $0.code == code }
    let summary = diagnostics.map { "\($0.range?.start.description ?? "-") \($0.severity) \($0.code): \($0.message.es)" }
    #expect(matching.count == 1, "expected one \(code), got: \(summary)", sourceLocation: sourceLocation)
    guard let found = matching.first else { return }
    #expect(found.severity == severity, "\(code): \(found.severity)", sourceLocation: sourceLocation)
    #expect(found.range?.start == location, "\(code) at \(found.range?.start.description ?? "nil"), expected \(location?.description ?? "nil")", sourceLocation: sourceLocation)
    #expect(!found.message.es.isEmpty && !found.message.en.isEmpty, sourceLocation: sourceLocation)
}

/// Asserts that no diagnostic's code starts with `prefix`.
func expectNone(
    _ diagnostics: [Diagnostic], prefix: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
    let found = diagnostics.filter { $0.code.hasPrefix(prefix) }
    #expect(found.isEmpty, "unexpected: \(found.map { "\($0.range?.start.description ?? "-") \($0.code): \($0.message.es)" })", sourceLocation: sourceLocation)
}

extension EditionRule {
    /// Runs the rule over parsed files, through the facts the checker keeps of each (as `Checker.checkEdition` does).
    func check(_ documents: [DocumentContext], _ settings: CheckSettings, into diagnostics: inout [Diagnostic]) {
        check(documents.map { $0.editionFacts(settings) }, settings, into: &diagnostics)
    }
}
