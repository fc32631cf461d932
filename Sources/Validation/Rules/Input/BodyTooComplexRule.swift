import Content
import Diagnostics
import Markup

/// Reports a body the Markup guard refused: a structure libcmark 0.30.2 would take minutes on.
///
/// The guard measures and refuses; this rule only words the refusal, so the file
/// gets an error at the place where the structure starts instead of a stalled build.
struct BodyTooComplexRule: DocumentRule {
    func check(_ document: DocumentContext, _ settings: CheckSettings, into diagnostics: inout [Diagnostic]) {
        guard let refusal = document.document.bodyRefusal else { return }
        let range = SourceRange(refusal.location)
        switch refusal.structure {
        case .nesting:
            diagnostics.append(document.diagnostic(
                "input.body-too-complex", .error, at: range,
                es: "El texto anida listas o citas a demasiada profundidad (con líneas en blanco o marcas de énfasis dentro); no se puede procesar en un tiempo razonable.",
                en: "The text nests lists or quotes too deeply (with blank lines or emphasis marks inside); it cannot be processed in reasonable time.",
                hintES: "Las secciones llevan párrafos o una sola lista de puntos «- »; quite los «>» y las sangrías que sobran, que suelen venir de copiar y pegar.",
                hintEN: "Sections hold paragraphs or one bullet list (\"- \"); remove the extra \">\" and indentation, usually left by copy and paste."
            ))
        case .brackets:
            diagnostics.append(document.diagnostic(
                "input.body-too-complex", .error, at: range,
                es: "El párrafo abre demasiados corchetes de imagen «![» sin cerrarlos; no se puede procesar en un tiempo razonable.",
                en: "The paragraph opens too many image brackets \"![\" without closing them; it cannot be processed in reasonable time.",
                hintES: "Las experiencias no llevan imágenes: quite los «![» y «]» que sobran.",
                hintEN: "Experiences carry no images: remove the stray \"![\" and \"]\"."
            ))
        case nil:
            diagnostics.append(document.diagnostic(
                "input.body-too-complex", .error, at: range,
                es: "El texto tiene una estructura que no se puede procesar en un tiempo razonable (\(refusal.reason)).",
                en: "The text has a structure that cannot be processed in reasonable time (\(refusal.reason))."
            ))
        }
    }
}
