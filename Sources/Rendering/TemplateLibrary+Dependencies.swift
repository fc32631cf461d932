/// What a page's output depends on in the library, for the build cache: the templates a page reaches and
/// the bytes of templates and stylesheets.
extension TemplateLibrary {
    /// The templates reached from `roots` through their partials, sorted; every template when one of them
    /// names a partial at render time, since any template could then be drawn.
    public func templatesReached(from roots: [String]) -> [String] {
        var reached = Set<String>()
        var pending = roots
        while let name = pending.popLast() {
            guard reached.insert(name).inserted else { continue }
            // Not a template of the library: the renderer reports it when it draws.
            guard let entry = partialNames[name] else { continue }
            guard let names = entry else { return templateNames.sorted() }
            pending += names
        }
        return reached.sorted()
    }

    /// A template's bytes as read; `nil` when the library has no such template.
    public func bytes(ofTemplate name: String) -> [UInt8]? { templateBytes[name] }

    /// A stylesheet's (or other asset's) bytes; `nil` when the library has no such file.
    public func bytes(ofAsset path: String) -> [UInt8]? { assets[path] }

    /// The fixed stylesheets copied into every edition's `css/` folder, sorted.
    public var editionStylesheets: [String] {
        assets.keys.sorted().filter { path in
            path.hasPrefix("css/") && path.hasSuffix(".css") && !templateNames.contains(path)
        }
    }
}
