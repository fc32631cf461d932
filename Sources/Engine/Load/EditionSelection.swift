import Content
import Diagnostics
import Foundation

/// Which edition folders a build covers: all of them under the content root, or the one `--edicion` names.
enum EditionSelection {
    /// Every edition folder under the content root, newest first (scanned once per build); an error when the
    /// root is missing or holds none.
    static func allFolders(contentRoot: String) throws(BuildError) -> [EditionFolder] {
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
        return all
    }

    /// The folders to build among `all`: every one, or the one `--edicion` names (an error when missing).
    static func choose(_ editionID: String?, among all: [EditionFolder], contentRoot: String) throws(BuildError) -> [EditionFolder] {
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
