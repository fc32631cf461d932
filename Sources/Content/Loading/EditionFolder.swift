import Foundation

/// The files of one edition folder, found on disk in a stable order.
public struct EditionFolder: Sendable {
    /// The folder name ("2015-2017").
    public let id: String
    public let path: String
    /// `edition.yaml`, when present.
    public let editionFile: String?
    /// `paginas/*.md`, sorted by name (the number prefix orders them).
    public let pageFiles: [String]
    /// `experiencias/*.md`, sorted by name.
    public let experienceFiles: [String]
    /// Whatever else is in `paginas/` and `experiencias/` (not hidden): a `.docx`, a `.md.txt` Windows named,
    /// which is never published and so is reported rather than passed over.
    public let strayFiles: [String]

    /// The folder holding this edition's folder (`Content/`): files whose real path leaves it are not read.
    public var contentRoot: String {
        URL(fileURLWithPath: path).standardizedFileURL.deletingLastPathComponent().path
    }

    /// Lists an edition folder; `nil` when it is not a readable folder.
    public static func scan(path: String) -> EditionFolder? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else { return nil }
        let url = URL(fileURLWithPath: path)
        let edition = url.appendingPathComponent("edition.yaml").path
        return EditionFolder(
            id: url.standardizedFileURL.lastPathComponent,
            path: path,
            editionFile: FileManager.default.fileExists(atPath: edition) ? join(path, "edition.yaml") : nil,
            pageFiles: markdownFiles(in: join(path, "paginas")),
            experienceFiles: markdownFiles(in: join(path, "experiencias")),
            strayFiles: otherFiles(in: join(path, "paginas")) + otherFiles(in: join(path, "experiencias"))
        )
    }

    /// The edition folders under a content root (those with `edition.yaml` or `experiencias/`), newest name first.
    public static func editions(underContentRoot root: String) -> [EditionFolder] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        return names.sorted(by: >).compactMap { name -> EditionFolder? in
            guard !name.hasPrefix("."), let folder = scan(path: join(root, name)) else { return nil }
            return folder.editionFile != nil || !folder.experienceFiles.isEmpty ? folder : nil
        }
    }

    private static func otherFiles(in folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        // Hidden files are the system's (.DS_Store), but a hidden `.md` is an experience someone renamed by mistake.
        return names.filter { !$0.hasSuffix(".md") || $0.hasPrefix(".") }
            .filter { !$0.hasPrefix(".") || $0.lowercased().trimmingCharacters(in: .whitespaces).hasSuffix(".md") }
            .sorted().map { join(folder, $0) }
    }

    private static func markdownFiles(in folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }.sorted().map { join(folder, $0) }
    }

    /// Joins path parts with one `/`, keeping a relative path relative (messages show what the user typed).
    static func join(_ base: String, _ name: String) -> String {
        base.hasSuffix("/") ? base + name : base + "/" + name
    }
}
