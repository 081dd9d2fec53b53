"""`woo-redact check`: run the pipeline on sample documents and compare with their expectations.

    expectations.py  samples/<stem>.expected.yaml -> Expectation; where values occur in a text
    config.py        samples/check.yaml -> Thresholds (minimum precision / recall)
    runner.py        runs the pipeline on each sample (analyse + publish into a temporary folder)
    compare.py       one run against its expectation -> FileCheck (missed, over-redacted, extra)
    verdict.py       totals per entity type and document, thresholds -> failures
    report.py        the rich tables and lists
    junit.py         JUnit XML, one test case per checked file
    baseline.py      an earlier result as JSON; regressions and improvements
    update.py        add newly found redactions to the expectations (never removes one)

Only `runner.py` touches the pipeline; everything after it is pure data in, data out.
"""
