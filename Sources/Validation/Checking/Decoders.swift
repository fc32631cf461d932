import Content
import Diagnostics

/// Builds the typed `Experience` from a file that passed every rule.
enum ExperienceDecoder {
    static func decode(_ context: DocumentContext, _ settings: CheckSettings) -> Experience? {
        nil
    }
}

/// Reads `edition.yaml` into `EditionInfo`, reporting what is missing or malformed with its line.
enum EditionInfoDecoder {
    static func decode(path: String?, into diagnostics: inout [Diagnostic]) -> EditionInfo? {
        nil
    }
}

/// Builds a `FrontPage` from a `paginas/*.md` file.
enum FrontPageDecoder {
    static func decode(_ context: DocumentContext) -> FrontPage? {
        nil
    }
}
