/// The built-in templates as a templates folder, and written out for a designer to start from.
extension BuiltInTemplates {
    /// Where messages say a built-in file comes from.
    static let originPrefix = "(plantillas de rme)/"

    /// Every built-in file, keyed by its relative path, as `TemplateFolder.read` gives a folder's.
    static var folder: [String: TemplateFolder.File] {
        var files: [String: TemplateFolder.File] = [:]
        for (path, text) in BuiltInTemplates.files {
            files[path] = TemplateFolder.File(bytes: Array(text.utf8), origin: originPrefix + path)
        }
        return files
    }

    /// The built-in files' relative paths and bytes, sorted by path (`rme plantillas --exportar`).
    public static var exported: [(path: String, bytes: [UInt8])] {
        files.keys.sorted().map { ($0, Array(files[$0]!.utf8)) }
    }
}
