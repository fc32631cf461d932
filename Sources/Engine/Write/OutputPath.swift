import Diagnostics

/// A page's path checked to stay inside the output folder: its "/"-separated components.
struct OutputPath: Hashable, Sendable, Comparable {
    let components: [String]

    /// The path as written in messages.
    var text: String { components.joined(separator: "/") }

    /// Accepts only a relative path made of plain names: no leading "/", no ".", "..", empty
    /// or over-long component, no backslash or control character.
    init(validating path: String) throws(BuildError) {
        let components = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard !path.isEmpty, !path.hasPrefix("/") else { throw Self.refusal(path, Self.notRelative) }
        for component in components {
            if component.isEmpty || component == "." || component == ".." {
                throw Self.refusal(path, Self.leavesFolder)
            }
            // 255 bytes is the name limit of Linux file systems; a longer name fails later, less clearly.
            if component.utf8.count > 255 || component.unicodeScalars.contains(where: Self.isForbidden) {
                throw Self.refusal(path, Self.badName)
            }
        }
        self.components = components
    }

    /// Component by component, so a folder's files stay together and the order never depends on the platform.
    static func < (lhs: OutputPath, rhs: OutputPath) -> Bool {
        lhs.components.lexicographicallyPrecedes(rhs.components)
    }

    /// The folders that must exist before this file is written, outermost first.
    var parentFolders: [[String]] {
        (1..<max(components.count, 1)).map { Array(components.prefix($0)) }
    }

    /// Backslash is a separator elsewhere and control characters break terminals and other tools.
    private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\\" || scalar.value < 0x20 || scalar.value == 0x7F
    }

    private static let notRelative = LocalizedText(
        es: "no es una ruta relativa a la carpeta de salida", en: "is not a path relative to the output folder")
    private static let leavesFolder = LocalizedText(
        es: "contiene «..», «.» o una barra doble y podría salir de la carpeta de salida",
        en: "contains \"..\", \".\" or a double slash and could leave the output folder")
    private static let badName = LocalizedText(
        es: "tiene un nombre demasiado largo, una barra invertida o un carácter de control",
        en: "has a name that is too long, a backslash or a control character")

    /// The error naming the refused path (control characters shown as «?»).
    private static func refusal(_ path: String, _ reason: LocalizedText) -> BuildError {
        let shown = String(path.unicodeScalars.map { $0.value < 0x20 ? "?" : Character($0) })
        return BuildError(.unsafeOutputPath, LocalizedText(
            es: "se rechazó escribir «\(shown)»: \(reason.es)",
            en: "refused to write \"\(shown)\": \(reason.en)"
        ))
    }
}
