"""The flows: run, scan and export, three variants of one pipeline, usable without the command line.

    run.py       run(sources, out_dir, options) -> RunOutcome: analyse, dossier pass, publish, finish
    scan.py      scan(sources, work_dir, options) -> ScanOutcome: analyse, dossier pass, write the work folder
    export.py    export(work_dir, out_dir, unreviewed) -> RunOutcome: reviewed decisions, publish, finish
    dossier.py   the cross-document pass (names redacted in one document, in all), shared by run and scan
    common.py    Options, rule loading, the worker context, internal errors, exit status, finish
    sources.py   collecting the files of a request
    executor.py  where tasks run: a local process pool; workers get one explicit context
    dask_executor.py  the same on a Dask distributed cluster (--executor dask, docs/scale.md)
    engines.py   the executor the command line asks for
    journal.py   the resume journal of run: what an earlier run into OUT finished unchanged
    analyses.py  run's analyses kept in the private folder: the client holds none of their boxes,
                 and a resumed run analyses only the changed documents

Errors that stop a flow carry their exit code (redact/errors.py); the commands (redact/commands/)
only read options, print and exit.
"""
