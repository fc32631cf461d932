/// A table of the service's pages that reads on a phone: below 40rem each row becomes a block whose cells carry
/// their column's name (`data-label`), so no column is cut off or hidden in a sideways scroll.
struct PageTable {
    /// One cell: its HTML (already escaped) and an optional class.
    struct Cell {
        let html: String
        let className: String?

        init(_ html: String, className: String? = nil) {
            self.html = html
            self.className = className
        }
    }

    let columns: [String]
    var rows: [[Cell]] = []

    init(columns: [String]) {
        self.columns = columns
    }

    /// Adds a row; its cells are matched with the columns in order.
    mutating func add(_ cells: [Cell]) {
        rows.append(cells)
    }

    /// The table's HTML.
    var html: String {
        var html = "<table class=\"filas\"><thead><tr>"
        html += columns.map { "<th scope=\"col\">\(PageShell.h($0))</th>" }.joined()
        html += "</tr></thead><tbody>\n"
        for row in rows {
            html += "<tr>"
            for (index, cell) in row.enumerated() {
                let label = index < columns.count ? " data-label=\"\(PageShell.h(columns[index]))\"" : ""
                let className = cell.className.map { " class=\"\(PageShell.h($0))\"" } ?? ""
                html += "<td\(className)\(label)>\(cell.html)</td>"
            }
            html += "</tr>\n"
        }
        return html + "</tbody></table>\n"
    }
}
