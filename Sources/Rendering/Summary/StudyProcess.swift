import Foundation

/// One of the three processes of the 2016 study's matrix, with the two emphases grouped under it.
///
/// The study ("Estudio sobre la implementación de las Redes de Mejoramiento
/// Escolar", 2016, figura 1 and the matrix of its "Síntesis de los resultados"):
/// "Procesos informativos: Foco en la transmisión de información. Foco en la
/// formación y desarrollo de capacidades. Procesos colaborativos: Foco en compartir
/// prácticas. Foco en compartir aprendizajes. Procesos cooperativos: Foco en la
/// obtención de recursos conjuntamente. Foco en el desarrollo de proyectos
/// socio-educativos de forma conjunta." The contract's six `enfasis` values are
/// those six foci, in that order.
public struct StudyProcess: Sendable, Hashable {
    /// A stable key: `informativos`, `colaborativos`, `cooperativos`.
    public let id: String
    /// The matrix's column-group heading ("Procesos informativos").
    public let name: String
    /// The adjective used in running text ("informativos").
    public let adjective: String
    /// The two emphases of the process, in the study's column order.
    public let emphases: [StudyEmphasis]

    /// The three processes in the study's order: informative, collaborative, cooperative.
    public static let all: [StudyProcess] = [
        StudyProcess(id: "informativos", name: "Procesos informativos", adjective: "informativos", emphases: [
            StudyEmphasis(value: "transmisión de información", heading: "Énfasis en la transmisión de información"),
            StudyEmphasis(value: "formación y desarrollo de capacidades", heading: "Énfasis en la formación y desarrollo de capacidades"),
        ]),
        StudyProcess(id: "colaborativos", name: "Procesos de colaboración", adjective: "colaborativos", emphases: [
            StudyEmphasis(value: "compartir prácticas", heading: "Énfasis en compartir prácticas"),
            StudyEmphasis(value: "compartir aprendizajes", heading: "Énfasis en compartir aprendizajes"),
        ]),
        StudyProcess(id: "cooperativos", name: "Procesos de cooperación", adjective: "cooperativos", emphases: [
            StudyEmphasis(value: "obtención de recursos", heading: "Énfasis en la obtención de recursos conjuntamente"),
            StudyEmphasis(value: "proyectos socioeducativos conjuntos", heading: "Énfasis en el desarrollo de proyectos socio-educativos de forma conjunta"),
        ]),
    ]

    /// The six emphases in the matrix's column order.
    public static var allEmphases: [StudyEmphasis] { all.flatMap(\.emphases) }
}

/// One of the six emphases (the contract's `enfasis` values), with the study's column heading.
public struct StudyEmphasis: Sendable, Hashable {
    /// The value as the contract writes it in front matter ("compartir prácticas").
    public let value: String
    /// The study's column heading ("Énfasis en compartir prácticas").
    public let heading: String

    /// Whether a front-matter value names this emphasis, ignoring case, accents and spacing.
    ///
    /// Validated front matter already holds the canonical value; the tolerance keeps a
    /// schema that stores an accepted spelling from silently emptying the matrix.
    public func matches(_ written: String) -> Bool {
        Self.key(written) == Self.key(value)
    }

    /// The comparison form of a value.
    static func key(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
