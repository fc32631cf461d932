import Foundation

/// A WeasyPrint stand-in for tests that need a printed booklet but not WeasyPrint: a shell script that writes
/// a real one-page PDF (one `pdfinfo` reads, as `rme` checks every PDF an engine writes) where it is asked to.
public enum StandInPDFEngine {
    /// The smallest PDF with one letter-size page, its cross-reference table at the right offsets.
    public static let onePagePDF = """
        %PDF-1.4
        1 0 obj
        <</Type/Catalog/Pages 2 0 R>>
        endobj
        2 0 obj
        <</Type/Pages/Kids[3 0 R]/Count 1>>
        endobj
        3 0 obj
        <</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>
        endobj
        xref
        0 4
        0000000000 65535 f\u{20}
        0000000009 00000 n\u{20}
        0000000054 00000 n\u{20}
        0000000105 00000 n\u{20}
        trailer
        <</Size 4/Root 1 0 R>>
        startxref
        170
        %%EOF

        """

    /// The script's text: `before` (shell lines), then the PDF written to the fourth argument (WeasyPrint's
    /// `--encoding utf-8 HTML PDF`), then `after` (lines that may append to it, e.g. a comment that tells
    /// one print from the next).
    public static func script(before: String = "", after: String = "") -> String {
        "#!/bin/sh\n\(before)\ncat > \"$4\" <<'PDF'\n\(onePagePDF)PDF\n\(after)\n"
    }

    /// Writes the script as `folder/weasyprint`, executable; its path.
    @discardableResult
    public static func install(in folder: String, before: String = "", after: String = "") throws -> String {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/weasyprint"
        try script(before: before, after: after).write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        return path
    }
}
