import Content
import Diagnostics
import Foundation

/// Which edition folders a build covers: all of them under the content root, or the one `--edicion` names.
enum EditionSelection {
    /// The edition folders to build, newest first; an error when there are none or the named one is missing.
    static func folders(contentRoot: String, editionID: String?) throws(BuildError) -> [EditionFolder] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: contentRoot, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw BuildError(.noEditions, LocalizedText(
                es: "no existe la carpeta de contenido \(contentRoot)",
                en: "the content folder \(contentRoot) does not exist"))
        }
        let all = EditionFolder.editions(underContentRoot: contentRoot)
        guard !all.isEmpty else {
            throw BuildError(.noEditions, LocalizedText(
                es: "\(contentRoot) no contiene ninguna edición (una carpeta con edition.yaml y experiencias/)",
                en: "\(contentRoot) holds no edition (a folder with edition.yaml and experiencias/)"))
        }
        guard let editionID else { return all }
        guard let chosen = all.first(where: { $0.id == editionID }) else {
            let names = all.map(\.id).joined(separator: ", ")
            throw BuildError(.unknownEdition, LocalizedText(
                es: "no hay una edición «\(editionID)» en \(contentRoot); las ediciones son: \(names)",
                en: "there is no edition \"\(editionID)\" in \(contentRoot); the editions are: \(names)"))
        }
        return [chosen]
    }
}
