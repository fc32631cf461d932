import Diagnostics

extension TemplateLibrary {
    /// The digest of every template's and stylesheet's name and bytes, whatever folder they came from: a whole
    /// build is the same build only when this is.
    public var contentDigest: Digest {
        var builder = DigestBuilder("template-library")
        for name in templateBytes.keys.sorted() {
            builder.add("template:" + name)
            builder.add(bytes: templateBytes[name]!)
        }
        for name in assets.keys.sorted() {
            builder.add("asset:" + name)
            builder.add(bytes: assets[name]!)
        }
        return builder.finish()
    }
}
