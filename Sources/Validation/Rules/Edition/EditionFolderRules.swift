import Content
import Diagnostics
import Foundation

/// What an edition folder itself is checked for, before its files: a name usable as an id, experiences to
/// publish, and files where experiences go that are not experiences.
enum EditionFolderRules {
    /// Every finding about `folder`.
    static func check(_ folder: EditionFolder, into diagnostics: inout [Diagnostic]) {
        for name in ["paginas", "experiencias"] {
            if let unreadable = unreadableFolder(PathText.join(folder.path, name)) { diagnostics.append(unreadable) }
        }
        if folder.experienceFiles.isEmpty { diagnostics.append(noExperiences(in: folder)) }
        if !EditionID.isValid(folder.id) {
            diagnostics.append(Diagnostic(
                file: folder.path, range: nil, severity: .error, code: "edition.invalid-id",
                message: LocalizedText(
                    es: "El nombre de la carpeta de edición «\(folder.id)» no sirve: pasa a ser una carpeta de la salida y parte de cada dirección del sitio.",
                    en: "The edition folder's name «\(folder.id)» is not usable: it becomes a folder of the output and part of every address of the site."),
                hint: LocalizedText(
                    es: "Cámbiele el nombre usando solo letras sin tildes, cifras y guiones, por ejemplo «2018-2019».",
                    en: "Rename it using only unaccented letters, digits and hyphens, for example «2018-2019».")))
        }
        for stray in folder.strayFiles {
            diagnostics.append(Diagnostic(
                file: stray, range: nil, severity: .warning, code: "edition.stray-file",
                message: LocalizedText(es: "Este archivo no es una experiencia en Markdown (.md) y no se publica.",
                                       en: "This file is not a Markdown experience (.md) and is not published."),
                hint: StrayFileAdvice.advice(for: stray, edition: folder.id, contentRoot: PathText.parent(of: folder.path))))
        }
    }

    /// A read error for a folder that exists but cannot be listed: its files would otherwise vanish from the
    /// edition without a word (an unreadable `paginas/` used to drop the front pages).
    static func unreadableFolder(_ path: String) -> Diagnostic? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else { return nil }
        if let listing = opendir(path) {
            closedir(listing)
            return nil
        }
        let reason = String(cString: strerror(errno))
        return Diagnostic(
            file: path, range: nil, severity: .error, code: Diagnostic.readErrorCode,
            message: LocalizedText(es: "No se pudo leer la carpeta: el sistema respondió «\(reason)»; sus archivos no se publicarían.",
                                   en: "The folder could not be read: the system said \"\(reason)\"; its files would not be published."),
            hint: LocalizedText(es: "Revise los permisos de la carpeta (debe poder leerla el usuario que ejecuta rme).",
                                en: "Check the folder's permissions (the user running rme must be able to read it)."))
    }

    /// An edition without a single experience to publish: an error, so a build never replaces a good booklet
    /// with an empty one. Says whether `experiencias/` is missing, unreadable or holds no `.md` file.
    static func noExperiences(in folder: EditionFolder) -> Diagnostic {
        let path = PathText.join(folder.path, "experiencias")
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
        let readable = exists && (try? FileManager.default.contentsOfDirectory(atPath: path)) != nil
        let (es, en) = !exists
            ? ("no tiene la carpeta experiencias/", "has no experiencias/ folder")
            : (!readable ? ("no puede leer su carpeta experiencias/ (permisos)", "cannot read its experiencias/ folder (permissions)")
               : ("no tiene ninguna experiencia (.md) en experiencias/", "has no experience (.md) in experiencias/"))
        return Diagnostic(
            file: path, range: nil, severity: .error, code: "edition.no-experiences",
            message: LocalizedText(es: "La edición «\(folder.id)» \(es): no hay nada que publicar.",
                                   en: "Edition «\(folder.id)» \(en): there is nothing to publish."),
            hint: LocalizedText(
                es: "Agregue las experiencias con «rme new <región> --edicion \(folder.id)» o «rme importar ARCHIVO.docx --edicion \(folder.id)».",
                en: "Add the experiences with «rme new <region> --edicion \(folder.id)» or «rme importar FILE.docx --edicion \(folder.id)»."))
    }
}
