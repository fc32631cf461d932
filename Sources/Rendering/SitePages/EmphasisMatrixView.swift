import Content

/// The emphasis matrix of the national summary, or the sentence saying no experience declares `enfasis`.
struct EmphasisMatrixView: PageView {
    static let template = "summary-emphasis"

    /// The networks that declare `enfasis`, with the shares per emphasis and process.
    let matrix: EmphasisMatrix
    /// The labels of the marks and of the share sentence.
    let strings: StringsTable

    /// The matrix of an edition's experiences.
    init(edition: Edition, strings: StringsTable) {
        matrix = EmphasisMatrix(edition: edition)
        self.strings = strings
    }

    /// What `summary-emphasis.mustache` reads: process groups over two columns each, a row per network,
    /// then the count per emphasis and the share per process.
    var context: [String: Any] {
        let total = SpanishFormat.integer(matrix.networks)
        var context: [String: Any] = [
            "isEmpty": matrix.isEmpty,
            "groups": matrix.groups.map { group -> [String: Any] in
                [
                    "name": group.process.name,
                    "columns": group.columns.map { column in
                        ["heading": column.emphasis.heading, "count": "\(SpanishFormat.integer(column.networks)) (\(column.percentText))"]
                    },
                    "share": strings.text(.emphasisShareValue, [
                        "redes": SpanishFormat.integer(group.networks), "total": total, "porcentaje": group.percentText,
                    ]),
                ]
            },
            "rows": matrix.rows.map { row -> [String: Any] in
                [
                    "region": row.region, "red": row.red,
                    "cells": row.cells.map { cell -> [String: Any] in
                        ["marked": cell.marked, "text": strings[cell.marked ? .emphasisMarked : .emphasisUnmarked]]
                    },
                ]
            },
        ]
        if !matrix.isEmpty, matrix.undeclared > 0 {
            context["undeclared"] = strings.text(.emphasisUndeclared, ["cantidad": SpanishFormat.integer(matrix.undeclared)])
        }
        return context
    }
}
