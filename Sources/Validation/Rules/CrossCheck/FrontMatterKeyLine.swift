import Content

extension DocumentContext {
    /// The line where a front-matter key is written; a block list or a value on the next line starts below it.
    func frontMatterKeyLine(_ key: String) -> Int? {
        frontMatter?.mapping?.first { $0.key.scalar == key }?.key.location.line
    }
}
