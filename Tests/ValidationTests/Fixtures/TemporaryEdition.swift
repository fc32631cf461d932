import Foundation

/// An edition folder written to a temporary directory for one test, removed by `remove()`.
struct TemporaryEdition {
    let path: String

    /// Writes `files` (relative path → text) under a fresh folder named `name`.
    init(name: String = "2099", files: [String: String]) throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("rme-edition-\(UUID().uuidString)")
        let folder = root.appendingPathComponent(name)
        for (relative, text) in files {
            let url = folder.appendingPathComponent(relative)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        path = folder.path
    }

    /// Deletes the folder and its parent.
    func remove() {
        try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent)
    }
}

/// A minimal valid `edition.yaml`.
let minimalEditionYAML = """
    titulo: Experiencias de prueba
    periodo: "2099"
    publicacion: { mes: marzo, anio: 2099 }
    editor:
      nombre: División de Educación General
      institucion: Ministerio de Educación de Chile

    """
