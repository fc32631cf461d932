import Content
import Diagnostics

/// Reads typed values out of a trusted-format YAML file (`schema.yaml`, `edition.yaml`), reporting each problem with its line.
///
/// Every accessor reports what is missing or malformed and returns `nil`, so a
/// caller reads the whole file and collects every problem in one pass.
struct YAMLReader {
    /// The file named in diagnostics.
    let file: String
    /// Prefix of every code: `schema` or `edition-file`.
    let codePrefix: String
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String, codePrefix: String) {
        self.file = file
        self.codePrefix = codePrefix
    }

    /// Adds a diagnostic with the reader's file and code prefix.
    mutating func report(
        _ code: String, _ severity: Severity = .error, at range: SourceRange?, es: String, en: String,
        hintES: String? = nil, hintEN: String? = nil
    ) {
        diagnostics.append(Diagnostic(
            file: file, range: range, severity: severity, code: "\(codePrefix).\(code)",
            message: LocalizedText(es: es, en: en),
            hint: hintES.map { LocalizedText(es: $0, en: hintEN ?? $0) }
        ))
    }

    /// Drops the diagnostics `matching` says were superseded.
    mutating func removeDiagnostics(where matching: (Diagnostic) -> Bool) {
        diagnostics.removeAll(where: matching)
    }

    /// Adds diagnostics made elsewhere (YAML findings).
    mutating func append(_ more: [Diagnostic]) {
        diagnostics += more
    }

    /// The node's pairs, reporting a node that is not a mapping.
    mutating func mapping(_ node: YAMLNode, named name: String) -> [YAMLPair]? {
        if let pairs = node.mapping { return pairs }
        report("wrong-type", at: node.range,
               es: "«\(name)» debe ser un grupo de claves («clave: valor» en líneas con sangría); aquí hay \(Self.kindES(node)).",
               en: "`\(name)` must be a mapping (indented `key: value` lines); found \(Self.kindEN(node)).")
        return nil
    }

    /// The node's items, reporting a node that is not a list.
    mutating func sequence(_ node: YAMLNode, named name: String) -> [YAMLNode]? {
        if let items = node.sequence { return items }
        report("wrong-type", at: node.range,
               es: "«\(name)» debe ser una lista (líneas que empiezan con «- » o [a, b]); aquí hay \(Self.kindES(node)).",
               en: "`\(name)` must be a list (`- ` lines or [a, b]); found \(Self.kindEN(node)).")
        return nil
    }

    /// The value of `key` in a mapping, reporting it when required and absent.
    mutating func value(_ key: String, in node: YAMLNode, path: String, required: Bool) -> YAMLNode? {
        if let value = node[key], !value.isNull { return value }
        if required {
            let full = path.isEmpty ? key : "\(path).\(key)"
            report("missing-key", at: node[key]?.range ?? node.range,
                   es: "Falta «\(full)» (obligatorio).", en: "`\(full)` is missing (required).",
                   hintES: "Agregue «\(key): …» en este grupo.", hintEN: "Add `\(key): …` to this mapping.")
        }
        return nil
    }

    /// A non-empty text; reports lists, mappings and empty values.
    mutating func text(_ key: String, in node: YAMLNode, path: String, required: Bool) -> String? {
        guard let value = value(key, in: node, path: path, required: required) else { return nil }
        return text(value, named: path.isEmpty ? key : "\(path).\(key)")
    }

    /// A node read as a non-empty text.
    mutating func text(_ value: YAMLNode, named name: String) -> String? {
        guard let text = value.scalar else {
            report("wrong-type", at: value.range,
                   es: "«\(name)» debe ser un texto; aquí hay \(Self.kindES(value)).",
                   en: "`\(name)` must be text; found \(Self.kindEN(value)).")
            return nil
        }
        guard !text.allSatisfy(\.isWhitespace) else {
            report("empty-value", at: value.range, es: "«\(name)» está vacío.", en: "`\(name)` is empty.")
            return nil
        }
        return text
    }

    /// A whole number written with digits only (no sign, octal, hex or decimals).
    mutating func integer(_ key: String, in node: YAMLNode, path: String, required: Bool) -> Int? {
        guard let value = value(key, in: node, path: path, required: required) else { return nil }
        return integer(value, named: path.isEmpty ? key : "\(path).\(key)")
    }

    /// A node read as a whole number written with digits only.
    mutating func integer(_ value: YAMLNode, named name: String) -> Int? {
        if let text = value.scalar, value.scalarStyle == .plain, !text.isEmpty, text.count <= 9,
           text.allSatisfy({ $0.isASCII && $0.isNumber }), !(text.count > 1 && text.hasPrefix("0")) {
            return Int(text)
        }
        report("wrong-type", at: value.range,
               es: "«\(name)» debe ser un número entero escrito solo con cifras, sin comillas.",
               en: "`\(name)` must be a whole number written with digits only, unquoted.")
        return nil
    }

    /// `true` or `false`, unquoted.
    mutating func boolean(_ key: String, in node: YAMLNode, path: String, required: Bool) -> Bool? {
        guard let value = value(key, in: node, path: path, required: required) else { return nil }
        if value.scalarStyle == .plain, let text = value.scalar {
            if text == "true" { return true }
            if text == "false" { return false }
        }
        let full = path.isEmpty ? key : "\(path).\(key)"
        report("wrong-type", at: value.range,
               es: "«\(full)» debe ser true o false.", en: "`\(full)` must be true or false.")
        return nil
    }

    /// A list of non-empty texts (an absent optional key is an empty list).
    mutating func textList(_ key: String, in node: YAMLNode, path: String, required: Bool) -> [String]? {
        guard let value = value(key, in: node, path: path, required: required) else { return required ? nil : [] }
        let name = path.isEmpty ? key : "\(path).\(key)"
        guard let items = sequence(value, named: name) else { return nil }
        var texts: [String] = []
        var complete = true
        for item in items {
            if let text = text(item, named: name) { texts.append(text) } else { complete = false }
        }
        return complete ? texts : nil
    }

    /// Reports keys of a mapping that are not among `known`, with a did-you-mean.
    mutating func checkKeys(of node: YAMLNode, known: [String], path: String, severity: Severity = .error) {
        for pair in node.mapping ?? [] {
            let key = pair.key.scalar ?? ""
            guard !known.contains(key) else { continue }
            let place = path.isEmpty ? "" : " en «\(path)»"
            let placeEN = path.isEmpty ? "" : " in `\(path)`"
            let suggestion = Suggestion.closest(to: key, among: known)
            report("unknown-key", severity, at: pair.key.range,
                   es: "Clave desconocida «\(key)»\(place).", en: "Unknown key `\(key)`\(placeEN).",
                   hintES: suggestion.map { "¿Quiso decir «\($0)»?" } ?? "Claves posibles: \(known.joined(separator: ", ")).",
                   hintEN: suggestion.map { "Did you mean `\($0)`?" } ?? "Possible keys: \(known.joined(separator: ", ")).")
        }
    }

    /// "una lista", "un texto"…: what a node is, for Spanish messages.
    static func kindES(_ node: YAMLNode) -> String {
        switch node.value {
        case .scalar: node.isNull ? "un valor vacío" : "un texto"
        case .sequence: "una lista"
        case .mapping: "un grupo de claves"
        }
    }

    /// "a list", "text"…: what a node is, for English messages.
    static func kindEN(_ node: YAMLNode) -> String {
        switch node.value {
        case .scalar: node.isNull ? "an empty value" : "text"
        case .sequence: "a list"
        case .mapping: "a mapping"
        }
    }
}
