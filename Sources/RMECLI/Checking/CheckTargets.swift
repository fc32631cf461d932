import Content
import Diagnostics
import Foundation
import Validation

/// What `rme check` was asked to look at: edition folders and loose Markdown files, each with its content root.
struct CheckTargets {
    /// An edition folder and the content root whose `schema.yaml` applies to it.
    struct EditionTarget {
        let folder: EditionFolder
        let contentRoot: String?
    }

    /// A Markdown file checked on its own, and the content root found above it, if any.
    struct FileTarget {
        let path: String
        let contentRoot: String?
    }

    var editions: [EditionTarget] = []
    var files: [FileTarget] = []

    /// Every file the check reads: `edition.yaml`, front pages, experiences, loose files.
    var fileCount: Int {
        editions.reduce(files.count) { count, target in
            count + (target.folder.editionFile == nil ? 0 : 1) + target.folder.pageFiles.count + target.folder.experienceFiles.count
        }
    }

    /// Sorts each path into editions and files, in the order given.
    ///
    /// A folder with `edition.yaml` or `experiencias/` is an edition; a folder
    /// holding editions is a content root (every edition under it); any other
    /// folder with `.md` files is a set of loose files. A file named twice, or
    /// inside an edition also being checked, is checked once.
    static func resolve(_ paths: [String]) throws(CommandFailure) -> CheckTargets {
        var targets = CheckTargets()
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw CommandFailure(message: LocalizedText(
                    es: "rme: no existe «\(path)». Indique una carpeta de edición (Content/2015-2017), la carpeta Content o archivos .md.",
                    en: "rme: «\(path)» does not exist. Give an edition folder (Content/2015-2017), the Content folder or .md files."
                ))
            }
            if isDirectory.boolValue {
                try targets.addFolder(path)
            } else if path.lowercased().hasSuffix(".md") {
                targets.files.append(FileTarget(path: path, contentRoot: contentRoot(aboveFile: path)))
            } else {
                let advice = StrayFileAdvice.advice(for: path, edition: nil)
                throw CommandFailure(message: LocalizedText(
                    es: "rme: «\(path)» no es un archivo .md ni una carpeta. rme check revisa experiencias en Markdown.\n" + advice.es,
                    en: "rme: «\(path)» is neither a .md file nor a folder. rme check checks experiences written in Markdown.\n" + advice.en
                ))
            }
        }
        targets.removeRepeats()
        return targets
    }

    private mutating func addFolder(_ path: String) throws(CommandFailure) {
        if Self.isEdition(path), let folder = EditionFolder.scan(path: path) {
            editions.append(EditionTarget(folder: folder, contentRoot: Self.parent(of: path)))
            return
        }
        let found = EditionFolder.editions(underContentRoot: path)
        if !found.isEmpty {
            // Oldest first, as the editions were published.
            editions += found.reversed().map { EditionTarget(folder: $0, contentRoot: path) }
            return
        }
        let markdown = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [])
            .filter { $0.lowercased().hasSuffix(".md") && !$0.hasPrefix(".") }
            .sorted()
        guard !markdown.isEmpty else {
            throw CommandFailure(message: LocalizedText(
                es: "rme: en «\(path)» no hay ediciones ni archivos .md que revisar.",
                en: "rme: «\(path)» holds no editions and no .md files to check."
            ))
        }
        for name in markdown {
            let file = Self.join(path, name)
            files.append(FileTarget(path: file, contentRoot: Self.contentRoot(aboveFile: file)))
        }
    }

    /// Drops editions named twice and files already covered by an edition or named twice.
    private mutating func removeRepeats() {
        var seenEditions: Set<String> = []
        editions = editions.filter { seenEditions.insert(Self.canonicalPath($0.folder.path)).inserted }
        // Resolving every edition file's path costs a few system calls each; with no loose file there is nothing to drop.
        guard !files.isEmpty else { return }
        var seenFiles = Set(editions.flatMap { ($0.folder.pageFiles + $0.folder.experienceFiles).map(Self.canonicalPath) })
        files = files.filter { seenFiles.insert(Self.canonicalPath($0.path)).inserted }
    }

    /// Whether a folder is one edition (its own `edition.yaml` or `experiencias/`).
    static func isEdition(_ path: String) -> Bool {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        return manager.fileExists(atPath: join(path, "edition.yaml"))
            || (manager.fileExists(atPath: join(path, "experiencias"), isDirectory: &isDirectory) && isDirectory.boolValue)
    }

    /// The nearest folder above a file (its own, then up to two more) holding `schema.yaml`.
    ///
    /// `Content/2015-2017/experiencias/x.md` finds `Content/`; a file elsewhere finds nothing
    /// and is checked against the built-in schema.
    static func contentRoot(aboveFile path: String) -> String? {
        var folder = parent(of: path)
        for _ in 0..<3 {
            if FileManager.default.fileExists(atPath: join(folder, "schema.yaml")) { return folder }
            let up = parent(of: folder)
            if canonicalPath(up) == canonicalPath(folder) { break }
            folder = up
        }
        return nil
    }

    /// The folder holding a path, keeping a relative path relative ("." for a bare name).
    static func parent(of path: String) -> String {
        PathText.parent(of: path)
    }

    static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// An absolute, symlink-free form for comparing paths.
    static func canonicalPath(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
