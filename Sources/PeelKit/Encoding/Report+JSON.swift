/// The contract's field order (schemaVersion 1), written by hand so that output is
/// stable and fast. `ReportJSONEncoder` uses this; `Codable` gives the same values.
extension Report {
    /// Writes the report as one JSON object.
    public func write(to json: inout JSONWriter) {
        json.beginObject()
        json.key(literal: "schemaVersion"); json.int(schemaVersion)
        json.key(literal: "format")
        json.beginObject()
        json.key(literal: "id"); json.string(format.id)
        json.key(literal: "confidence"); json.double(format.confidence)
        json.endObject()
        json.key(literal: "title"); json.string(title)
        json.key(literal: "force")
        if let force {
            json.beginObject()
            json.key(literal: "id"); json.string(force.id)
            json.key(literal: "name"); json.string(force.name)
            json.endObject()
        } else {
            json.null()
        }
        json.key(literal: "inspectionYear"); json.string(inspectionYear)
        json.key(literal: "published"); json.string(published)
        json.key(literal: "isbn"); json.string(isbn)
        json.key(literal: "judgments")
        json.beginArray()
        for judgment in judgments {
            json.beginObject()
            json.key(literal: "pillar"); json.string(judgment.pillar.rawValue)
            json.key(literal: "grade"); json.string(judgment.grade?.rawValue)
            json.key(literal: "gradeSource"); json.string(judgment.gradeSource.rawValue)
            json.key(literal: "line"); json.int(judgment.line)
            json.endObject()
        }
        json.endArray()
        json.key(literal: "questions")
        json.beginArray()
        for question in questions { question.write(to: &json) }
        json.endArray()
        json.key(literal: "keyFigures")
        json.beginArray()
        for figure in keyFigures {
            json.beginObject()
            json.key(literal: "label"); json.string(figure.label)
            json.key(literal: "period"); json.string(figure.period)
            json.key(literal: "value"); json.string(figure.value)
            json.key(literal: "comparator"); json.string(figure.comparator)
            json.key(literal: "comparatorValue"); json.string(figure.comparatorValue)
            json.key(literal: "line"); json.int(figure.line)
            json.endObject()
        }
        json.endArray()
        json.key(literal: "tables")
        json.beginArray()
        for table in tables {
            json.beginObject()
            json.key(literal: "title"); json.string(table.title)
            json.key(literal: "columns"); json.strings(table.columns)
            json.key(literal: "rows")
            json.beginArray()
            for row in table.rows { json.strings(row) }
            json.endArray()
            json.key(literal: "line"); json.int(table.line)
            json.endObject()
        }
        json.endArray()
        json.key(literal: "observations"); json.strings(observations)
        json.key(literal: "similarForces"); json.strings(similarForces)
        json.key(literal: "diagnostics")
        json.beginArray()
        for diagnostic in diagnostics {
            json.beginObject()
            json.key(literal: "severity"); json.string(diagnostic.severity.rawValue)
            json.key(literal: "code"); json.string(diagnostic.code)
            json.key(literal: "message"); json.string(diagnostic.message)
            json.key(literal: "line"); json.int(diagnostic.line)
            json.endObject()
        }
        json.endArray()
        if let source {
            json.key(literal: "source"); json.string(source)
        }
        json.endObject()
    }
}

extension Question {
    /// Writes the question as one JSON object.
    public func write(to json: inout JSONWriter) {
        json.beginObject()
        json.key(literal: "key"); json.string(key.rawValue)
        json.key(literal: "pillar"); json.string(pillar.rawValue)
        json.key(literal: "title"); json.string(title)
        json.key(literal: "grade"); json.string(grade?.rawValue)
        json.key(literal: "gradeSource"); json.string(gradeSource.rawValue)
        json.key(literal: "lastInspected"); json.string(lastInspected)
        json.key(literal: "carriedOver"); json.bool(carriedOver)
        json.key(literal: "summary"); json.strings(summary)
        json.key(literal: "areasForImprovement"); json.strings(areasForImprovement)
        json.key(literal: "causesOfConcern")
        json.beginArray()
        for cause in causesOfConcern {
            json.beginObject()
            json.key(literal: "text"); json.string(cause.text)
            json.key(literal: "recommendations"); json.strings(cause.recommendations)
            json.key(literal: "line"); json.int(cause.line)
            json.endObject()
        }
        json.endArray()
        json.key(literal: "line"); json.int(line)
        json.endObject()
    }
}
