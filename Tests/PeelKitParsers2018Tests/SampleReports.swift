/// Small 2018/19 reports written for the tests, in the layout of the real ones.
enum SampleReports {
    /// An effectiveness part whose "Investigating crime" component has a cause of
    /// concern with two recommendations (after a "Recommendations" heading and a lead),
    /// an area for improvement repeated in the findings, and a past recommendation
    /// quoted in the findings.
    static let causeOfConcern = """
    # PEEL

    ## Police effectiveness, efficiency and legitimacy 2018/19

    An inspection of Avon and Somerset Constabulary

    # Overall summary

    \t<b>Effectiveness</b>\t\t<b>Last inspected</b>
    \tPreventing crime and tackling anti-social behaviour\t Good\t2018/19
    \tInvestigating crime\t Requires improvement\t2018/19

    ## HM Inspector's observations

    The force has improved in many areas since our last inspection.

    It must now make sure that its investigations are supervised.

    **Wendy Williams**

    HM Inspector of Constabulary

    # How effectively does the force reduce crime and keep people safe?

    ## Requires improvement

    ### Summary

    Avon and Somerset Constabulary requires improvement at keeping people safe and reducing crime.

    ## Preventing crime and tackling anti-social behaviour

    ### Good

    The force is good at preventing crime and anti-social behaviour.

    We set out our detailed findings below. These are the basis for our judgment of the force's performance in this area.

    ## Investigating crime

    ### Requires improvement

    Avon and Somerset Constabulary requires improvement at investigating crime.

    #### Cause of concern

    The force isn't making sure that investigations are allocated to officers with the right skills, and supervision of investigations is inconsistent.

    #### Recommendations

    To address this cause of concern, we recommend that within six months the force should:

    - make sure that investigations are allocated to officers and staff with the skills, experience and [accreditation](#) to carry them out; and
    - make sure that supervisors regularly review investigations and record their review.

    #### Areas for improvement

    - The force should improve how it updates victims about the progress of their cases.

    We set out our detailed findings below. These are the basis for our judgment of the force's performance in this area.

    #### Investigation quality

    In our 2017 effectiveness report, we said the force should improve how it updates victims. This area for improvement remains:

    - The force should improve how it updates victims about the progress of their cases.

    In our [2017 legitimacy report](#), we recommended that all forces should:

    - monitor and analyse stop-and-search data; and
    - publish the analysis by July 2018.

    The force has made some progress.

    February 2020 | © HMICFRS 2020 | ISBN: 978-1-78655-900-5
    """

    /// The same cause of concern after a lead but without a "Recommendations" heading.
    static let causeOfConcernWithLeadOnly = causeOfConcern.replacingOccurrences(of: "#### Recommendations\n\n", with: "")
}
