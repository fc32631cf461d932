/// Where an edition's booklet and PDF are, relative to the output folder.
public enum EditionPages {
    /// The booklet's path; the PDF is printed from it.
    public static func bookletPath(for editionID: String) -> String { "\(editionID)/booklet.html" }

    /// The PDF's path beside the booklet.
    public static func pdfPath(for editionID: String) -> String { "\(editionID)/booklet.pdf" }
    /// The booklet's print-shop edition: bleed and crop marks (`rme build --imprenta`).
    public static func printShopPDFPath(for editionID: String) -> String { "\(editionID)/booklet-imprenta.pdf" }
}
