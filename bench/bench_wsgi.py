"""The app as ``make run`` serves it, plus a bare hello route to compare throughput against.

Only the benchmarks load this module (``gunicorn bench.bench_wsgi:app``); the real app has no
such route.
"""

from quiz import create_app

app = create_app()


@app.get("/_bench/hello")
def hello():
    """The cheapest answer the same workers can give: the ceiling for any other route."""
    return "hello"
