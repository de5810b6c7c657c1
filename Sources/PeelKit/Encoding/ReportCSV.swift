/// The two CSV exports for analysts, one row per report × question or per finding.
///
/// ```swift
/// var csv = CSVWriter()
/// ReportCSV.judgments.writeHeader(to: &csv)
/// for report in reports { ReportCSV.judgments.write(report, to: &csv) }
/// ```
public enum ReportCSV: String, Sendable, CaseIterable {
    /// One row per report × question: file, force_id, force_name, layout,
    /// inspection_year, pillar, key, grade, grade_source, last_inspected.
    case judgments
    /// One row per area for improvement and per cause of concern: file, force_id,
    /// inspection_year, pillar, key, kind (`area-for-improvement` or
    /// `cause-of-concern`), text, recommendations (a cause's recommendations, joined
    /// with " | ").
    case improvements

    /// The column names.
    public var header: [String] {
        switch self {
        case .judgments:
            ["file", "force_id", "force_name", "layout", "inspection_year", "pillar", "key", "grade", "grade_source", "last_inspected"]
        case .improvements:
            ["file", "force_id", "inspection_year", "pillar", "key", "kind", "text", "recommendations"]
        }
    }

    /// Writes the header row.
    public func writeHeader(to csv: inout CSVWriter) { csv.record(header) }

    /// Writes a report's rows; `file` defaults to the report's ``Report/source``.
    public func write(_ report: Report, file: String? = nil, to csv: inout CSVWriter) {
        let file = file ?? report.source
        switch self {
        case .judgments:
            for question in report.questions {
                csv.record([
                    file, report.force?.id, report.force?.name, report.format.id, report.inspectionYear,
                    question.pillar.rawValue, question.key.rawValue, question.grade?.rawValue,
                    question.gradeSource.rawValue, question.lastInspected,
                ])
            }
        case .improvements:
            for question in report.questions {
                let lead = [file, report.force?.id, report.inspectionYear, question.pillar.rawValue, question.key.rawValue]
                for area in question.areasForImprovement {
                    csv.record(lead + ["area-for-improvement", area, nil])
                }
                for cause in question.causesOfConcern {
                    csv.record(lead + ["cause-of-concern", cause.text, cause.recommendations.joined(separator: " | ")])
                }
            }
        }
    }
}
