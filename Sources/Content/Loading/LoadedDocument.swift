import Diagnostics
import Markup

/// One Markdown file read, decoded, split, its YAML composed and its body parsed: ready to check.
///
/// Each step that fails leaves the later ones `nil`, and says why as data, so
/// the checker can report every problem without anything here printing.
public struct LoadedDocument: Sendable {
    public let path: String
    /// Why the bytes are not usable text; when set, nothing else is.
    public let inputProblem: InputProblem?
    public let split: SplitDocument?
    public let yaml: FrontMatterYAML?
    /// The body's Markdown tree, positions in file lines; `nil` when refused or unreadable.
    public let body: MarkupTree?
    /// Why the body was not parsed (a structure libcmark would take too long on).
    public let bodyRefusal: MarkupRefusal?

    /// Largest file accepted. The longest 2018 experience is about 6 KB; a region
    /// pasting a whole booklet stays far below 1 MiB, while a runaway export does not.
    public static let defaultSizeLimit = 1 << 20

    public static func load(_ file: InputFile, sizeLimit: Int = defaultSizeLimit, options: MarkupOptions = .standard) -> LoadedDocument {
        switch file.readFailure {
        case .tooLarge(let bytes, let limit)?:
            return LoadedDocument(path: file.path, inputProblem: .tooLarge(bytes: bytes, limit: limit), split: nil, yaml: nil, body: nil, bodyRefusal: nil)
        case let failure?:
            return LoadedDocument(path: file.path, inputProblem: .unreadable(failure), split: nil, yaml: nil, body: nil, bodyRefusal: nil)
        case nil:
            break
        }
        let source: SourceText
        switch TextDecoder.decode(file.bytes, sizeLimit: sizeLimit) {
        case .failure(let problem):
            return LoadedDocument(path: file.path, inputProblem: problem, split: nil, yaml: nil, body: nil, bodyRefusal: nil)
        case .success(let text):
            source = text
        }
        let split = FrontMatterSplitter.split(source)
        let yaml = split.frontMatter.map(YAMLComposer.compose)
        var bodyOptions = options
        bodyOptions.lineOffset = split.bodyLineOffset
        switch Markup.parseGuarded(split.body, options: bodyOptions) {
        case .success(let tree):
            return LoadedDocument(path: file.path, inputProblem: nil, split: split, yaml: yaml, body: tree, bodyRefusal: nil)
        case .failure(let refusal):
            return LoadedDocument(path: file.path, inputProblem: nil, split: split, yaml: yaml, body: nil, bodyRefusal: refusal)
        }
    }
}
