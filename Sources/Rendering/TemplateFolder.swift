import Diagnostics
import Foundation

/// Reading a templates folder into memory, and laying an override folder over it.
enum TemplateFolder {
    /// The extension that marks a Mustache template; every other file is copied as an asset.
    static let templateExtension = ".mustache"

    /// One file of a templates folder.
    struct File: Sendable {
        var bytes: [UInt8]
        /// The path messages show: the folder as given joined with the relative path.
        var origin: String
    }

    /// Whether `folder` is a folder (through links).
    static func exists(_ folder: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// Every regular, non-hidden file under `folder`, keyed by its "/"-separated relative path.
    static func read(_ folder: String) throws(RenderError) -> [String: File] {
        // Resolved first: a templates folder that is itself a symlink is still walked.
        let root = URL(fileURLWithPath: folder, isDirectory: true).standardizedFileURL.resolvingSymlinksInPath()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw RenderError(file: folder, line: nil, message: LocalizedText(
                es: "no existe la carpeta de plantillas", en: "the templates folder does not exist"))
        }
        guard let walker = FileManager.default.enumerator(
            at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]
        ) else {
            throw RenderError(file: folder, line: nil, message: LocalizedText(
                es: "no se pudo leer la carpeta de plantillas", en: "the templates folder could not be read"))
        }
        var files: [String: File] = [:]
        let rootComponents = root.resolvingSymlinksInPath().pathComponents
        for case let url as URL in walker {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let components = url.resolvingSymlinksInPath().pathComponents
            // A symlink pointing out of the folder has no relative path here; it is not a template of this folder.
            guard components.starts(with: rootComponents) else { continue }
            let relative = components.dropFirst(rootComponents.count).joined(separator: "/")
            let origin = folder.hasSuffix("/") ? folder + relative : folder + "/" + relative
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw RenderError(file: origin, line: nil, message: LocalizedText(
                    es: "no se pudo leer el archivo", en: "the file could not be read"))
            }
            files[relative] = File(bytes: Array(data), origin: origin)
        }
        return files
    }

    /// `base` with each file of `override` replacing the file at the same relative path, or else the only
    /// file of `base` with the same name; an override file matching nothing is added (a new partial, say).
    static func merge(_ base: [String: File], overriddenBy override: [String: File]) -> [String: File] {
        var merged = base
        var pathsByName: [String: [String]] = [:]
        for path in base.keys { pathsByName[fileName(path), default: []].append(path) }
        for (path, file) in override {
            if base[path] == nil, let candidates = pathsByName[fileName(path)], candidates.count == 1 {
                merged[candidates[0]] = file
            } else {
                merged[path] = file
            }
        }
        return merged
    }

    /// The last component of a "/"-separated path.
    private static func fileName(_ path: String) -> String {
        String(path.split(separator: "/").last ?? Substring(path))
    }
}
