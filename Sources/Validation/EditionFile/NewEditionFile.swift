import Content
import Foundation
import Yams

/// The `edition.yaml` of a new edition, made from the previous edition's: every value kept but those that
/// belong to one edition only, which become guides `rme check` reports until they are written.
public enum NewEditionFile {
    /// What the guides ask for, by key (dotted for nested ones).
    static let guides: [(path: [String], guide: String)] = [
        (["periodo"], "el período de la edición, por ejemplo «2018–2019»"),
        (["publicacion", "mes"], "el mes de publicación, por ejemplo «marzo»"),
        (["publicacion", "anio"], "el año de publicación, por ejemplo 2020"),
        (["isbn"], "el ISBN de esta edición (o borre la línea hasta tenerlo)"),
        (["registro_propiedad_intelectual"], "el registro de propiedad intelectual de esta edición (o borre la línea hasta tenerlo)"),
    ]

    /// Why the previous file could not be used.
    public struct Unusable: Error, Sendable {
        public let detail: String
    }

    /// The new file's text: a header saying what to fill, then the previous file's values (its comments,
    /// which describe that edition, are left behind) with `id` set and the per-edition values made guides.
    public static func text(fromPrevious previous: String, previousID: String, id: String) throws(Unusable) -> String {
        let parsed: Node?
        do {
            parsed = try Yams.compose(yaml: previous)
        } catch {
            throw Unusable(detail: "\(error)")
        }
        guard let root = parsed, var mapping = root.mapping else { throw Unusable(detail: "not a mapping") }
        mapping["id"] = Node(id, Tag(.str), .doubleQuoted)
        for (path, guide) in guides {
            mapping = setting(mapping, path: path[...], to: Node(UnfilledGuide.text(for: guide), Tag(.str), .doubleQuoted))
        }
        if var networks = mapping["redes_por_anio"]?.mapping {
            let guide = Node(UnfilledGuide.text(for: "un año y cuántas redes funcionaban ese año, un par por año"), Tag(.str), .doubleQuoted)
            let item: Node = .mapping(Node.Mapping([(Node("anio"), guide), (Node("redes"), guide)]))
            networks["valores"] = .sequence(Node.Sequence([item]))
            mapping["redes_por_anio"] = .mapping(networks)
        }
        let body: String
        do {
            body = try Yams.serialize(node: .mapping(mapping), width: -1, allowUnicode: true)
        } catch {
            throw Unusable(detail: "\(error)")
        }
        return """
            # Datos de la edición \(id), hechos con «rme nueva-edicion» a partir de los de \(previousID).
            # Cada «Escriba aquí …» es un dato propio de esta edición: rme check lo informa como error
            # hasta que se escriba. Revise también el resto (créditos, agradecimientos, principios):
            # vienen de la edición anterior.

            """ + body
    }

    /// `mapping` with the value at `path` replaced, when every key on the way is there.
    private static func setting(_ mapping: Node.Mapping, path: ArraySlice<String>, to value: Node) -> Node.Mapping {
        guard let key = path.first, mapping[key] != nil else { return mapping }
        var copy = mapping
        if path.count == 1 {
            copy[key] = value
        } else if let inner = mapping[key]?.mapping {
            copy[key] = .mapping(setting(inner, path: path.dropFirst(), to: value))
        }
        return copy
    }
}
