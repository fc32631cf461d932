/// The Python program `rme` runs with WeasyPrint's own interpreter to print a booklet: WeasyPrint's API,
/// not its command line, because the page count must be known before the PDF is written.
///
/// Written by hand: no WeasyPrint option pads a document to a multiple of four pages for saddle stitching
/// (CSS cannot count pages), and the digital and print-shop editions differ only in options given here.
enum WeasyPrintDriver {
    /// What one print asks of the driver, passed as its arguments.
    struct Job: Sendable, Hashable {
        /// Tagged PDF/UA-1 (structure, language, title, bookmarks), for reading on screen and with a screen reader.
        var tagged = false
        /// The print shop's file: 3 mm of bleed, crop marks, trim and bleed boxes.
        var printShop = false
        /// Blank pages before the last page until the count is a multiple of four.
        var padToMultipleOfFour = false

        /// The driver's arguments after the HTML and PDF paths.
        var arguments: [String] {
            [tagged ? "tagged" : "untagged", printShop ? "print-shop" : "screen", padToMultipleOfFour ? "pad4" : "nopad"]
        }
    }

    /// The bleed and marks of the print-shop edition, added to the booklet's own stylesheets.
    static let printShopStylesheet = "@page { bleed: 3mm; marks: crop; }"

    /// The program, run as `python -c SOURCE HTML PDF TAGGED SHOP PAD`.
    ///
    /// PDF variants need WeasyPrint 59 or later (Debian 12 ships 57): older versions print the same pages
    /// untagged, which `rme` reports from the PDF itself.
    static let source = #"""
import sys
import weasyprint
from weasyprint import CSS, HTML

html, pdf, tagging, medium, padding = sys.argv[1:6]
major = int(weasyprint.__version__.split('.')[0])
stylesheets = [CSS(string=sys.argv[6])] if medium == 'print-shop' else []
document = HTML(filename=html, encoding='utf-8').render(stylesheets=stylesheets)
pages = list(document.pages)
missing = (-len(pages)) % 4 if padding == 'pad4' and len(pages) > 1 else 0
if missing:
    # Blank pages of the booklet's size go before the back cover, which stays the last page.
    first = pages[0]
    size = CSS(string='@page { size: %fpx %fpx; margin: 0; }' % (first.width, first.height))
    blank = HTML(string='<!DOCTYPE html><html><body>' + '<div style="break-after: page"></div>' * missing
                 + '</body></html>').render(stylesheets=[size])
    pages = pages[:-1] + list(blank.pages)[:missing] + pages[-1:]
    document = document.copy(pages)
options = {}
# The print-shop file is no PDF/X: WeasyPrint 70 stamps the clock's time and a random id into PDF/X metadata,
# and a build must be reproducible byte for byte; trim and bleed boxes are what the shop's imposition reads.
if major >= 59 and tagging == 'tagged' and medium != 'print-shop':
    options['pdf_variant'] = 'pdf/ua-1'
document.write_pdf(pdf, **options)
"""#
}
